// The documented limits, each enforced with a message.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/model/check.js';
import { MAX_CALENDAR_ITEMS, MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES } from '../../src/model/strategy.js';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';
import { withText } from '../helpers/text.js';

describe('limits', () => {
  it(`a file over ${MAX_FILE_BYTES / 1024 / 1024} MiB is refused without reading it`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-limits-'));
    writeFileSync(join(dir, 'strategy.yaml'), `version: 1\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
    const io = captureIo({ cwd: dir });
    expect(await run(['check'], io)).toBe(1);
    expect(io.out()).toMatch(/strategy\.yaml:1:1 {2}error {2}limits {2}The file is larger than the limit of 4 MiB/);
  });

  it(`more than ${MAX_VALUES.toLocaleString('en')} lines and list items are refused before parsing`, () => {
    for (const text of [
      `version: 1\nx: [${'1,'.repeat(MAX_VALUES)}1]\n`,
      `version: 1\n${'\n'.repeat(MAX_VALUES)}`,
      `version: 1\n${Array.from({ length: MAX_VALUES }, (_, i) => `k${i}: 1`).join('\n')}\n`,
    ]) {
      expect(withText(checkSource(text).findings)).toMatchObject([
        {
          ruleId: 'limits',
          line: 1,
          column: 1,
          message: expect.stringMatching(new RegExp(`lines and list items, more than the limit of ${MAX_VALUES.toLocaleString('en')}`)),
        },
      ]);
    }
  });

  it(`nesting deeper than ${MAX_DEPTH} levels`, () => {
    const block = Array.from({ length: MAX_DEPTH + 5 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(withText(checkSource(`version: 1\n${block} x\n`).findings)).toMatchObject([
      { ruleId: 'limits', line: 66, message: expect.stringMatching(/nest more than 64 levels deep here, the limit/) },
    ]);
    expect(withText(checkSource(`version: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`).findings)).toMatchObject([
      { ruleId: 'limits', line: 2, column: 67, message: expect.stringMatching(/nest more than 64 levels deep here/) },
    ]);
  });

  it(`more than ${MAX_CALENDAR_ITEMS.toLocaleString('en')} calendar items`, () => {
    const items = Array.from({ length: MAX_CALENDAR_ITEMS + 1 }, () => '    - {date: 2026-09-01, title: x}').join('\n');
    const { findings } = checkSource(`version: 1\ncalendar:\n  items:\n${items}\n`);
    expect(withText(findings)).toMatchObject([
      {
        ruleId: 'limits',
        line: 3,
        column: 3,
        message: expect.stringMatching(
          new RegExp(
            `${(MAX_CALENDAR_ITEMS + 1).toLocaleString('en')} calendar items, more than the limit of ${MAX_CALENDAR_ITEMS.toLocaleString('en')}`,
          ),
        ),
      },
    ]);
  }, 30_000);

  it(`a busy strategy at the limit, ${MAX_CALENDAR_ITEMS.toLocaleString('en')} calendar items with every field filled, passes the limits`, () => {
    const example = readFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), 'utf8');
    const at = example.indexOf('\n  items:\n', example.indexOf('\ncalendar:'));
    const existing = (example.slice(at).match(/^ {4}- /gm) ?? []).length;
    const item = (i: number): string[] => [
      `    - id: bericht-${i}`,
      `      date: 2026-${String(9 + (i % 4)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      '      time: "09:00"',
      '      channel: instagram',
      '      pillar: studentenleven',
      '      format: photo',
      `      title: "Bericht ${i} over het studentenleven"`,
      `      text: "Een langere tekst bij bericht ${i}, met wat er te zien is."`,
      '      hashtags: ["#open", "#mbo"]',
      '      owner: sanne',
      '      status: planned',
    ];
    const items = Array.from({ length: MAX_CALENDAR_ITEMS - existing }, (_, i) => item(i).join('\n')).join('\n');
    const text = `${example.slice(0, at)}\n  items:\n${items}${example.slice(at + '\n  items:'.length)}`;
    expect(checkSource(text).findings.filter((f) => f.ruleId === 'limits' || f.ruleId === 'yaml-syntax')).toEqual([]);
  }, 30_000);

  it('a calendar that would grow past the limit is refused before it is made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-limits-'));
    writeFileSync(
      join(dir, 'strategy.yaml'),
      `version: 1\nlanguage: en\nperiod: {start: 2000-01-01, end: 2199-12-31}\nchannels:\n  ig: {platform: instagram}\ncontent:\n  cadence:\n${'    - {channel: ig, per_week: 7}\n'.repeat(4)}`,
    );
    const io = captureIo({ cwd: dir });
    // --force: the cadence breaks the method (no team has these hours); the size is the point here.
    expect(await run(['render', '--force'], io)).toBe(2);
    expect(io.err()).toMatch(/The calendar would have [\d,]+ entries, more than the limit of 200,000/);
  });
});
