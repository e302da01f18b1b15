// Measurements written into strategy.yaml as lines of their own under `control.measurements`,
// and stored values replaced in place, so every comment and every other byte stays as it was.
import { isMap, isSeq, parseDocument } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { StrategyError } from '../errors.js';

import type { Measurement } from './sheet-values.js';

/** A measurement as one flow line, the way the bundled examples write them. */
export function line(m: Measurement): string {
  const note = m.note ? `, note: ${JSON.stringify(m.note)}` : '';
  // An id YAML would read as a number or a boolean (123, true) is quoted.
  const kpi = /^[A-Za-z][\w-]*$/.test(m.kpi) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(m.kpi) ? m.kpi : JSON.stringify(m.kpi);
  return `{ kpi: ${kpi}, date: ${m.date}, value: ${m.value}${note} }`;
}

/** The text with the measurements added after the last one there (or as a new list under control). */
export function withMeasurements(text: string, added: readonly Measurement[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text);
  const control = doc.get('control', true);
  if (!isMap(control)) throw new StrategyError('error.import-no-control', {});
  const list = (control as YAMLMap).get('measurements', true);
  if (isSeq(list) && (list as YAMLSeq).items.length > 0 && !(list as YAMLSeq).flow) {
    const last = (list as YAMLSeq).items[(list as YAMLSeq).items.length - 1] as { range?: [number, number, number] };
    // The last item's own text ends before any blank lines and the next key after it.
    let end = last.range ? last.range[1] : text.length;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const lineEnd = text.indexOf('\n', end);
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    const start = text.lastIndexOf('\n', (last.range?.[0] ?? end) - 1) + 1;
    const indent = /^\s*/.exec(text.slice(start))![0];
    const dash = text.slice(start).trimStart().startsWith('-') ? indent : indent.slice(2);
    const block = added.map((m) => `${dash}- ${line(m)}${eol}`).join('');
    return `${text.slice(0, at)}${lineEnd < 0 ? eol : ''}${block}${text.slice(at)}`;
  }
  // A flow list with items (`measurements: [{…}, {…}]`): the new ones go in before its `]`.
  if (isSeq(list) && (list as YAMLSeq).flow && (list as YAMLSeq).items.length > 0 && (list as YAMLSeq).range) {
    const close = text.lastIndexOf(']', (list as YAMLSeq).range![1]);
    if (close >= 0) {
      const before = text.slice(0, close).replace(/[\s,]*$/, '');
      // A `]` on a line of its own stays there.
      return `${before}, ${added.map((m) => line(m)).join(', ')}${text.slice(before.length).replace(/^[\s,]*(?=\])/, (gap) => gap.replace(/,/g, ''))}`;
    }
  }
  // An empty list (`measurements: []`) or a key without a value: the lines go under the key.
  const pair = (control as YAMLMap).items.find((item) => (item.key as { value?: unknown } | null)?.value === 'measurements');
  if (pair) {
    const key = pair.key as { range?: [number, number, number] };
    const value = pair.value as { range?: [number, number, number]; value?: unknown } | null;
    const empty =
      value === null || (isSeq(value) && (value as YAMLSeq).items.length === 0) || (!isSeq(value) && !isMap(value) && value.value === null);
    if (!empty || !key.range) throw new StrategyError('error.import-no-control', {});
    const keyLine = text.lastIndexOf('\n', key.range[0] - 1) + 1;
    const indent = /^[ ]*/.exec(text.slice(keyLine))![0];
    const from = value?.range && isSeq(value) ? value.range[0] : key.range[1] + 1;
    const to = value?.range && isSeq(value) ? value.range[1] : key.range[1] + 1;
    const lines = added.map((m) => `${indent}  - ${line(m)}`).join(eol);
    // A comment after `[]` stays on its line, now after the last measurement.
    const rest = text.slice(to);
    const trailing = /^[ \t]*(#[^\r\n]*)?/.exec(rest)![0];
    const after = rest.slice(trailing.length);
    return `${text.slice(0, from).replace(/[ \t]+$/, '')}${eol}${lines}${trailing.trim() ? trailing : ''}${after.startsWith('\n') || after.startsWith('\r\n') || after === '' ? '' : eol}${after}`;
  }
  if (list !== undefined) throw new StrategyError('error.import-no-control', {});
  // No measurements yet: a list of its own at the end of the control block, indented as its keys.
  const end = (control as { range?: [number, number, number] }).range?.[1] ?? text.length;
  const lineEnd = text.indexOf('\n', Math.max(0, end - 1));
  const at = lineEnd < 0 ? text.length : lineEnd + 1;
  const firstKey = ((control as YAMLMap).items[0]?.key as { range?: [number, number, number] } | undefined)?.range?.[0] ?? end;
  const indent = /^[ ]*/.exec(text.slice(text.lastIndexOf('\n', firstKey - 1) + 1))![0];
  const block = `${indent}measurements:${eol}${added.map((m) => `${indent}  - ${line(m)}${eol}`).join('')}`;
  return `${text.slice(0, at)}${lineEnd < 0 ? eol : ''}${block}${text.slice(at)}`;
}

/** The text with the value of each stored measurement named (by KPI and day) replaced, and nothing else changed. */
export function withValues(text: string, changes: readonly { kpi: string; date: string; value: number }[]): string {
  if (changes.length === 0) return text;
  const doc = parseDocument(text);
  const list = doc.getIn(['control', 'measurements'], true);
  if (!isSeq(list)) return text;
  const edits: { from: number; to: number; value: number }[] = [];
  for (const item of (list as YAMLSeq).items) {
    if (!isMap(item)) continue;
    const map = item as YAMLMap;
    const kpi = String(map.get('kpi') ?? '');
    const date = String(map.get('date') ?? '');
    const change = changes.find((c) => c.kpi === kpi && c.date === date);
    const node = map.get('value', true) as { range?: [number, number, number] } | undefined;
    if (change && node?.range) edits.push({ from: node.range[0], to: node.range[1], value: change.value });
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.from - a.from)) result = `${result.slice(0, edit.from)}${edit.value}${result.slice(edit.to)}`;
  return result;
}
