// Every strategy the schema allows is checked without a schema error and renders, in both
// languages and both formats, to Markdown, CSV and iCalendar that real parsers read back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { csvDelimiter } from '../../src/export/csv.js';
import { parse as parseYaml, stringify } from 'yaml';
import { lintSource } from '../../src/rules/run.js';
import { calendarEntries, renderAll } from '../../src/export/outputs.js';
import { renderNormalised } from '../../src/render/normalised.js';
import { FUZZ_SEED, strategyArbitrary } from './arbitraries.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Strategy } from '../../src/model/strategy.js';
import { packageRoot } from '../helpers/io.js';

const md = new MarkdownIt();
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

function rendersAndParsesBack(strategy: Strategy, _language: 'nl' | 'en'): void {
  const text = stringify(strategy);
  const { findings } = lintSource(text);
  expect(findings.filter((f) => ['schema', 'yaml-syntax', 'limits'].includes(f.ruleId))).toEqual([]);

  const outputs = Object.fromEntries(renderAll(strategy, strategy.language ?? 'nl', new Map()).map((o) => [o.name, o.content]));
  const entries = calendarEntries(strategy, undefined, strategy.language ?? 'nl');
  for (const name of ['strategy.md', 'calendar.md']) {
    const tokens = md.parse(outputs[name]!, {});
    expect(tokens.filter((t) => t.type === 'html_block')).toEqual([]);
    expect(tokens.flatMap((t) => t.children ?? []).filter((t) => t.type === 'html_inline')).toEqual([]);
  }
  const rows = parseCsv(outputs['calendar.csv']!, {
    bom: true,
    delimiter: csvDelimiter(strategy),
    relax_column_count: false,
  }) as string[][];
  expect(rows).toHaveLength(entries.length + 1);
  const calendar = new ICAL.Component(ICAL.parse(outputs['calendar.ics']!));
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(entries.length);
  expect(parseYaml(renderNormalised(strategy))).toHaveProperty('derived');
}

describe('generated valid strategies', () => {
  it('pass the schema, and render in both languages to documents that parse back', () => {
    fc.assert(
      fc.property(strategyArbitrary, fc.constantFrom('nl', 'en') as fc.Arbitrary<'nl' | 'en'>, (generated, language) => {
        rendersAndParsesBack({ ...generated, language }, language);
      }),
      { numRuns: RUNS, ...FUZZ_SEED },
    );
  }, 120_000);

  it.each(readdirSync(join(packageRoot, 'test/fixtures/fuzz')))('regression: %s', (name) => {
    const strategy = parseYaml(readFileSync(join(packageRoot, 'test/fixtures/fuzz', name), 'utf8')) as Strategy;
    rendersAndParsesBack(strategy, strategy.language ?? 'nl');
  });
});
