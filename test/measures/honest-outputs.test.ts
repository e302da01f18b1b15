// Every output that speaks of a goal's progress, walked for the bundled examples and the corpus
// of realistic strategies on several days of their period: no negative or impossible share, no
// shortfall of nothing, and never a course that contradicts the forecast beside it.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';

const FILES = [
  ...['mbo', 'adult-education', 'university-en'].map((name) => `examples/${name}/strategy.yaml`),
  ...['hbo', 'mbo-groot', 'po-klein', 'vo-middelgroot', 'volwassenen-klein', 'wo-en'].map(
    (name) => `test/fixtures/strategies/${name}.yaml`,
  ),
];

const addDays = (iso: string, count: number): string => new Date(Date.parse(iso) + count * 86_400_000).toISOString().slice(0, 10);

/** Days to look at: early in the period, at two thirds, just after the end. */
function daysOf(file: string): string[] {
  const { period } = parse(readFileSync(join(packageRoot, file), 'utf8')) as { period: { start: string; end: string } };
  const length = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000;
  return [addDays(period.start, 45), addDays(period.start, Math.round((length * 2) / 3)), addDays(period.end, 10)];
}

async function outputs(file: string, day: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'honest-'));
  copyFileSync(join(packageRoot, file), join(dir, 'strategy.yaml'));
  const texts: string[] = [];
  for (const args of [
    ['render', '--stdout', '--only', 'strategy.md', '--force', '--date', day],
    ['render', '--stdout', '--format', 'html', '--force', '--date', day],
    ['review', '--stdout', '--date', day],
    ['review', '--stdout', '--date', day, '--lang', 'en'],
  ]) {
    const io = captureIo({ cwd: dir });
    const [command, ...rest] = args;
    const lang = rest.includes('--lang') ? ['--lang', rest.splice(rest.indexOf('--lang'), 2)[1]!] : [];
    await run([...lang, command!, ...rest], io);
    texts.push(io.out());
  }
  const io = captureIo({ cwd: dir });
  await run(['report', 'strategy.yaml', '--format', 'md', '--date', day, '--output', 'overview'], io);
  texts.push(readFileSync(join(dir, 'overview.md'), 'utf8'));
  return texts;
}

describe.each(FILES)('%s', (file) => {
  it.each(daysOf(file))('tells progress honestly on %s', async (day) => {
    const texts = await outputs(file, day);
    // Each document and review speaks of its goals' course.
    for (const text of texts.slice(0, 4)) expect(text).toMatch(/Koers|Course/);
    for (const text of texts) {
      const plain = text.replace(/<[^>]+>/g, ' ').replace(/\u00A0/g, ' ');
      // No negative share, no share of the way past 100%.
      expect(plain).not.toMatch(/-\d+([.,]\d+)?\s?%/);
      expect(plain).not.toMatch(/(\d{3,}|[2-9]\d{2})% (van de|of the)/);
      // No shortfall of nothing.
      expect(plain).not.toMatch(
        /\b0( [^\s,.;]+)? (minder|meer|less|more) (dan|than) de streefwaarde|\b0( [^\s,.;]+)? (less|more) than the target/,
      );
      expect(plain).not.toMatch(/\b0 (procentpunten|percentage points) /);
      // A course and the forecast beside it agree.
      for (const block of plain.split(/\n#{2,4} /)) {
        const behind = /(minder|meer) dan de streefwaarde|(less|more) than the target/;
        if (/Koers:\*?\*? op schema|Course:\*?\*? on schedule/.test(block)) expect(block).not.toMatch(behind);
        if (/Koers:\*?\*? achter op schema|Course:\*?\*? behind schedule/.test(block)) expect(block).toMatch(behind);
        if (/onbekend sinds|unknown since/.test(block.split('\n').find((l) => /Koers:|Course:/.test(l)) ?? ''))
          expect(block).not.toMatch(/Verwachte stand|Expected on|Als dit tempo|At this pace/);
      }
    }
  });
});
