// Maps JSON pointers into a parsed YAML document back to line:column regions.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair } from 'yaml';
import type { Region } from './finding.js';

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

interface Located {
  node: Node | null;
  /** The pair that holds `node` as its value, when `node` sits in a mapping. */
  pair: Pair | null;
  /** How many segments of the pointer were found before the walk stopped. */
  depth: number;
}

export class SourcePositions {
  /** Each mapping's entries by key, made on first use: a lookup per finding stays constant-time. */
  private readonly keys = new WeakMap<object, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
    private readonly sourceLength: number,
  ) {}

  /** The region of the value at `pointer`, or of the nearest ancestor that exists. */
  value(pointer: string): Region {
    const found = this.locate(parsePointer(pointer));
    return this.regionOf(found.node?.range ?? found.pair?.key);
  }

  /**
   * The region of the key that holds the value at `pointer` (a mapping entry's name), so a
   * finding about a whole goal points at the line `grow-followers:`. Falls back to the value.
   */
  key(pointer: string): Region {
    const segments = parsePointer(pointer);
    const found = this.locate(segments);
    if (found.depth === segments.length && found.pair && isNodeWithRange(found.pair.key)) {
      return this.regionOf(found.pair.key.range);
    }
    return this.regionOf(found.node?.range);
  }

  /** The region of the key `name` inside the mapping at `pointer` (an unknown key, say). */
  keyIn(pointer: string, name: string): Region {
    const found = this.locate(parsePointer(pointer));
    const pair = found.node && isMap(found.node) ? this.entry(found.node, name) : undefined;
    if (pair && isNodeWithRange(pair.key)) return this.regionOf(pair.key.range);
    return this.key(pointer);
  }

  /** Whether `name` in the mapping at `pointer` is a bare word in a `{ … }` flow mapping. */
  isFlowKeyWithoutValue(pointer: string, name: string): boolean {
    const found = this.locate(parsePointer(pointer));
    if (!found.node || !isMap(found.node) || !found.node.flow) return false;
    const pair = this.entry(found.node, name);
    return pair !== undefined && (pair.value === null || (isScalar(pair.value) && pair.value.value === null));
  }

  private locate(segments: readonly string[]): Located {
    let node: Node | null = (this.doc.contents as Node | null) ?? null;
    let pair: Pair | null = null;
    let depth = 0;
    for (const segment of segments) {
      if (node && isAlias(node)) node = (node.resolve(this.doc) as Node | undefined) ?? node;
      if (node && isMap(node)) {
        const next: Pair | undefined = this.entry(node, segment);
        if (!next) break;
        pair = next;
        node = isNodeWithRange(next.value) ? (next.value as Node) : null;
      } else if (node && isSeq(node) && /^(0|[1-9][0-9]*)$/.test(segment)) {
        const item = node.items[Number(segment)];
        if (!isNodeWithRange(item)) break;
        pair = null;
        node = item as Node;
      } else {
        break;
      }
      depth += 1;
      if (!node) break;
    }
    return { node, pair, depth };
  }

  /** The entry `name` of a mapping: the first, as the schema saw it. */
  private entry(map: { items: Pair[] }, name: string): Pair | undefined {
    let index = this.keys.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const key = keyText(item.key);
        if (key !== undefined && !index.has(key)) index.set(key, item);
      }
      this.keys.set(map, index);
    }
    return index.get(name);
  }

  regionOf(range: readonly [number, number, number] | null | undefined | unknown): Region {
    const [start, end] = Array.isArray(range) ? (range as number[]) : [0, 0];
    return this.region(start ?? 0, end ?? start ?? 0);
  }

  /** Region from character offsets, clamped to the source. */
  region(start: number, end: number): Region {
    const from = Math.max(0, Math.min(start, this.sourceLength));
    const to = Math.max(from, Math.min(end, this.sourceLength));
    const a = this.lineCounter.linePos(from);
    const b = this.lineCounter.linePos(to);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return typeof value === 'object' && value !== null && !isPair(value) && Array.isArray((value as Node).range);
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
