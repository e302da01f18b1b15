// The strategy model: types generated from the schema, and the closed lists the rules and
// the wizard share.
export type * from './strategy.generated.js';

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const FORMAT_VERSION = 1;
/** Files larger than this are refused before parsing: a strategy is a few hundred KiB at most. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Alias expansion limit, so that a "billion laughs" document cannot exhaust memory. */
export const MAX_ALIAS_COUNT = 1000;
