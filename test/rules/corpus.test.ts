// Realistic strategies of a primary school, a secondary school, a large mbo, a university of
// applied sciences, a research university (in English) and an adult-education provider: what
// check says of each is snapshotted, so a change to a rule shows what it changes for real users.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/rules/run.js';
import { describeFinding } from '../../src/rules/describe.js';
import { packageRoot } from '../helpers/io.js';

/** The day the corpus is checked on: rules about overdue measurements depend on it. */
const TODAY = '2026-11-29';
const folder = join(packageRoot, 'test/fixtures/strategies');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

describe('the corpus of realistic strategies', () => {
  it('holds six, one per kind of institution', () => {
    expect(files).toEqual(['hbo.yaml', 'mbo-groot.yaml', 'po-klein.yaml', 'vo-middelgroot.yaml', 'volwassenen-klein.yaml', 'wo-en.yaml']);
  });

  it.each(files)('%s: its findings are as snapshotted', async (name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    const { findings, language } = lintSource(text, { today: TODAY });
    expect(findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')).toEqual([]);
    const lines = findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${describeFinding(f, language ?? 'nl')}`);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/corpus/${name.replace(/\.yaml$/, '.txt')}`);
  });

  it('lets the small primary school and the small adult-education provider pass without errors', () => {
    for (const name of ['po-klein.yaml', 'volwassenen-klein.yaml']) {
      const { findings } = lintSource(readFileSync(join(folder, name), 'utf8'), { today: TODAY });
      expect(
        findings.filter((f) => f.severity === 'error'),
        name,
      ).toEqual([]);
    }
  });
});
