// strategy review: the review of a quarter of the mbo example, in a real git repository with
// two versions of the strategy, read as its reader reads it: the Markdown through markdown-it,
// the HTML through parse5. In Dutch and in English.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';
import { parsePeriod, reviewQuarter } from '../../src/core/review-period.js';

function git(dir: string, args: string[], date?: string): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Sanne',
    GIT_AUTHOR_EMAIL: 'sanne@example.org',
    GIT_COMMITTER_NAME: 'Sanne',
    GIT_COMMITTER_EMAIL: 'sanne@example.org',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
}

/** The mbo example in a repository: as adopted on 1 September, then a lowered target and a removed admin on 15 November. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'review-'));
  copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', 'strategy.yaml']);
  git(dir, ['commit', '-q', '-m', 'Strategie vastgesteld'], '2026-09-01T10:00:00+02:00');
  const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
  const changed = text.replace('target: 600', 'target: 500');
  expect(changed).not.toBe(text);
  writeFileSync(join(dir, 'strategy.yaml'), changed);
  git(dir, ['commit', '-q', '-am', 'Streefwaarde bijgesteld'], '2026-11-15T10:00:00+01:00');
  return dir;
}

interface Section {
  heading: string;
  text: string;
}

/** The review's sections (h2) with their text, as markdown-it reads the Markdown. */
function sections(markdown: string): { title: string; sections: Section[]; tables: number } {
  const tokens = new MarkdownIt().parse(markdown, {});
  let title = '';
  const out: Section[] = [];
  let tables = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open' && token.tag === 'h1') title = tokens[i + 1]!.content;
    else if (token.type === 'heading_open' && token.tag === 'h2') out.push({ heading: tokens[i + 1]!.content, text: '' });
    else if (token.type === 'table_open') tables += 1;
    else if (token.type === 'inline' && out.length > 0 && tokens[i - 1]?.type !== 'heading_open')
      out[out.length - 1]!.text += `${token.content}\n`;
  }
  return { title, sections: out, tables };
}

describe('strategy review', () => {
  it('writes the review of a quarter of the mbo example: goals, measurements, course, changes since the last review, the debrief', async () => {
    const dir = repository();
    const io = captureIo({ cwd: dir });
    expect(await run(['review', '--quarter', '2026Q4', '--date', '2027-01-05'], io)).toBe(0);
    expect(io.out()).toBe(
      '✔ Terugblik op 2026-Q4 geschreven naar reviews/2026-Q4.md.\n✔ Terugblik op 2026-Q4 geschreven naar reviews/2026-Q4.html.\n',
    );
    const markdown = readFileSync(join(dir, 'reviews/2026-Q4.md'), 'utf8');
    const read = sections(markdown);
    expect(read.title).toBe('Terugblik vierde kwartaal 2026: Vakcollege Zuiderhaven');
    expect(read.sections.map((s) => s.heading)).toEqual([
      'De doelen in één oogopslag',
      'Aanmeldingen via Instagram',
      'Open dagen via sociale media',
      'Volgers op LinkedIn',
      'Vragen binnen 24 uur beantwoord',
      'Wat er veranderde in de strategie',
      'Terugblik met het team',
      'Aandachtspunten',
    ]);
    const part = (heading: string): string => read.sections.find((s) => s.heading === heading)!.text;
    // The target as it is now (lowered), its measurements in the quarter, and where the line points.
    expect(part('Aanmeldingen via Instagram')).toContain('Streefwaarde: 500 aanmeldingen op 1 april 2027.');
    // Drawn up as of 31 December: the latest figures are from 1 November, too old for a monthly KPI to say anything
    // about the course. Never "op koers" on stale figures.
    expect(part('Aanmeldingen via Instagram')).toContain('**Koers:** onbekend sinds 1\u00A0nov\u00A02026\n');
    expect(part('Aanmeldingen via Instagram')).toContain(
      'Stand per 1 november 2026: 240 aanmeldingen, 48% van de streefwaarde van 500 aanmeldingen.',
    );
    expect(part('Aanmeldingen via Instagram')).toContain(
      'De laatste meting is van 1 november 2026: te oud om iets over de koers te zeggen.',
    );
    expect(part('Aanmeldingen via Instagram')).not.toMatch(/op schema|Verwachte stand|Als dit tempo/);
    // A supporting figure is listed in its own unit, never as an application.
    expect(part('Aanmeldingen via Instagram')).toContain(
      'Bereik van onze Instagram-berichten per maand (ondersteunend)\n27.123 accounts\n',
    );
    // One count of an open day: too few for a forecast.
    expect(part('Open dagen via sociale media')).toContain('**Koers:** nog niet te zeggen (te weinig metingen)\n');
    expect(part('Open dagen via sociale media')).toContain('Voor een verwachting zijn minstens twee metingen nodig.');
    // Each table cell is one line here; dates do not wrap (no-break spaces).
    expect(part('Volgers op LinkedIn')).toContain(
      '1\u00A0okt\u00A02026\nVolgers LinkedIn-pagina\n1.310 volgers\n–\n1\u00A0nov\u00A02026\nVolgers LinkedIn-pagina\n1.370 volgers\n',
    );
    expect(part('Vragen binnen 24 uur beantwoord')).toContain('1\u00A0nov\u00A02026\nAandeel vragen beantwoord binnen 24 uur\n74%\n');
    // Since the review of the third quarter (6 October), from git: the lowered target, as weakening.
    expect(part('Wat er veranderde in de strategie')).toMatch(/^Veranderd sinds 6 oktober 2026; wat de strategie afzwakt, staat bovenaan:/);
    expect(part('Wat er veranderde in de strategie')).toMatch(/\*\*Afgezwakt:\*\* .*600 → 500/);
    // No debrief of this quarter yet: said, with what to do.
    expect(part('Terugblik met het team')).toContain('Nog niet vastgelegd.');
    expect(part('Aandachtspunten')).toContain('Plan de evaluatie met het team en leg de besluiten vast.');
    // Drawn up on 5 January: the monthly figures of December are missing.
    expect(part('Aandachtspunten')).toContain(
      'De laatste meting van *Volgers LinkedIn-pagina* is van 1 november 2026: de metingen daarna ontbreken nog.',
    );
    expect(read.tables).toBe(5);

    // The HTML page: the same sections, and a chart for each goal with measurements.
    const html = readFileSync(join(dir, 'reviews/2026-Q4.html'), 'utf8');
    const document = parseHtml(html);
    const found: string[] = [];
    let svgs = 0;
    const walk = (node: { nodeName: string; childNodes?: unknown[]; value?: string }): void => {
      if (node.nodeName === 'svg') svgs += 1;
      if (node.nodeName === 'h2') found.push(((node.childNodes ?? []) as { value?: string }[]).map((child) => child.value ?? '').join(''));
      for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
    };
    walk(document as unknown as { nodeName: string; childNodes: unknown[] });
    expect(found).toEqual(read.sections.map((s) => s.heading));
    expect(svgs).toBe(4);
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
  });

  it('shows the debrief recorded for the quarter, in English too', async () => {
    const dir = repository();
    const io = captureIo({ cwd: dir });
    expect(await run(['--lang', 'en', 'review', '--quarter', 'Q3-2026', '--date', '2027-01-05', '--stdout'], io)).toBe(0);
    const read = sections(io.out());
    expect(read.title).toBe('Review of the third quarter of 2026: Vakcollege Zuiderhaven');
    // The quarter began before the strategy did; the target as it stood then (600), not the lowered one.
    expect(io.out()).toContain('Period: 1 August 2026 (the start of the strategy) to 30 September 2026.');
    expect(read.sections.find((s) => s.heading === 'Aanmeldingen via Instagram')!.text).toContain(
      'Target: 600 aanmeldingen by 1 April 2027.',
    );
    const debrief = read.sections.find((s) => s.heading === 'Debrief with the team')!.text;
    expect(debrief).toContain('Held on 6 October 2026 with Sanne de Vries, Lotte Bakker and Mehmet Yilmaz.');
    expect(debrief).toContain('**Rose (what went well)**: De reels van de open dag');
    expect(debrief).toContain('Vanaf oktober een vast webcarerooster, ook op woensdagmiddag.');
    // No measurement in August and September: said per goal, and listed for attention.
    expect(read.sections.find((s) => s.heading === 'Followers on LinkedIn' || s.heading === 'Volgers op LinkedIn')!.text).toContain(
      'No measurements in this period.',
    );
    expect(read.sections.find((s) => s.heading === 'Needs attention')!.text).toMatch(
      /No measurement of \*Volgers LinkedIn-pagina\* in this period\./,
    );
    // Nothing before the period in git: said so.
    expect(read.sections.find((s) => s.heading === 'What changed in the strategy')!.text).toBe(
      'There is no earlier version of the strategy from before 1 July 2026 to compare with.\n',
    );
    expect(existsSync(join(dir, 'reviews'))).toBe(false);
  });

  it('says when the strategy is not in git, and refuses a period it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-'));
    copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
    const io = captureIo({ cwd: dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(await run(['review', '--date', '2027-01-05', '--stdout'], io)).toBe(0);
    // In January the review is of the last quarter.
    expect(io.out()).toMatch(/^# Terugblik vierde kwartaal 2026: /m);
    expect(io.out()).toContain('Niet na te gaan: het strategiebestand wordt niet in git bijgehouden');
    const bad = captureIo({ cwd: dir });
    expect(await run(['review', '--quarter', '2027Q5'], bad)).toBe(2);
    expect(bad.err()).toContain('"2027Q5" is geen periode om op terug te blikken. Geef een kwartaal (--quarter 2027Q1)');
    const reversed = captureIo({ cwd: dir });
    expect(await run(['review', '--from', '2027-03-31', '--to', '2027-01-01'], reversed)).toBe(2);
    expect(await run(['review', '--quarter', '0999Q4'], captureIo({ cwd: dir }))).toBe(2);
  });

  it('does not replace a review written by hand, nor the strategy itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-'));
    copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
    mkdirSync(join(dir, 'reviews'));
    writeFileSync(join(dir, 'reviews/2026-Q4.md'), '# Onze eigen aantekeningen\n');
    const io = captureIo({ cwd: dir });
    expect(await run(['--lang', 'en', 'review', '--quarter', '2026Q4'], io)).toBe(2);
    expect(io.err()).toMatch(/Not written: reviews\/2026-Q4\.md was not made by strategy review/);
    expect(readFileSync(join(dir, 'reviews/2026-Q4.md'), 'utf8')).toBe('# Onze eigen aantekeningen\n');
    // Its own earlier review it replaces; with --force the user's too.
    expect(await run(['review', '--quarter', '2026Q4', '--force'], captureIo({ cwd: dir }))).toBe(0);
    expect(await run(['review', '--quarter', '2026Q4'], captureIo({ cwd: dir }))).toBe(0);
    // Never the strategy it reads.
    copyFileSync(join(dir, 'strategy.yaml'), join(dir, '2026-Q4.md'));
    const over = captureIo({ cwd: dir });
    expect(
      await run(['--lang', 'en', 'review', '2026-Q4.md', '--quarter', '2026Q4', '--out-dir', '.', '--format', 'md', '--force'], over),
    ).toBe(2);
    expect(over.err()).toContain('2026-Q4.md is a strategy this command reads');
  });
});

describe('review periods', () => {
  it('reads quarters, months and ranges, and picks the quarter a review looks back on', () => {
    expect(parsePeriod('2027Q1')).toEqual({ label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' });
    expect(parsePeriod('q4 2026')).toEqual({ label: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2028-02')).toEqual({ label: '2028-02', from: '2028-02-01', to: '2028-02-29' });
    expect(parsePeriod('2027-01-01/2027-02-15')).toEqual({ label: '2027-01-01/2027-02-15', from: '2027-01-01', to: '2027-02-15' });
    expect(parsePeriod('2027-02-15/2027-01-01')).toBeUndefined();
    expect(reviewQuarter('2026-11-29').label).toBe('2026-Q3');
    expect(reviewQuarter('2026-12-15').label).toBe('2026-Q4');
    expect(reviewQuarter('2027-02-10').label).toBe('2026-Q4');
  });
});
