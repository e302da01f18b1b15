// What the messages of every language share: how a value's kind and a size are put.
import type { JsonType, ValueShape } from '../model/finding.js';
import type { Words } from './words.js';

export type { JsonType, ValueShape };
export type TypeNames = Record<JsonType, string>;
export type Option = { rule: string; option: string; known: readonly string[] };

export function shape(value: ValueShape, names: TypeNames): string {
  const name = names[value.type];
  if (value.text === undefined) return name;
  return value.type === 'string' ? `${name} ${JSON.stringify(value.text)}` : `${name} (${value.text})`;
}

export function size(bytes: number, w: Words): string {
  if (bytes >= 1024 * 1024) return `${w.number(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${w.number(bytes / 1024)} KiB`;
  return `${bytes} B`;
}
