// Small helpers the rules share for walking the strategy.
import { toPointer } from '../model/positions.js';

/** Entries of a map keyed by id, skipping holes left by entries that failed the schema. */
export function entries<T>(map: { [id: string]: T | undefined } | undefined): [string, T][] {
  if (!map) return [];
  return Object.entries(map).filter((entry): entry is [string, T] => entry[1] !== undefined);
}

/** Items of a list with their index, skipping holes left by items that failed the schema. */
export function items<T>(list: readonly (T | undefined)[] | undefined): [number, T][] {
  const out: [number, T][] = [];
  list?.forEach((item, index) => {
    if (item !== undefined) out.push([index, item]);
  });
  return out;
}

export const pointer = (...path: (string | number)[]): string => toPointer(path);
