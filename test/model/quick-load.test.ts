// render and calendar read valid files with js-yaml (src/model/quick-load.ts), check reads
// every file with the `yaml` package. Whatever the quick reader accepts, the full reader must
// accept too, with the same data: otherwise render would publish a file that check rejects,
// or publish something other than what check checked.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { quickValidStrategy } from '../../src/model/quick-load.js';
import { checkSource } from '../../src/model/check.js';
import validateSchema from '../../build/validate-strategy.js';
import isValidStrategy from '../../build/is-valid-strategy.js';
import { FUZZ_SEED, exampleTexts, strategyArbitrary, yamlMutation } from '../robustness/arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250) * 4;

/** True when the quick reader took the text; fails when the two readers disagree. */
function agree(text: string): boolean {
  const quick = quickValidStrategy(text, Buffer.byteLength(text));
  if (quick === undefined) return false;
  const full = checkSource(text, 'en', Buffer.byteLength(text));
  expect(full.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  expect(quick).toStrictEqual(full.strategy);
  return true;
}

// Plain scalars that YAML 1.1, YAML 1.2 and the two libraries have been known to read
// differently, and quoting and block styles.
const SCALARS = [
  'yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false',
  '0', '-0', '+12', '012', '0o17', '0x1F', '0b101', '1_000', '12345678901234567890', '1e3', '1E-2', '.5', '1.',
  '-.inf', '.Inf', '.nan', '.NaN', '12:30', '2026-01-01', '2026-01-01T10:00:00Z', '1,5', '€ 1.000,-',
  '"quoted \\u00e9 \\n \\t \\\\"', "'single ''quoted'''", '"#not a comment"', 'text # comment', '|\n    two\n    lines\n',
  '>-\n    folded\n    text\n', '|+\n    kept\n\n', '"line\n    continued"', 'multi\n    line plain', '[a, "b, c", 1]', '{a: 1, b: [x]}',
  '""', "''", '', '- dash', '"\\x41\\u263A\\U0001F600"', 'Let op!', '@handle', '`tick`', '?', '-', ':', 'a:b', 'a: b',
];

const scalarSwap: fc.Arbitrary<(text: string) => string> = fc
  .tuple(fc.nat(), fc.constantFrom(...SCALARS))
  .map(([n, scalar]) => (text: string) => {
    const lines = text.split('\n');
    const candidates = lines.map((line, i) => (/^\s*[\w-]+: \S/.test(line) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) return text;
    const i = candidates[n % candidates.length]!;
    lines[i] = lines[i]!.replace(/: .*$/, `: ${scalar}`);
    return lines.join('\n');
  });

describe('the quick reader', () => {
  it.each(exampleTexts.map((text, i) => [i, text] as const))('reads bundled example %i, with the same data as check', (_, text) => {
    expect(agree(text)).toBe(true);
  });

  it('reads generated strategies in block, flow and quoted style like check does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(strategyArbitrary, fc.constantFrom('block', 'flow', 'quoted'), (strategy, style) => {
        const text =
          style === 'flow'
            ? stringify(strategy, { collectionStyle: 'flow', lineWidth: 0 })
            : style === 'quoted'
              ? stringify(strategy, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
              : stringify(strategy);
        if (agree(text)) accepted += 1;
      }),
      { numRuns: 100, ...FUZZ_SEED },
    );
    // The generated text is full of `!`, line separators and the like, which the quick reader
    // leaves to the full one; the rest it must take.
    expect(accepted).toBeGreaterThan(50);
  }, 120_000);

  it('never accepts a mutated file that check reads differently', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...exampleTexts), fc.array(fc.oneof(yamlMutation, scalarSwap, scalarSwap), { minLength: 1, maxLength: 3 }), (example, mutations) => {
        if (agree(mutations.reduce((text, mutate) => mutate(text), example))) accepted += 1;
      }),
      { numRuns: RUNS, ...FUZZ_SEED },
    );
    // Many mutations break the file; enough of them keep it valid to put the two readers side by side.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  }, 300_000);

  it('has a yes-or-no validator that accepts exactly what the full validator accepts', () => {
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...exampleTexts), fc.array(fc.oneof(yamlMutation, scalarSwap, scalarSwap), { minLength: 1, maxLength: 3 }), (example, mutations) => {
        const text = mutations.reduce((current, mutate) => mutate(current), example);
        const data = checkSource(text, 'en', Buffer.byteLength(text)).parsed?.data;
        if (data === undefined) return;
        const full = validateSchema(data);
        verdicts[full ? 'valid' : 'invalid'] += 1;
        expect(isValidStrategy(data)).toBe(full);
      }),
      { numRuns: RUNS / 4, ...FUZZ_SEED },
    );
    // Both kinds of verdict were given, often.
    expect(verdicts.valid).toBeGreaterThan(RUNS / 40);
    expect(verdicts.invalid).toBeGreaterThan(RUNS / 40);
  }, 300_000);

  it.each(SCALARS)('agrees with check on the scalar %j in any place', (scalar) => {
    // Every twelfth value of each example: top-level keys, nested ones, list items, numbers, dates.
    for (const text of exampleTexts) {
      const lines = text.split('\n');
      const values = lines.map((line, i) => (/^\s*(?:- )?[\w-]+: \S/.test(line) ? i : -1)).filter((i) => i >= 0);
      for (const i of values.filter((_, n) => n % 12 === 0)) {
        agree([...lines.slice(0, i), lines[i]!.replace(/: .*$/, `: ${scalar}`), ...lines.slice(i + 1)].join('\n'));
      }
    }
  });

  const [mbo] = exampleTexts as [string];
  it.each([
    ['an alias', mbo.replace(/^organisation:/m, 'x-anchor: &name value\norganisation:').replace(/(\n  name: ).*/, '$1*name')],
    ['a tag', mbo.replace(/(\n  name: )/, '$1!!str ')],
    ['a YAML 1.1 directive', `%YAML 1.1\n---\n${mbo}`],
    ['a lone carriage return', mbo.replace(/\n/g, '\r\r\n')],
    ['a key that is not text', mbo.replace(/\nlanguage: nl\n/, '\nlanguage: nl\n~: x\n')],
    ['a duplicate key', `${mbo}\nlanguage: en\n`],
    ['a second document', `${mbo}\n---\nversion: 1\n`],
    ['a schema error', mbo.replace(/\nversion: 1\n/, '\nversion: 2\n')],
  ])('leaves a file with %s to the full reader', (_, text) => {
    expect(text).not.toBe(mbo);
    expect(quickValidStrategy(text, Buffer.byteLength(text))).toBeUndefined();
  });
});
