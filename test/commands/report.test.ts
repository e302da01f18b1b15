// strategy report: one overview of a school board's strategies, read as its reader reads it:
// the Markdown table through markdown-it, the HTML page through parse5.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
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

/** The rows of the Markdown's first table, cell by cell. */
function tableRows(markdown: string): string[][] {
  const tokens = new MarkdownIt().parse(markdown, {});
  const rows: string[][] = [];
  let row: string[] | undefined;
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'table_close') break;
    if (token.type === 'tr_open') row = [];
    if (token.type === 'tr_close' && row) rows.push(row);
    if ((token.type === 'td_open' || token.type === 'th_open') && row) row.push(tokens[index + 1]!.content);
  }
  return rows;
}

describe('strategy report', () => {
  it('writes one overview of the strategies of a board: status, goals on course, errors and warnings, last review', async () => {
    const dir = board();
    const io = captureIo({ cwd: dir });
    // One of the strategies has errors: exit 1, as check would.
    expect(await run(['report', 'scholen/*/strategy.yaml'], io)).toBe(1);
    expect(io.out()).toBe('✔ Overzicht van 3 bestanden geschreven naar overview.md.\n✔ Overzicht van 3 bestanden geschreven naar overview.html.\n');
    const markdown = readFileSync(join(dir, 'overview.md'), 'utf8');
    expect(tableRows(markdown)).toEqual([
      ['Organisatie', 'Status', 'Fouten', 'Waarschuwingen', 'Doelen op koers', 'Laatste terugblik', 'Bestand'],
      ['klimop', '❌ ongeldig', '2', '0', 'geen doelen', 'nog geen', 'scholen/klimop/strategy.yaml'],
      ['Leerhuis Oost', '✅ in orde', '0', '0', '2 van 3 op koers', '20\u00A0nov\u00A02026 (2026-09-01/2026-11-15)', 'scholen/leerhuis/strategy.yaml'],
      ['Vakcollege Zuiderhaven', '✅ in orde', '0', '0', '4 van 4 op koers', '6\u00A0okt\u00A02026 (2026-Q3)', 'scholen/zuiderhaven/strategy.yaml'],
    ]);
    // What needs attention, per strategy.
    expect(markdown).toContain('### Leerhuis Oost\n\n- Het doel *Aanmeldingen via verwijzers* ligt achter op schema.');
    expect(markdown).toMatch(/### klimop\n\n- \*\*fout\*\* scholen\/klimop\/strategy\.yaml:12:5: Onbekende sleutel "deadlin"/);

    const html = parseHtml(readFileSync(join(dir, 'overview.html'), 'utf8'));
    const cells: string[] = [];
    const walk = (node: { nodeName: string; childNodes?: unknown[]; value?: string }): void => {
      if (node.nodeName === 'td') cells.push(((node.childNodes ?? []) as { value?: string }[]).map((child) => child.value ?? '').join(''));
      for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
    };
    walk(html as unknown as { nodeName: string; childNodes: unknown[] });
    expect(cells.slice(0, 7)).toEqual(tableRows(markdown)[1]);

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
    expect(rows[0]).toEqual(['Organisation', 'Status', 'Errors', 'Warnings', 'Goals on course', 'Last review', 'File']);
    expect(rows[1]![1]).toBe('⚠️ warnings');
    expect(rows[1]![5]).toBe('4\u00A0Nov\u00A02026 (2026-10) ⚠️ overdue');
  });
});
