// The documented limits, each enforced with a message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/model/check.js';
import { MAX_CALENDAR_ITEMS, MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES } from '../../src/model/strategy.js';
import { run } from '../../src/main.js';
import { captureIo } from '../helpers/io.js';
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
    for (const text of [`version: 1\nx: [${'1,'.repeat(MAX_VALUES)}1]\n`, `version: 1\n${'\n'.repeat(MAX_VALUES)}`, `version: 1\n${Array.from({ length: MAX_VALUES }, (_, i) => `k${i}: 1`).join('\n')}\n`]) {
      expect(withText(checkSource(text).findings)).toMatchObject([{ ruleId: 'limits', line: 1, column: 1, message: expect.stringMatching(/lines and list items, more than the limit of 30,000/) }]);
    }
  });

  it(`nesting deeper than ${MAX_DEPTH} levels`, () => {
    const block = Array.from({ length: MAX_DEPTH + 5 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(withText(checkSource(`version: 1\n${block} x\n`).findings)).toMatchObject([
      { ruleId: 'limits', message: expect.stringMatching(/nest \d+ levels deep here, more than the limit of 64/) },
    ]);
    expect(withText(checkSource(`version: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`).findings)[0]).toMatchObject({
      ruleId: 'yaml-syntax',
      message: expect.stringMatching(/nests blocks or lists too deeply to read/),
    });
  });

  it(`more than ${MAX_CALENDAR_ITEMS.toLocaleString('en')} calendar items`, () => {
    const items = Array.from({ length: MAX_CALENDAR_ITEMS + 1 }, () => '    - {date: 2026-09-01, title: x}').join('\n');
    const { findings } = checkSource(`version: 1\ncalendar:\n  items:\n${items}\n`);
    expect(withText(findings)).toMatchObject([{ ruleId: 'limits', line: 3, column: 3, message: expect.stringMatching(/10,001 calendar items, more than the limit of 10,000/) }]);
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
