// `measure import` of the largest exports it accepts: one at each documented limit (a CSV of
// the most rows and bytes, a workbook that unpacks to the most, an old-style .xls of the most
// bytes), read by the installed package with --dry-run. Prints each one's wall time and peak
// memory (from /usr/bin/time) against the budget of 3 s and 300 MB.
// Usage: node bench/import.mjs [--runs 3] [--dir folder-of-an-installed-project]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { median } from './measure.mjs';
import { installPacked } from '../scripts/install-packed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
const dirFlag = process.argv.indexOf('--dir');
const project = dirFlag > 0 ? process.argv[dirFlag + 1] : installPacked().project;
const bin = join(project, 'node_modules', 'strategy-as-code', 'bin', 'strategy.cjs');
// The limits of src/measure/exports.ts (the README's table of limits shows the same).
const MAX_EXPORT_BYTES = 16 * 1024 * 1024;
const MAX_EXPORT_ROWS = 20_000;
const MAX_EXPORT_CELLS = 2_000_000;
const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
const MAX_XLS_BYTES = 4 * 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'strategy-import-bench-'));
// The fixture strategy, with a dozen more KPIs fed by the same post export: each reads the whole file.
const base = readFileSync(join(root, 'test/fixtures/exports/importing.yaml'), 'utf8');
const more = Array.from(
  { length: 12 },
  (_, i) =>
    `    fb-extra-${i}: {goal: grow, metric: Facebook figure ${i}, frequency: monthly, import: {platform: facebook, column: ${['reach', 'Reactions', 'comments', 'shares'][i % 4]}}}\n`,
).join('');
writeFileSync(join(dir, 'strategy.yaml'), base.replace('    li-impressions:', `${more}    li-impressions:`));

const day = (index) => new Date(Date.UTC(2016, 0, 1) + (index % 3650) * 86_400_000);
const us = (date) =>
  `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`;

/** Meta's English post export, as many posts as fit the limits. */
function csv() {
  const lines = [
    'Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Permalink,Post type,Reach,Reactions,Comments,Shares',
  ];
  let bytes = lines[0].length + 1;
  for (let index = 0; lines.length < MAX_EXPORT_ROWS - 1; index++) {
    // Captions long enough that the file reaches both limits at once.
    const caption = `"Open dag op de locatie, kom kijken in de praktijklokalen en praat met studenten en docenten over de opleiding ${index}. ${'Aanmelden kan via de website. '.repeat(22)}"`;
    const line = `${10_000_000 + index},123456,Onze School,,${caption},,${us(day(index))} 18:12,https://www.facebook.com/onzeschool/posts/${10_000_000 + index},Photo,"${(1000 + (index % 9000)).toLocaleString('en')}",${index % 90},${index % 7},${index % 5}`;
    if (bytes + line.length + 1 > MAX_EXPORT_BYTES) break;
    lines.push(line);
    bytes += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** LinkedIn's content export with as many post rows as unpack to the limit. */
function workbook(bookType, fits) {
  const posts = [
    ['Post-level metrics for the posts created in the date range.'],
    [
      'Post title',
      'Post link',
      'Post type',
      'Campaign name',
      'Posted by',
      'Created date',
      'Campaign start date',
      'Campaign end date',
      'Audience',
      'Impressions',
      'Views',
      'Offsite Views',
      'Clicks',
      'Click through rate (CTR)',
      'Likes',
      'Comments',
      'Reposts',
      'Follows',
      'Engagement rate',
      'Content Type',
    ],
  ];
  let rows = 4000;
  let bytes;
  for (;;) {
    while (posts.length - 2 < rows) {
      const index = posts.length - 2;
      posts.push([
        `Stagemarkt voor leerbedrijven ${index}`,
        `https://www.linkedin.com/feed/update/urn:li:activity:${7_300_000_000_000_000_000n + BigInt(index)}`,
        'Organic',
        '',
        'Anna',
        us(day(index)),
        '',
        '',
        'All followers',
        1000 + (index % 5000),
        '',
        '',
        30 + (index % 40),
        0.0276,
        44,
        5,
        3,
        2,
        0.051,
        '',
      ]);
    }
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(posts), 'All posts');
    const next = XLSX.write(book, { type: 'buffer', bookType });
    if (!fits(next)) break;
    bytes = next;
    rows = Math.round(rows * 1.25);
  }
  return { bytes, rows: posts.length };
}

const unpacked = (bytes) => {
  const files = XLSX.CFB.read(bytes, { type: 'buffer' }).FileIndex.filter((entry) => entry.type === 2);
  return files.reduce((sum, entry) => sum + (entry.size ?? entry.content?.length ?? 0), 0);
};

const cases = [];
const text = csv();
writeFileSync(join(dir, 'meta-posts.csv'), text);
cases.push({
  name: `Meta post export, CSV (${text.split('\n').length - 1} lines, 13 KPIs)`,
  file: 'meta-posts.csv',
  limit: `${MAX_EXPORT_ROWS.toLocaleString('en')} lines, ${MAX_EXPORT_BYTES / 1024 / 1024} MiB`,
});
// A wide sheet at the most cells: a daily export with a column per figure, many figures.
const columns = 100;
const wide = [['Date', 'Video Views', ...Array.from({ length: columns - 2 }, (_, i) => `Figure ${i}`)].join(',')];
for (let row = 1; wide.length * columns < MAX_EXPORT_CELLS; row++)
  wide.push([`${us(day(row))}`, ...Array.from({ length: columns - 1 }, () => String((row % 3650) % 97))].join(','));
writeFileSync(join(dir, 'wide.csv'), `${wide.join('\n')}\n`);
cases.push({
  name: `A wide CSV (${wide.length} rows of ${columns} cells)`,
  file: 'wide.csv',
  limit: `${MAX_EXPORT_CELLS.toLocaleString('en')} cells`,
});
const xlsx = workbook('xlsx', (bytes) => unpacked(bytes) <= MAX_UNPACKED_BYTES);
writeFileSync(join(dir, 'linkedin-content.xlsx'), xlsx.bytes);
cases.push({
  name: `LinkedIn content, .xlsx (${xlsx.rows} rows, ${(unpacked(xlsx.bytes) / 1024 / 1024).toFixed(1)} MiB unpacked)`,
  file: 'linkedin-content.xlsx',
  limit: `${MAX_UNPACKED_BYTES / 1024 / 1024} MiB unpacked`,
});
const xls = workbook('biff8', (bytes) => bytes.length <= MAX_XLS_BYTES);
writeFileSync(join(dir, 'linkedin-content.xls'), xls.bytes);
cases.push({
  name: `LinkedIn content, .xls (${xls.rows} rows)`,
  file: 'linkedin-content.xls',
  limit: `${MAX_XLS_BYTES / 1024 / 1024} MiB`,
});

console.log(`\n\`measure import --dry-run\` of the largest accepted exports, node ${process.version}, ${runs} runs each (median)\n`);
console.log('| export | file | limit | time | peak memory | budget |');
console.log('| --- | ---: | --- | ---: | ---: | --- |');
let over = 0;
for (const { name, file, limit } of cases) {
  const times = [];
  const memory = [];
  for (let run = 0; run < runs; run++) {
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', '%e %M', process.execPath, bin, '--lang', 'en', 'measure', 'import', file, '--dry-run'],
      { cwd: dir, encoding: 'utf8' },
    );
    const [seconds, kilobytes] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
    if (result.status !== 0 && result.status !== 1) console.error(result.stderr.slice(0, 400));
    times.push(seconds);
    memory.push(kilobytes / 1024);
  }
  const time = median(times);
  const peak = median(memory);
  const within = time <= 3 && peak <= 300;
  if (!within) over += 1;
  console.log(
    `| ${name} | ${(statSync(join(dir, file)).size / 1024 / 1024).toFixed(1)} MB | ${limit} | ${time.toFixed(2)} s | ${peak.toFixed(0)} MB | 3 s, 300 MB${within ? '' : ' ✗'} |`,
  );
}
if (over > 0) console.log(`\n${over} export(s) over budget.`);
