// A strategy file as init writes it: a new one with its sections in the method's order, or a
// hand-edited one changed node by node, so its comments, key order and untouched text stay.
import { dirname, join, relative, sep } from 'node:path';
import { type Document, isMap, parse, parseDocument, stringify } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';
import { MAX_FILE_BYTES } from '../model/strategy.js';
import { isPlainObject } from '../util/objects.js';
import { readStrategyFile } from './read-strategy.js';

/** The order of sections in a written strategy: the method's. */
const SECTION_ORDER = [
  'version',
  'language',
  'organisation',
  'period',
  'baseline',
  'goals',
  'audiences',
  'channels',
  'content',
  'team',
  'webcare',
  'crisis',
  'guidelines',
  'privacy',
  'benchmark',
  'control',
  'communities',
  'costs',
  'reflection',
  'reviews',
  'calendar',
  'checks',
];

/** The text each existing strategy was read from, to see at write time whether it changed. */
export const ORIGINAL_TEXT = new WeakMap<Document, string>();

/**
 * The strategy already at `target`, to edit in place. One that cannot be edited (broken
 * YAML, not a block of sections, too large, not UTF-8) is never treated as absent: init
 * stops, unless --force says to replace it.
 */
export async function readExisting(io: Io, target: string, shown: string, force: boolean): Promise<Document | undefined> {
  let source: Awaited<ReturnType<typeof readStrategyFile>>;
  try {
    source = await readStrategyFile(io, target);
  } catch (error) {
    if (error instanceof StrategyError && error.code === 'error.file-not-found') return undefined;
    if (force && error instanceof StrategyError && error.code === 'error.not-utf8') return undefined;
    throw error;
  }
  const doc = source.byteLength > MAX_FILE_BYTES ? undefined : parseDocument(source.text);
  if (doc && doc.errors.length === 0 && isMap(doc.contents)) {
    ORIGINAL_TEXT.set(doc, source.text);
    return doc;
  }
  if (force) return undefined;
  throw new StrategyError('error.init-unreadable', { file: shown });
}

/** A new strategy.yaml: the schema line editors read, then the sections in the method's order. */
export function newDocument(io: Io, target: string, strategy: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of SECTION_ORDER) if (strategy[key] !== undefined) ordered[key] = strategy[key];
  for (const [key, value] of Object.entries(strategy)) if (!(key in ordered)) ordered[key] = value;
  return `# yaml-language-server: $schema=${schemaReference(io, target)}\n${stringify(ordered, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/**
 * The schema path relative to the file when the package is installed in the repository
 * (node_modules/strategy-as-code/…); its published address otherwise.
 */
export function schemaReference(io: Io, target: string): string {
  const schema = join(io.packageRoot, 'schemas', 'strategy.schema.json');
  const path = relative(dirname(target), schema).split(sep).join('/');
  const local = path.includes('node_modules/') && !path.includes('/_npx/');
  return local ? (path.startsWith('.') ? path : `./${path}`) : 'https://unpkg.com/strategy-as-code/schemas/strategy.schema.json';
}

/** Changes applied to the hand-edited document node by node, so its comments and key order survive. */
export function updateDocument(doc: Document, strategy: Record<string, unknown>): string {
  const apply = (path: (string | number)[], before: unknown, after: unknown): void => {
    if (isPlainObject(before) && isPlainObject(after)) {
      for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
      for (const [key, value] of Object.entries(after)) apply([...path, key], before[key], value);
      return;
    }
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    if (after === undefined) doc.deleteIn(path);
    else doc.setIn(path, doc.createNode(after, { aliasDuplicateObjects: false }));
  };
  const original = ORIGINAL_TEXT.get(doc);
  const before = doc.toJS() as Record<string, unknown>;
  apply([], before, strategy);
  const updated = doc.toString({ flowCollectionPadding: false });
  return original === undefined ? updated : keepUntouched(original, updated, before, strategy);
}

/**
 * The updated text with everything that did not change as it was, byte for byte: a revisit
 * of the goals does not re-wrap the vision. A key's text runs from its line to the next key's
 * (the comments above that key go with it); a map that changed is merged key by key in the
 * same way, three levels deep. Files with anchors, or where the pieces would not read back as
 * the update, keep the updated text.
 */
function keepUntouched(original: string, updated: string, before: Record<string, unknown>, after: Record<string, unknown>): string {
  if (/^\s*(---|\.\.\.)\s*$/m.test(original) || /(^|[\s[{,])[&*][^\s]/m.test(original)) return updated;
  const oldDoc = parseDocument(original);
  const newDoc = parseDocument(updated);
  if (!isMap(oldDoc.contents) || !isMap(newDoc.contents)) return updated;
  type Parts = { head: string; parts: Map<string, { text: string; value: unknown; start: number }>; order: string[] };
  /** A block map's keys and the text of each, within [from, to). */
  const parts = (text: string, map: YAMLMap, from: number, to: number): Parts | undefined => {
    if (map.flow) return undefined;
    const starts: { key: string; at: number; value: unknown }[] = [];
    for (const pair of map.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (!key?.range || typeof key.value !== 'string') return undefined;
      const at = text.lastIndexOf('\n', key.range[0] - 1) + 1;
      if (text.slice(at, key.range[0]).trim() !== '') return undefined;
      starts.push({ key: key.value, at, value: pair.value });
    }
    if (starts.length === 0) return undefined;
    // Comment lines right above a key go with it.
    const begin = starts.map(({ at }, index) => {
      let line = at;
      const floor = index === 0 ? from : starts[index - 1]!.at + 1;
      for (;;) {
        const previous = text.lastIndexOf('\n', line - 2) + 1;
        if (previous >= line || previous < floor || !text.slice(previous, line).trim().startsWith('#')) return line;
        line = previous;
      }
    });
    const result = new Map<string, { text: string; value: unknown; start: number }>();
    for (const [index, { key, value }] of starts.entries())
      result.set(key, { text: text.slice(begin[index], index + 1 < starts.length ? begin[index + 1] : to), value, start: begin[index]! });
    return { head: text.slice(from, begin[0]), parts: result, order: starts.map(({ key }) => key) };
  };
  const merge = (
    oldParts: Parts,
    newParts: Parts,
    beforeMap: Record<string, unknown>,
    afterMap: Record<string, unknown>,
    depth: number,
    head: string,
  ): string => {
    let text = head;
    for (const key of newParts.order) {
      const now = newParts.parts.get(key)!;
      const then = oldParts.parts.get(key);
      let part = now.text;
      if (then && JSON.stringify(beforeMap[key]) === JSON.stringify(afterMap[key])) part = then.text;
      else if (
        then &&
        depth < 3 &&
        isMap(then.value) &&
        isMap(now.value) &&
        isPlainObject(beforeMap[key]) &&
        isPlainObject(afterMap[key])
      ) {
        const inner = parts(original, then.value as YAMLMap, then.start, then.start + then.text.length);
        const innerNew = parts(updated, now.value as YAMLMap, now.start, now.start + now.text.length);
        if (inner && innerNew)
          part = merge(
            inner,
            innerNew,
            beforeMap[key] as Record<string, unknown>,
            afterMap[key] as Record<string, unknown>,
            depth + 1,
            innerNew.head,
          );
      }
      if (!part.endsWith('\n')) part += '\n';
      text += part;
    }
    return text;
  };
  const oldTop = parts(original, oldDoc.contents as YAMLMap, 0, original.length);
  const newTop = parts(updated, newDoc.contents as YAMLMap, 0, updated.length);
  if (!oldTop || !newTop) return updated;
  const text = merge(oldTop, newTop, before, after, 1, oldTop.head);
  try {
    return JSON.stringify(parse(text)) === JSON.stringify(parse(updated)) ? text : updated;
  } catch {
    return updated;
  }
}
