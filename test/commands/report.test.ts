// strategy report: one overview of a school board's strategies, read as its reader reads it:
// the Markdown table through markdown-it, the HTML page through parse5.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableRows } from '../helpers/markdown.js';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';

function board(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  for (const [school, file] of [
    ['zuiderhaven', 'examples/mbo/strategy.yaml'],
    ['leerhuis', 'examples/adult-education/strategy.yaml'],
    ['klimop', 'test/fixtures/goal-with-typos.yaml'],
  ] as const) {
    mkdirSync(join(dir, 'scholen', school), { recursive: true });
    copyFileSync(join(packageRoot, file), join(dir, 'scholen', school, 'strategy.yaml'));
  }
  return dir;
}

describe('strategy report', () => {
  it('writes one overview of the strategies of a board: goals on course, latest measurement, last review, the check', async () => {
    const dir = board();
    const io = captureIo({ cwd: dir });
    // One of the strategies has errors: exit 1, as check would.
    expect(await run(['report', 'scholen/*/strategy.yaml'], io)).toBe(1);
    expect(io.out()).toBe(
      '✔ Overzicht van 3 bestanden geschreven naar overview.md.\n✔ Overzicht van 3 bestanden geschreven naar overview.html.\n',
    );
    const markdown = readFileSync(join(dir, 'overview.md'), 'utf8');
    expect(tableRows(markdown)).toEqual([
      ['Organisatie', 'Doelen op schema', 'Laatste meting', 'Laatste evaluatie', 'Controle', 'Bestand'],
      // Invalid, but named by the name it gives.
      ['Minimal College', 'geen doelen', '–', 'nog geen', '❌ ongeldig', 'scholen/klimop/strategy.yaml'],
      // 14 + 9 intakes by 31 October: a line through 0 on 1 September, 14 and 23 reaches about 122 of the 160 by 15 July.
      [
        'Leerhuis Oost',
        '2 van 3; achter: Aanmeldingen via verwijzers',
        '31\u00A0okt\u00A02026',
        '20\u00A0nov\u00A02026',
        '✅ in orde',
        'scholen/leerhuis/strategy.yaml',
      ],
      // The open day has one measurement: too few for a forecast, so not counted as on course.
      [
        'Vakcollege Zuiderhaven',
        '3 van 4; 1 met te weinig metingen voor een verwachting',
        '1\u00A0nov\u00A02026',
        '6\u00A0okt\u00A02026',
        '✅ in orde',
        'scholen/zuiderhaven/strategy.yaml',
      ],
    ]);
    expect(markdown).toContain('3 strategieën gecontroleerd op 29 november 2026; fouten in 1 strategie.');
    // What needs attention, per strategy.
    expect(markdown).toMatch(/### Minimal College\n\n- \*\*fout\*\* scholen\/klimop\/strategy\.yaml:12:5: Onbekende sleutel "deadlin"/);

    const html = parseHtml(readFileSync(join(dir, 'overview.html'), 'utf8'));
    const cells: string[] = [];
    const walk = (node: { nodeName: string; childNodes?: unknown[]; value?: string }): void => {
      if (node.nodeName === 'td') cells.push(((node.childNodes ?? []) as { value?: string }[]).map((child) => child.value ?? '').join(''));
      for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
    };
    walk(html as unknown as { nodeName: string; childNodes: unknown[] });
    expect(cells.slice(0, 6)).toEqual(tableRows(markdown)[1]);

    // Written again over its own files; a file of the user's own is left alone unless --force.
    expect(await run(['report', 'scholen/*/strategy.yaml', '--format', 'md'], captureIo({ cwd: dir }))).toBe(1);
    writeFileSync(join(dir, 'mine.md'), '# Mijn eigen overzicht\n');
    const refused = captureIo({ cwd: dir });
    expect(await run(['report', 'scholen/*/strategy.yaml', '--output', 'mine.md'], refused)).toBe(2);
    expect(refused.err()).toMatch(/mine\.md/);
    expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toBe('# Mijn eigen overzicht\n');
  });

  it('flags an overdue review, in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    copyFileSync(join(packageRoot, 'examples/university-en/strategy.yaml'), join(dir, 'strategy.yaml'));
    const io = captureIo({ cwd: dir });
    expect(await run(['report', 'strategy.yaml', '--date', '2027-06-01', '--format', 'md', '--output', 'board'], io)).toBe(0);
    const rows = tableRows(readFileSync(join(dir, 'board.md'), 'utf8'));
    expect(rows[0]).toEqual(['Organisation', 'Goals on schedule', 'Latest measurement', 'Last review with the team', 'Check', 'File']);
    expect(rows[1]![3]).toBe('4\u00A0Nov\u00A02026 ⚠️ overdue');
    expect(rows[1]![4]).toMatch(/^⚠️ \d+ warnings$/);
  });
});
