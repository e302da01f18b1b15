// The calendar knows the Dutch school year: the mbo example, rendered by the installed
// command, plans nothing on public holidays or in the school holidays of its region, and
// names each of those days in calendar.md, calendar.csv and calendar.ics, read back with
// real parsers. A second render after an edit changes one event's SEQUENCE and keeps every UID.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../helpers/io.js';
import { daysOff as offsOf } from '../../src/core/holidays.js';
import { dayOffName } from '../../src/render/day-off-names.js';
import type { Strategy as HolidayStrategy } from '../../src/model/strategy.js';

/** The days off in [from, to], each named as the reader in `language` knows it. */
const daysOff = (strategy: HolidayStrategy, language: 'nl' | 'en', from: string, to: string) =>
  offsOf(strategy, from, to).map((off) => ({ ...off, name: dayOffName(off, language) }));
import type { Strategy } from '../../src/model/strategy.js';

const project = inject('installedProject');
const bin = join(project, 'node_modules', '.bin', 'strategy');
const env = { PATH: process.env.PATH ?? '', LANG: 'nl_NL.UTF-8', SOURCE_DATE_EPOCH: '1795000000' };

function strategy(dir: string, args: string[]) {
  const result = spawnSync(bin, args, { cwd: dir, env, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function project_(example: string): string {
  const dir = mkdtempSync(join(project, 'school-year-'));
  copyFileSync(join(packageRoot, `examples/${example}/strategy.yaml`), join(dir, 'strategy.yaml'));
  return dir;
}

const DAY = 86_400_000;
const datesOf = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let day = Date.parse(from); day <= Date.parse(to); day += DAY) out.push(new Date(day).toISOString().slice(0, 10));
  return out;
};

interface IcsEvent {
  uid: string;
  sequence: number;
  summary: string;
  start: string;
  allDay: boolean;
  transp: string;
}

function events(ics: string): IcsEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      sequence: Number(event.getFirstPropertyValue('sequence')),
      summary: String(event.getFirstPropertyValue('summary')),
      start: start.toString().slice(0, 10),
      allDay: start.isDate,
      transp: String(event.getFirstPropertyValue('transp')),
    };
  });
}

describe('the mbo example’s calendar, as installed', () => {
  const dir = project_('mbo');
  const rendered = strategy(dir, ['render']);
  const source = parseYaml(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as Strategy;
  const offs = daysOff(source, 'nl', source.period!.start, source.period!.end).filter(
    (off) => off.kind === 'public' || off.kind === 'school',
  );
  const skipped = new Set(offs.filter((off) => off.skip).flatMap((off) => datesOf(off.from, off.to)));
  const md = readFileSync(join(dir, 'docs/calendar.md'), 'utf8');
  const csv = parseCsv(readFileSync(join(dir, 'docs/calendar.csv'), 'utf8'), {
    bom: true,
    delimiter: ';',
    relax_column_count: false,
  }) as string[][];
  const ics = events(readFileSync(join(dir, 'docs/calendar.ics'), 'utf8'));

  it('renders', () => {
    expect(rendered.stderr).toBe('');
    expect(rendered.code).toBe(0);
    // Koningsdag, Hemelvaart, Pinksteren, Christmas and the region's five school holidays.
    expect(offs.map((off) => off.name)).toEqual(
      expect.arrayContaining([
        'Koningsdag',
        'Hemelvaartsdag',
        'Tweede Pinksterdag',
        'Eerste Kerstdag',
        'Herfstvakantie',
        'Kerstvakantie',
        'Voorjaarsvakantie',
        'Meivakantie',
        'Zomervakantie',
      ]),
    );
  });

  it('plans no post on a public holiday or in the school holidays of region zuid', () => {
    const postDays = csv
      .slice(1)
      .filter((row) => row[5] === 'Bericht')
      .map((row) => row[1]!);
    expect(postDays.length).toBeGreaterThan(300);
    expect(postDays.filter((day) => skipped.has(day))).toEqual([]);
    const icsPosts = ics.filter((event) => !event.allDay).map((event) => event.start);
    expect(icsPosts.filter((day) => skipped.has(day))).toEqual([]);
    // 28 April 2027 (zuid's autumn holiday is 17–25 October 2026): in term, so posts go ahead.
    expect(postDays).toContain('2026-10-26');
    expect(postDays.filter((day) => day >= '2026-10-17' && day <= '2026-10-25')).toEqual([]);
  });

  it('names every holiday in the Markdown, as markdown-it reads it', () => {
    const html = new MarkdownIt().render(md);
    const cells = [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((match) => match[1]!);
    for (const off of offs) {
      const row = cells.findIndex((cell) => cell.includes(`<strong>${off.name}</strong>`));
      expect(row, off.name).toBeGreaterThan(-1);
    }
    expect(html).toContain('<strong>Koningsdag</strong>: geen vaste berichten');
    expect(html).toMatch(/<strong>Herfstvakantie<\/strong> t\/m 25\u00A0okt: geen vaste berichten; landelijke adviesdata/);
    expect(html).toContain('Zomersluiting (gebouw en communicatieafdeling dicht)');
    expect(html).toContain('Dodenherdenking</strong>: berichten tot 18.00 uur; om 20.00 uur twee minuten stilte');
  });

  it('names every holiday in the CSV, with Dutch headers and channel names', () => {
    expect(csv[0]).toEqual([
      'Week',
      'Datum',
      'T/m',
      'Dag',
      'Tijd',
      'Soort',
      'Kanaal',
      'Contentpijler',
      'Onderwerp',
      'Tekst',
      'Link',
      'Beeld',
      'Hashtags',
      'Campagne',
      'Vorm',
      'Maker',
      'Goedgekeurd door',
      'Goedgekeurd op',
      'Status',
      'Gepubliceerd op',
      'Kenmerk',
    ]);
    for (const off of offs)
      expect(
        csv.some((row) => row[8]!.startsWith(off.name)),
        off.name,
      ).toBe(true);
    const kings = csv.find((row) => row[8]!.startsWith('Koningsdag'))!;
    expect(kings.slice(0, 9)).toEqual(['17', '2027-04-27', '', 'di', '', 'Feestdag', '', '', 'Koningsdag: geen vaste berichten']);
    expect(csv.some((row) => row[5] === 'Stilteperiode' && row[8]!.startsWith('Zomersluiting'))).toBe(true);
    const channels = new Set(
      csv
        .slice(1)
        .filter((row) => row[5] === 'Bericht')
        .map((row) => row[6]),
    );
    expect(channels).toEqual(new Set(['Instagram', 'TikTok', 'Facebook', 'LinkedIn']));
    // A key date keeps its channels.
    expect(csv.find((row) => row[8] === 'Open dag')?.[6]).toBe('Instagram, Facebook, TikTok');
    // An open slot is not planned content yet, and nobody has approved it.
    expect(csv.find((row) => row[5] === 'Bericht' && row[7] === 'Studentenleven')?.slice(15, 19)).toEqual([
      'Lotte Bakker',
      '',
      '',
      'nog invullen',
    ]);
    // Generated posts leave the topic open instead of repeating the pillar.
    expect(csv.find((row) => row[5] === 'Bericht' && row[7] === 'Studentenleven')?.[8]).toBe('(onderwerp nog kiezen)');
  });

  it('names every holiday in the iCalendar as an all-day event that leaves the day free', () => {
    for (const off of offs) {
      const event = ics.find((e) => e.summary.startsWith(off.name));
      expect(event, off.name).toBeDefined();
      expect(event!.allDay).toBe(true);
      expect(event!.transp).toBe('TRANSPARENT');
    }
    expect(ics.filter((e) => !e.allDay).every((e) => e.transp === 'TRANSPARENT')).toBe(true);
  });

  it('takes the UTM parameters and the item’s fields into every output', () => {
    const item = csv.find((row) => row[8] === 'Aftellen naar de open dag — wat kun je zaterdag doen?')!;
    expect(new URL(item[10]!).searchParams.get('utm_source')).toBe('instagram');
    expect(new URL(item[10]!).searchParams.get('utm_campaign')).toBe('open-dagen-2026-2027');
    expect(item[12]).toBe('#opendag #mbo #vakcollegezuiderhaven');
    expect(item[17]).toBe('2026-11-12');
    expect(item[20]).toBe('item-aftellen-open-dag-november@vakcollege-zuiderhaven.example.nl');
  });

  it('changes one event’s SEQUENCE when one title changes, and keeps every UID, also when the organisation is renamed', () => {
    const before = ics;
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(text).toContain('title: Diploma-uitreiking');
    writeFileSync(
      join(dir, 'strategy.yaml'),
      text
        .replace('title: Diploma-uitreiking', 'title: Onze diploma-uitreiking')
        .replace('name: Vakcollege Zuiderhaven', 'name: Vakcollege Zuiderhaven-Noord'),
    );
    const again = strategy(dir, ['render']);
    expect(again.stderr).toBe('');
    const after = events(readFileSync(join(dir, 'docs/calendar.ics'), 'utf8'));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    const changed = after.filter((e, i) => e.sequence !== before[i]!.sequence);
    expect(changed.map((e) => [e.summary, e.sequence])).toEqual([['Belangrijke datum: Onze diploma-uitreiking', 1]]);
    const raw = readFileSync(join(dir, 'docs/calendar.ics'), 'utf8');
    // DTSTAMP of the changed event is the time of the render (SOURCE_DATE_EPOCH here).
    expect(raw).toContain('DTSTAMP:20261118T110640Z');
  });
});
