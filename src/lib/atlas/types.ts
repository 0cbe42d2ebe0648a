/**
 * Types of the atlas that both the server and the browser may import. Inferred from the schema so the validator
 * and the types are one definition. Type-only: importing this file adds nothing to a bundle.
 */
import type * as v from 'valibot';
import type {
	AtlasSchema,
	ConflictSchema,
	CountryRecordSchema,
	DocumentSchema,
	EventSchema,
	MissionKindSchema,
	MissionSchema,
	SectionSchema,
	SpanSchema,
	StatusSchema
} from './schema';

export type PartialDate = string;
export type Span = v.InferOutput<typeof SpanSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type AtlasDocument = v.InferOutput<typeof DocumentSchema>;
export type Status = v.InferOutput<typeof StatusSchema>;
export type CountryRecord = v.InferOutput<typeof CountryRecordSchema>;
export type Conflict = v.InferOutput<typeof ConflictSchema>;
export type MissionKind = v.InferOutput<typeof MissionKindSchema>;
export type Mission = v.InferOutput<typeof MissionSchema>;
export type AtlasEvent = v.InferOutput<typeof EventSchema>;
export type Atlas = v.InferOutput<typeof AtlasSchema>;
