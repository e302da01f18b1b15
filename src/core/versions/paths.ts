// Every place where two versions of a strategy differ, as plain data: the whole document is
// compared, not a list of fields. Lists are matched item by item by what identifies an item
// (its id; a measurement by its KPI and date; a cadence line by its channel and pillar), so an
// item added at the top is one change, not a change to every item after it.

/** A place in the document: keys, and list items by their identity. */
export type Path = readonly string[];

export interface PathChange {
  path: Path;
  /** Absent: the place is new. */
  before?: unknown;
  /** Absent: the place is gone. */
  after?: unknown;
  /** The place is a value in a list of values (an administrator in `admins`): it is added or removed, never changed. */
  listValue?: boolean;
}

type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);
const isPrimitive = (value: unknown): boolean => value === null || (typeof value !== 'object' && typeof value !== 'function');

/** What identifies an item of the list at `path`, or undefined when it has nothing better than its place. */
function identityOf(path: Path, item: unknown): string | undefined {
  if (isPrimitive(item)) return JSON.stringify(item);
  if (!isRecord(item)) return undefined;
  if (typeof item.id === 'string' && item.id !== '') return item.id;
  const list = path[path.length - 1];
  if (list === 'measurements' && typeof item.kpi === 'string' && typeof item.date === 'string') return `${item.kpi} ${item.date}`;
  if (list === 'cadence' && typeof item.channel === 'string')
    return `${item.channel} ${typeof item.pillar === 'string' ? item.pillar : ''}`.trim();
  if (typeof item.date === 'string' && typeof item.title === 'string') return `${item.date} ${item.title}`;
  if (typeof item.from === 'string' && typeof item.to === 'string') return `${item.from} ${item.to}`;
  if (typeof item.name === 'string') return item.name;
  return undefined;
}

/**
 * The items of a list by identity; by position when an item has none. An identity that occurs
 * twice (a measurement entered twice) is counted: the second is "<identity> #2", so the others
 * keep theirs.
 */
export function keyed(path: Path, list: readonly unknown[]): Map<string, unknown> {
  const keys = list.map((item) => identityOf(path, item));
  if (keys.some((key) => key === undefined)) return new Map(list.map((item, index) => [`#${index + 1}`, item]));
  const seen = new Map<string, number>();
  return new Map(
    list.map((item, index) => {
      const key = keys[index]!;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      return [count === 1 ? key : `${key} #${count}`, item];
    }),
  );
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((key) => Object.hasOwn(b, key) && same((a as Data)[key], (b as Data)[key]));
}

/** Every place where `before` and `after` differ, deepest first within each branch. */
export function pathChanges(before: unknown, after: unknown): PathChange[] {
  const changes: PathChange[] = [];
  // Without recursion: a document is at most 64 levels deep, but the stack is the caller's.
  const stack: [Path, unknown, unknown, boolean][] = [[[], before, after, false]];
  while (stack.length > 0) {
    const [path, a, b, inList] = stack.pop()!;
    if (same(a, b)) continue;
    const listValue = inList && isPrimitive(a ?? b) ? { listValue: true } : {};
    if (a === undefined) changes.push({ path, after: b, ...listValue });
    else if (b === undefined) changes.push({ path, before: a, ...listValue });
    else if (isRecord(a) && isRecord(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].reverse();
      for (const key of keys) stack.push([[...path, key], a[key], b[key], false]);
    } else if (Array.isArray(a) && Array.isArray(b)) {
      const was = keyed(path, a);
      const is = keyed(path, b);
      // The same items in another order: the order is the change (the steps of a plan).
      const reordered = was.size === is.size && [...was.keys()].every((key) => is.has(key) && same(was.get(key), is.get(key)));
      if (reordered) {
        changes.push({ path, before: a, after: b });
        continue;
      }
      const keys = [...new Set([...was.keys(), ...is.keys()])].reverse();
      for (const key of keys) stack.push([[...path, key], was.get(key), is.get(key), true]);
    } else changes.push({ path, before: a, after: b });
  }
  return changes;
}

/** Whether `path` lies at or under `prefix`. */
export function within(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** What lies at `path` in `data`, stepping into lists by identity. */
export function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (let i = 0; i < path.length; i++) {
    if (Array.isArray(node)) node = keyed(path.slice(0, i), node).get(path[i]!);
    else if (node !== null && typeof node === 'object')
      node = Object.hasOwn(node, path[i]!) ? (node as Record<string, unknown>)[path[i]!] : undefined;
    else return undefined;
  }
  return node;
}
