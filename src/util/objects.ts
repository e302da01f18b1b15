// Plain objects as YAML and JSON make them: tell them apart from lists, and merge them.
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === '__proto__') continue;
    out[key] = isPlainObject(out[key]) && isPlainObject(value) ? deepMerge(out[key] as Record<string, unknown>, value) : value;
  }
  return out;
}

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
