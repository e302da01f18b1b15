// Reading a strategy that is expected to be valid, for the commands that only need its data
// (render, calendar). js-yaml builds plain data straight from the text, three to four times
// faster than the `yaml` package builds a document with positions, comments and ranges, which
// `check`, `init` and every error message need.
//
// The quick path only takes what both readers read the same way: one document, plain and
// quoted scalars of the YAML 1.2 core schema, text keys. An alias, a tag, a directive, a key
// that is not text, a syntax error, a limit or a schema error sends the file down the full
// path, which reads it as `check` does and says what is wrong with line and column.
// test/model/quick-load.test.ts holds both readers to the same data.
import { CORE_SCHEMA, defineMappingTag, load, mapTag } from 'js-yaml';
import isValidStrategy from '../../build/is-valid-strategy.js';
import { MAX_CALENDAR_ITEMS, MAX_DEPTH, MAX_FILE_BYTES } from './strategy.js';
import type { Strategy } from './strategy.js';

// A mapping whose keys are all text; `yaml` and js-yaml turn other keys (null, numbers,
// sequences) into text differently.
const textKeyedMap = defineMappingTag(mapTag.tagName, {
  ...mapTag,
  addPair: (carrier, key, value) => (typeof key === 'string' ? mapTag.addPair(carrier, key, value) : 'a key that is not text'),
});
const SCHEMA = CORE_SCHEMA.withTags(textKeyedMap);

// What the quick reader leaves to the full one: a tag (`!x`, `!!str`) or a directive
// (`%YAML 1.1`) where a node or a document may start, and line breaks other than LF and CRLF
// (a lone CR ends a line for js-yaml, not for `yaml`). Text such as "Let op!" does not match;
// " !" inside a sentence does, and only costs speed.
const FULL_READER_ONLY = /(?:^|[\s[{,])!|^%|\r(?!\n)|[\x85\u2028\u2029]/m;

/** The strategy in `text` when it is plainly valid; otherwise undefined. */
export function quickValidStrategy(text: string, byteLength: number): Strategy | undefined {
  if (byteLength > MAX_FILE_BYTES || FULL_READER_ONLY.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: SCHEMA, maxAliases: 0, maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  // The nesting limit needs no walk here: js-yaml refuses deeper nesting (maxDepth) itself.
  const items = (data as { calendar?: { items?: unknown } }).calendar?.items;
  if (Array.isArray(items) && items.length > MAX_CALENDAR_ITEMS) return undefined;
  return isValidStrategy(data) ? (data as Strategy) : undefined;
}
