// The README's table of limits is made from the constants the tool holds files to: a limit
// changed in the code and not in the README fails here. UPDATE_DOCS=1 rewrites the table.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_ALIAS_COUNT,
  MAX_CALENDAR_ENTRIES,
  MAX_CALENDAR_ITEMS,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  MAX_MARKS,
  MAX_VALUES,
} from '../../src/model/strategy.js';
import { MAX_EXPORT_BYTES, MAX_EXPORT_CELLS, MAX_EXPORT_ROWS, MAX_UNPACKED_BYTES, MAX_XLS_BYTES } from '../../src/measure/exports.js';
import { packageRoot } from '../helpers/io.js';

const readme = join(packageRoot, 'README.md');
const START = '<!-- limits: made from src/model/strategy.ts and src/measure/exports.ts; npm run generate -->';
const END = '<!-- /limits -->';

const n = (value: number): string => value.toLocaleString('en');
const mib = (bytes: number): string => `${n(bytes / 1024 / 1024)} MiB`;

function table(): string {
  const rows: [string, string, string][] = [
    [
      'size of a strategy file',
      mib(MAX_FILE_BYTES),
      'a `limits` finding; no more than that is read, from a device or a pipe either (`strategy check /dev/zero`)',
    ],
    ['lines and list items (line breaks and commas)', n(MAX_VALUES), 'a `limits` finding, before the YAML is parsed'],
    [
      'nesting of blocks and lists',
      `${n(MAX_DEPTH)} levels`,
      'a `limits` finding (`yaml-syntax` when the YAML itself is too deep to read)',
    ],
    [
      'anchors (`&`), aliases (`*`), tags (`!`) and marks out of place, together',
      n(MAX_MARKS),
      'a `limits` finding, before the YAML is parsed',
    ],
    ['aliases (`*name`) expanded', n(MAX_ALIAS_COUNT), 'a `yaml-syntax` finding ("billion laughs" files)'],
    ['calendar items in a file', n(MAX_CALENDAR_ITEMS), 'a `limits` finding at `calendar.items`'],
    ['calendar entries `render` would make', n(MAX_CALENDAR_ENTRIES), 'exit 2, before any is made'],
    [
      'an export for `measure import`',
      `${mib(MAX_EXPORT_BYTES)}, ${n(MAX_EXPORT_ROWS)} lines or rows and ${n(MAX_EXPORT_CELLS)} cells`,
      'exit 2, before its rows are read',
    ],
    [
      'a workbook (`.xlsx`) unpacked',
      mib(MAX_UNPACKED_BYTES),
      'exit 2, before it is opened (a year of a page’s figures is well under 1 MiB)',
    ],
    ['an old-style workbook (`.xls`)', mib(MAX_XLS_BYTES), 'exit 2, before it is opened'],
  ];
  return ['| limit | value | what happens |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

describe('the README’s limits', () => {
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (process.env.UPDATE_DOCS && start >= 0 && end > start)
    writeFileSync(readme, `${text.slice(0, start + START.length)}\n${table()}\n${text.slice(end)}`);

  it('are the limits the code holds files to', () => {
    const now = readFileSync(readme, 'utf8');
    expect(now.indexOf(START)).toBeGreaterThan(0);
    expect(now.slice(now.indexOf(START) + START.length, now.indexOf(END)).trim()).toBe(table());
  });
});
