// The strategy model: types generated from the schema, and the closed lists the rules and
// the wizard share.
export type * from './strategy.generated.js';
import type { Strategy } from './strategy.generated.js';

/** The languages a strategy is written in, as the schema's `language` lists them. */
export type Language = NonNullable<Strategy['language']>;
export const LANGUAGES = ['nl', 'en'] as const satisfies readonly Language[];
// A language the schema adds and this list leaves out does not compile.
const everyLanguage: Exclude<Language, (typeof LANGUAGES)[number]> extends never ? true : never = true;
void everyLanguage;

/** The time zone of a calendar that names none. */
export const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
/** Files larger than this are refused before parsing: a strategy is a few hundred KiB at most. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Alias expansion limit, so that a "billion laughs" document cannot exhaust memory. */
export const MAX_ALIAS_COUNT = 1000;
/**
 * Anchors (&), aliases (*), tags (!) and marks out of place (brackets or quotes that open or
 * close nothing), together, counted before parsing: a strategy needs none or a few, and each
 * costs the parser an object or an error.
 */
export const MAX_MARKS = 1000;
/** Deepest nesting of blocks and lists; a strategy needs about six levels. */
export const MAX_DEPTH = 64;
/**
 * Lines and list separators (commas) in one file: an upper bound on the values the parser
 * builds, checked before parsing, so no file within the size limit takes more than a few
 * seconds or a few hundred MB. A strategy with a busy year of posts has some ten thousand.
 */
export const MAX_VALUES = 60_000;
/** Calendar items in one file; a busy year of posts is a few thousand. */
export const MAX_CALENDAR_ITEMS = 4_000;
/** Calendar entries render may generate from the cadence, items and key dates together. */
export const MAX_CALENDAR_ENTRIES = 200_000;
