/**
 * The documents the built atlas reads, for the documents page: what each is and how many facts it gives, with its
 * text (shown as text). Only this page carries the texts; the map's pages do not.
 */
import { getAtlas } from '$lib/server/atlas';
import { documentEntries } from '$lib/view/documents';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ builtIn: documentEntries(getAtlas()) });
