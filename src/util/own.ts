// Looking up an entry by an id from the strategy: only the map's own entries, so an id such
// as "constructor" never reaches what every object inherits.

export function own<T>(map: { readonly [id: string]: T | undefined } | undefined, id: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, id) ? map[id] : undefined;
}
