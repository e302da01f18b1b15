import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Strategy } from '../../src/model/strategy.js';
import { buildCalendar } from '../../src/render/calendar.js';

/** The language render would write in for a strategy: its own, else Dutch. */
const lang = (strategy: { language?: 'nl' | 'en' }): 'nl' | 'en' => strategy.language ?? 'nl';
import { renderCsv, renderIcs } from '../../src/export/outputs.js';
import { neutralise } from '../../src/export/csv.js';
import { example } from './helpers.js';
import { VTIMEZONES } from '../../build/vtimezones.js';
import { tzlib_get_ical_block } from 'timezones-ical-library';

const base = (extra: Partial<Strategy> = {}): Strategy => ({
  version: 1,
  language: 'en',
  period: { start: '2026-09-07', end: '2026-10-04' },
  channels: { ig: { platform: 'instagram' }, li: { platform: 'linkedin' } },
  team: { members: { anna: { name: 'Anna', hours_per_week: 8 }, bram: { name: 'Bram' } } },
  webcare: { workflow: { approve: { by: ['bram'] } } },
  content: {
    pillars: { news: { name: 'News' } },
    cadence: [{ channel: 'ig', pillar: 'news', per_week: 2, days: ['tue', 'thu'], time: '15:30', owner: 'anna' }],
  },
  ...extra,
});

describe('the generated calendar', () => {
  it('places the cadence on its weekdays over the period, with who prepares it and nobody approving an open slot', () => {
    const posts = buildCalendar(base());
    expect(posts.map((p) => `${p.date} ${p.weekday} ${p.time}`)).toEqual([
      '2026-09-08 tue 15:30',
      '2026-09-10 thu 15:30',
      '2026-09-15 tue 15:30',
      '2026-09-17 thu 15:30',
      '2026-09-22 tue 15:30',
      '2026-09-24 thu 15:30',
      '2026-09-29 tue 15:30',
      '2026-10-01 thu 15:30',
    ]);
    expect(posts[0]).toMatchObject({ channel: 'ig', pillarName: 'News', preparedBy: 'Anna', approvedBy: [], status: 'planned', title: '' });
  });

  it('spreads a fraction: 0.5 a week is a post every other week', () => {
    const strategy = base();
    strategy.content!.cadence = [{ channel: 'li', per_week: 0.5, days: ['mon'] }];
    expect(buildCalendar(strategy).map((p) => p.date)).toEqual(['2026-09-14', '2026-09-28']);
  });

  it('skips blackout periods', () => {
    const strategy = base({ calendar: { blackout: [{ from: '2026-09-14', to: '2026-09-27', reason: 'Holiday' }] } });
    expect(buildCalendar(strategy).map((p) => [p.date, p.kind])).toEqual([
      ['2026-09-08', 'post'],
      ['2026-09-10', 'post'],
      ['2026-09-14', 'day-off'],
      ['2026-09-29', 'post'],
      ['2026-10-01', 'post'],
    ]);
    expect(buildCalendar(strategy).find((e) => e.kind === 'day-off')).toMatchObject({
      title: 'Holiday',
      until: '2026-09-27',
      dayOff: { kind: 'blackout', skip: true },
    });
  });

  it('lets an explicit item fill the generated slot of its channel, day and pillar, and adds key dates', () => {
    const strategy = base({
      calendar: {
        items: [{ date: '2026-09-10', channel: 'ig', title: 'Open day countdown', status: 'ready' }],
        key_dates: [{ date: '2026-09-12', title: 'Open day' }],
      },
    });
    const entries = buildCalendar(strategy).filter((e) => e.date >= '2026-09-10' && e.date <= '2026-09-12');
    expect(entries.map((e) => [e.date, e.kind, e.title, e.status])).toEqual([
      ['2026-09-10', 'post', 'Open day countdown', 'ready'],
      ['2026-09-12', 'key-date', 'Open day', 'planned'],
    ]);
    // The item keeps the cadence's time and owner for that channel and pillar when it names none.
    expect(entries[0]).toMatchObject({ time: '15:30' });
  });

  it('gives stable UIDs that do not depend on the order of the cadence', () => {
    const strategy = base();
    strategy.content!.cadence!.push({ channel: 'li', per_week: 1, days: ['wed'] });
    const before = buildCalendar(strategy)
      .map((e) => e.uid)
      .sort();
    strategy.content!.cadence!.reverse();
    expect(
      buildCalendar(strategy)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
  });

  it('filters by range and channel', () => {
    const strategy = base();
    strategy.content!.cadence!.push({ channel: 'li', per_week: 1, days: ['wed'] });
    expect(buildCalendar(strategy, { from: '2026-09-15', to: '2026-09-17', channel: 'li' }).map((e) => e.date)).toEqual(['2026-09-16']);
  });
});

describe('the iCalendar export', () => {
  const strategy = example('mbo');
  const ics = renderIcs(strategy, buildCalendar(strategy), lang(strategy));
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');

  it('parses with ical.js and has one event per calendar entry', () => {
    expect(events).toHaveLength(buildCalendar(strategy).length);
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/strategy/);
  });

  it('takes the VTIMEZONE the build looked up ahead of time as the library gives it now, and other zones from the library', () => {
    expect(VTIMEZONES['Europe/Amsterdam']).toBe(tzlib_get_ical_block('Europe/Amsterdam')[0]);
    const lisbon = new ICAL.Component(
      ICAL.parse(
        renderIcs({ ...strategy, calendar: { ...strategy.calendar, timezone: 'Europe/Lisbon' } }, buildCalendar(strategy), lang(strategy)),
      ),
    );
    expect(lisbon.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Lisbon');
  });

  it('puts posts in Europe/Amsterdam with its VTIMEZONE, and key dates as all-day events', () => {
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    const post = events.find(
      (e) => e.getFirstPropertyValue('uid') === 'item-aftellen-open-dag-november@vakcollege-zuiderhaven.example.nl',
    )!;
    const start = post.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(String(start.getFirstValue())).toBe('2026-11-16T15:30:00');
    const openDay = events.find((e) => String(e.getFirstPropertyValue('summary')).endsWith('Open dag'))!;
    expect((openDay.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
  });

  it('escapes user text: commas, semicolons and newlines come back as typed', () => {
    const tricky = base({ calendar: { items: [{ date: '2026-09-09', channel: 'ig', title: 'Hi, there; a\\b\nnew line' }] } });
    const parsed = new ICAL.Component(ICAL.parse(renderIcs(tricky, buildCalendar(tricky), lang(tricky))));
    const summaries = parsed.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries).toContain('[Instagram] Hi, there; a\\b\nnew line');
  });

  it('folds long lines at 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('is the same every time, with a fixed DTSTAMP', () => {
    expect(renderIcs(strategy, buildCalendar(strategy), lang(strategy))).toBe(ics);
    expect(new Set(events.map((e) => String(e.getFirstPropertyValue('dtstamp'))))).toEqual(new Set(['2026-08-01T00:00:00Z']));
  });
});

describe('the CSV export', () => {
  it('parses back with a header, one row per entry, semicolons for Dutch', () => {
    const strategy = example('mbo');
    const csv = renderCsv(strategy, buildCalendar(strategy), lang(strategy));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]!.slice(0, 9)).toEqual(['Week', 'Datum', 'T/m', 'Dag', 'Tijd', 'Soort', 'Kanaal', 'Contentpijler', 'Onderwerp']);
    expect(rows[0]!.at(-1)).toBe('Kenmerk');
    expect(rows).toHaveLength(buildCalendar(strategy).length + 1);
    expect(rows.find((r) => r[8] === 'Praktische info open dag voor ouders (parkeren, programma)')).toBeDefined();
  });

  it('takes the separator the user asks for, and a semicolon by default also for an English strategy', () => {
    const english = base();
    const firstLine = (csv: string): string => csv.slice(1, csv.indexOf('\r\n'));
    expect(firstLine(renderCsv(english, buildCalendar(english), 'en'))).toMatch(/^Week;Date;Until;Day;/);
    expect(firstLine(renderCsv(english, buildCalendar(english), 'en', ','))).toMatch(/^Week,Date,Until,Day,/);
    expect(firstLine(renderCsv(english, buildCalendar(english), 'en', 'tab'))).toMatch(/^Week\tDate\tUntil\tDay\t/);
    const configured = base({ calendar: { csv: { delimiter: ',' } } });
    const rows = parseCsv(renderCsv(configured, buildCalendar(configured), 'en'), { bom: true, delimiter: ',' }) as string[][];
    expect(rows[1]!.slice(0, 9)).toEqual(['37', '2026-09-08', '', 'Tue', '15:30', 'Post', 'Instagram', 'News', '(topic to be chosen)']);
  });

  it('quotes separators and line breaks, and neutralises formulas', () => {
    const strategy = base({
      calendar: { items: [{ date: '2026-09-09', channel: 'ig', title: '=HYPERLINK("http://evil","click"), "quoted"\nline' }] },
    });
    const rows = parseCsv(renderCsv(strategy, buildCalendar(strategy), lang(strategy)), { bom: true, delimiter: ';' }) as string[][];
    expect(rows.find((r) => r[1] === '2026-09-09')?.[8]).toBe(`'=HYPERLINK("http://evil","click"), "quoted"\nline`);
    expect(['=1', '+1', '-1', '@x', '\tx', 'ok'].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\tx", 'ok']);
  });
});

describe('an earlier calendar that was edited by hand', () => {
  it('cannot make a SEQUENCE that is not a whole number', () => {
    const strategy = base();
    const first = renderIcs(strategy, buildCalendar(strategy), 'en');
    const mangled = first.replace(/SEQUENCE:0/g, 'SEQUENCE:1e309').replace(/X-STRATEGY-CONTENT:[^\r\n]+/, 'X-STRATEGY-CONTENT:changed');
    const again = renderIcs(strategy, buildCalendar(strategy), 'en', { ics: mangled, now: '20261201T120000Z' });
    const sequences = [...again.matchAll(/^SEQUENCE:(.*)$/gm)].map((m) => m[1]!.trim());
    expect(sequences.every((value) => /^\d+$/.test(value))).toBe(true);
    // The one event whose fingerprint no longer matched is counted as changed.
    expect(sequences.filter((value) => value === '1')).toHaveLength(1);
    expect(new ICAL.Component(ICAL.parse(again)).getAllSubcomponents('vevent')).toHaveLength(buildCalendar(strategy).length);
  });
});

describe('user text in the iCalendar', () => {
  it('cannot start a property of its own with a bare carriage return', () => {
    const strategy = base({
      calendar: { key_dates: [{ date: '2026-09-12', title: 'Open\rATTACH:https://evil.example/x\u2028URL:https://evil.example' }] },
    });
    const ics = renderIcs(strategy, buildCalendar(strategy), 'en');
    expect(ics.split('\r\n').filter((line) => /^(ATTACH|URL):/.test(line))).toEqual([]);
    const event = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .find((e) => String(e.getFirstPropertyValue('summary')).includes('Open'))!;
    expect(String(event.getFirstPropertyValue('summary'))).toBe('Key date: Open\nATTACH:https://evil.example/x\nURL:https://evil.example');
  });
});
