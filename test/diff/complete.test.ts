// The diff sees every change: for random pairs of valid strategies, generated and made from the
// bundled examples by replacing sections, every place where the parsed documents differ is
// named by some change. The oracle is a plain deep comparison written here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changesBetween } from '../../src/core/versions/changes.js';
import { describeChange } from '../../src/diff/describe.js';
import type { Strategy } from '../../src/model/strategy.js';
import { FUZZ_SEED, exampleTexts, strategyArbitrary } from '../robustness/arbitraries.js';

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Places where two documents differ, down to `depth` keys; a list counts as one value. */
function differences(a: unknown, b: unknown, depth: number, path: string[] = []): string[][] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (path.length === depth || !isObject(a) || !isObject(b)) return [path];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) => differences(a[key], b[key], depth, [...path, key]));
}

const covers = (changePath: readonly string[], place: readonly string[]): boolean => {
  const shorter = Math.min(changePath.length, place.length);
  return changePath.slice(0, shorter).every((segment, i) => segment === place[i]);
};

function holds(before: Strategy, after: Strategy): void {
  const changes = changesBetween(before, after);
  const places = differences(before, after, 2);
  expect(changes.length === 0).toBe(places.length === 0);
  for (const place of places) {
    expect(
      changes.some((change) => change.paths.some((path) => covers(path, place))),
      `${place.join('.')} is named`,
    ).toBe(true);
  }
  // Each change reads as a sentence in both languages.
  for (const change of changes)
    for (const language of ['nl', 'en'] as const) expect(describeChange(change, language)).not.toMatch(/undefined|\[object Object\]|NaN/);
}

describe('a complete diff', () => {
  it('names every place where two generated strategies differ', () => {
    fc.assert(
      fc.property(strategyArbitrary, strategyArbitrary, (a, b) => holds(a, b)),
      { numRuns: 150, ...FUZZ_SEED },
    );
  });

  it('names every place where an example differs from itself with sections replaced', () => {
    const examples = exampleTexts.map((text) => parse(text) as Strategy);
    fc.assert(
      fc.property(fc.constantFrom(...examples), strategyArbitrary, (example, generated) => {
        const after = structuredClone(example) as unknown as Data;
        for (const [key, value] of Object.entries(generated as unknown as Data))
          if (key !== 'version' && key !== 'language') after[key] = value;
        holds(example, after as unknown as Strategy);
        holds(after as unknown as Strategy, example);
      }),
      { numRuns: 100, ...FUZZ_SEED },
    );
  });

  it('names a change deep in an example: every value of the example, changed in turn', () => {
    const example = parse(exampleTexts[0]!) as Data;
    const leaves: string[][] = [];
    const walk = (node: unknown, path: string[]): void => {
      if (isObject(node)) for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
      else if (Array.isArray(node))
        node.forEach((item, i) => {
          walk(item, [...path, String(i)]);
        });
      else leaves.push(path);
    };
    walk(example, []);
    for (const leaf of leaves) {
      if (leaf[0] === 'version' || leaf[0] === 'language') continue;
      const after = structuredClone(example);
      const parent = leaf.slice(0, -1).reduce<unknown>((node, key) => (node as Data)[key], after) as Data;
      const last = leaf[leaf.length - 1]!;
      parent[last] =
        typeof parent[last] === 'number'
          ? (parent[last] as number) + 7
          : typeof parent[last] === 'boolean'
            ? !parent[last]
            : `${String(parent[last])} (gewijzigd)`;
      const changes = changesBetween(example as unknown as Strategy, after as unknown as Strategy);
      expect(changes.length, leaf.join('.')).toBeGreaterThan(0);
    }
  });
});

describe('the names of fields', () => {
  it('has a Dutch and an English name for every field the schema has', async () => {
    const { changeWords: en } = await import('../../src/i18n/en/changes.js');
    const { changeWords: nl } = await import('../../src/i18n/nl/changes.js');
    const named = (key: string): string[] => [en, nl].map((words) => (words.fields as Record<string, string>)[key] ?? '');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { packageRoot } = await import('../helpers/io.js');
    const schema = JSON.parse(readFileSync(join(packageRoot, 'schemas/strategy.schema.json'), 'utf8')) as unknown;
    const keys = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        const properties = (node as { properties?: Record<string, unknown> }).properties;
        if (properties) for (const key of Object.keys(properties)) keys.add(key);
        Object.values(node).forEach(walk);
      }
    };
    walk(schema);
    const missing = [...keys].filter((key) => named(key).some((name) => name.trim() === ''));
    expect(missing).toEqual([]);
  });
});
