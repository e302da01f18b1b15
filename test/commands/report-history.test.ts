// strategy report over time: the overview says what changed since the previous one, and since
// which measurement a goal has been behind. The truth is worked out here from the raw figures,
// with the test's own least-squares line.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';
import { lineAt } from '../helpers/least-squares.js';

const DAY = 86_400_000;
const day = (iso: string): number => Date.parse(iso) / DAY;
const minimal = readFileSync(join(packageRoot, 'test/fixtures/minimal-valid.yaml'), 'utf8');
const withFigures = (figures: readonly [string, number][]): string =>
  minimal.replace(
    / {2}measurements:\n[\s\S]*$/,
    `  measurements:\n${figures.map(([date, value]) => `    - {kpi: followers, date: ${date}, value: ${value}}`).join('\n')}\n`,
  );

/** The goal (1,200 on 1 September 2026, 1,500 by 1 June 2027) as of each figure: the test's own reading. */
function courseByDate(figures: readonly [string, number][]): [string, 'too few' | 'on course' | 'behind'][] {
  return figures.map(([date], i) => {
    const known = figures.slice(0, i + 1);
    if (known.length < 2) return [date, 'too few'];
    const points: [number, number][] = [[day('2026-09-01'), 1200], ...known.map(([d, v]) => [day(d), v] as [number, number])];
    return [date, lineAt(points, day('2027-06-01')) >= 1500 ? 'on course' : 'behind'];
  });
}

describe('strategy report, one overview after another', () => {
  it('says what changed per school since the previous overview, and since which measurement a goal is behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-history-'));
    mkdirSync(join(dir, 'scholen', 'noord'), { recursive: true });
    const file = join(dir, 'scholen', 'noord', 'strategy.yaml');
    const autumn: [string, number][] = [
      ['2026-10-01', 1240],
      ['2026-11-01', 1280],
    ];
    writeFileSync(file, withFigures(autumn));
    expect(await run(['report', 'scholen/*/strategy.yaml', '--date', '2026-11-15'], captureIo({ cwd: dir }))).toBe(0);
    expect(courseByDate(autumn).at(-1)![1]).toBe('on course');
    const first = readFileSync(join(dir, 'overview.md'), 'utf8');
    expect(first).not.toMatch(/Since the previous overview/);

    // The winter: the figures fall back, and an error comes in (an unknown key).
    const winter: [string, number][] = [...autumn, ['2026-12-01', 1270], ['2027-01-04', 1262]];
    writeFileSync(file, withFigures(winter).replace('version: 1\n', 'version: 1\nextra: x\n'));
    const io = captureIo({ cwd: dir });
    expect(await run(['report', 'scholen/*/strategy.yaml', '--date', '2027-01-15'], io)).toBe(1);
    const second = readFileSync(join(dir, 'overview.md'), 'utf8');
    const since = second.slice(second.indexOf('## Since the previous overview'), second.indexOf('## Needs attention'));
    expect(since).toContain('## Since the previous overview (15 November 2026)');
    expect(since).toContain('- **Minimal College**: errors 0 → 1');
    // With an error the strategy is not read for its goals: the goal drops out of the overview.
    expect(since).toContain('goal *Instagram followers* no longer in the strategy');

    // Without the error, the goal's course is compared.
    writeFileSync(file, withFigures(winter));
    expect(await run(['report', 'scholen/*/strategy.yaml', '--date', '2027-01-15'], captureIo({ cwd: dir }))).toBe(0);
    const third = readFileSync(join(dir, 'overview.md'), 'utf8');
    expect(third).toContain('- **Minimal College**: errors 1 → 0; goal *Instagram followers* added (behind schedule)');
    // Since when, by the test's own reading of each figure.
    const courses = courseByDate(winter);
    let firstBehind = courses.length;
    while (firstBehind > 0 && courses[firstBehind - 1]![1] === 'behind') firstBehind--;
    expect(firstBehind).toBeLessThan(courses.length);
    const sinceDate = new Date(`${courses[firstBehind]![0]}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(third).toContain(`- Goal *Instagram followers* has been behind schedule since the measurement of ${sinceDate}.`);
  });

  it('does not read an overview.json it did not write, and does not replace it without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-history-'));
    mkdirSync(join(dir, 'scholen', 'noord'), { recursive: true });
    writeFileSync(join(dir, 'scholen', 'noord', 'strategy.yaml'), minimal);
    writeFileSync(join(dir, 'overview.json'), '{"mine": true}\n');
    const io = captureIo({ cwd: dir });
    expect(await run(['report', 'scholen/*/strategy.yaml'], io)).toBe(2);
    expect(readFileSync(join(dir, 'overview.json'), 'utf8')).toBe('{"mine": true}\n');
  });
});
