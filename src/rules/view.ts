// What the rules see: the strategy without the entries that failed the schema, so one typo
// gives one finding instead of a cascade. Ids of skipped entries stay known.
import { parsePointer } from '../model/positions.js';
import type { Strategy } from '../model/strategy.js';
import type { DefinedIds } from './types.js';

/** Collections whose entries are skipped one by one: maps keyed by id, and lists. */
const COLLECTIONS = [
  '/goals',
  '/audiences',
  '/channels',
  '/content/pillars',
  '/content/cadence',
  '/team/members',
  '/team/contributors',
  '/control/kpis',
  '/control/measurements',
  '/baseline/accounts',
  '/benchmark',
  '/communities',
  '/calendar/blackout',
  '/calendar/key_dates',
  '/calendar/items',
  '/webcare/routing',
  '/costs/items',
  '/checks',
].map(parsePointer);

export function ruleView(data: unknown, invalid: ReadonlySet<string>): Strategy {
  // Rules only read, so a valid strategy is its own view.
  if (invalid.size === 0) return data as Strategy;
  const view = structuredClone(data) as Record<string, unknown>;
  const doomed = new Map<string, string[]>();
  for (const pointer of invalid) {
    const segments = parsePointer(pointer);
    if (segments.length === 0) continue;
    const entry = entryOf(segments);
    doomed.set(entry.join('/'), entry);
  }
  // Deepest first, so removing an item from a list does not shift another doomed item.
  const paths = [...doomed.values()].sort((a, b) => b.length - a.length || compareIndex(b, a));
  for (const path of paths) remove(view, path);
  return view as unknown as Strategy;
}

function entryOf(segments: string[]): string[] {
  let best: string[] | undefined;
  for (const collection of COLLECTIONS) {
    if (segments.length > collection.length && collection.every((part, i) => segments[i] === part)) {
      if (!best || collection.length > best.length - 1) best = segments.slice(0, collection.length + 1);
    }
  }
  return best ?? segments.slice(0, 1);
}

function compareIndex(a: string[], b: string[]): number {
  return Number(a[a.length - 1]) - Number(b[b.length - 1]) || 0;
}

function remove(root: Record<string, unknown>, path: string[]): void {
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[segment];
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(node)) {
    // Keep indexes stable for pointers: a hole, which the rules skip.
    if (/^\d+$/.test(last)) delete node[Number(last)];
  } else if (node !== null && typeof node === 'object') {
    delete (node as Record<string, unknown>)[last];
  }
}

export function definedIds(data: unknown): DefinedIds {
  const root = (data ?? {}) as Record<string, unknown>;
  const keys = (value: unknown): Set<string> =>
    new Set(value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);
  const section = (name: string): Record<string, unknown> => {
    const value = root[name];
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  };
  return {
    audience: keys(root.audiences),
    channel: keys(root.channels),
    goal: keys(root.goals),
    pillar: keys(section('content').pillars),
    member: keys(section('team').members),
    kpi: keys(section('control').kpis),
    sections: keys(root),
  };
}
