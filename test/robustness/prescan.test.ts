// The count before parsing never refuses what a writer of YAML makes of a valid strategy: in
// block style, in flow style and as JSON, with every kind of user text. Its depth is never
// more than the parsed document's, and a file without anchors or tags has no marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { prescan } from '../../src/model/prescan.js';
import { FUZZ_SEED, exampleTexts, strategyArbitrary } from './arbitraries.js';

/** Levels of maps and lists, counted in the test. */
function depth(value: unknown): number {
  return value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;
}

function holds(text: string): void {
  const scan = prescan(text, { depth: 1_000 });
  expect(scan.depth).toBeLessThanOrEqual(depth(parse(text)));
  expect(scan.marks).toBe(0);
}

describe('the count before parsing', () => {
  it('takes the bundled examples as they are', () => {
    for (const text of exampleTexts) holds(text);
  });

  it('never refuses a valid strategy, in any style a writer uses', () => {
    fc.assert(
      fc.property(strategyArbitrary, (strategy) => {
        holds(stringify(strategy));
        holds(stringify(strategy, { collectionStyle: 'flow' }));
        holds(stringify(strategy, { defaultStringType: 'QUOTE_SINGLE' }));
        holds(JSON.stringify(strategy, null, 2));
        holds(JSON.stringify(strategy));
      }),
      { numRuns: 300, ...FUZZ_SEED },
    );
  });
});
