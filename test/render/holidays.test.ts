// The holiday data shipped in data/holidays-nl.json: the public holidays are what date-holidays
// computes, the school holidays are whole weeks from Saturday to Sunday, and the data covers
// the period of every bundled example.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../helpers/io.js';
import { publicHolidays, PUBLIC_YEARS, parseSchoolYear } from '../../scripts/refresh-holidays.mjs';
import { daysOff as offsOf, publicCoverage, schoolCoverage } from '../../src/core/holidays.js';
import { dayOffName } from '../../src/render/day-off-names.js';
import type { Strategy as HolidayStrategy } from '../../src/model/strategy.js';

/** The days off in [from, to], each named as the reader in `language` knows it. */
const daysOff = (strategy: HolidayStrategy, language: 'nl' | 'en', from: string, to: string) =>
  offsOf(strategy, from, to).map((off) => ({ ...off, name: dayOffName(off, language) }));
import { buildCalendar, uidDomain } from '../../src/render/calendar.js';
import { isoWeek, toDay } from '../../src/core/days.js';
import { spread } from '../../src/core/plan.js';
import type { Strategy } from '../../src/model/strategy.js';

const data = JSON.parse(readFileSync(join(packageRoot, 'data/holidays-nl.json'), 'utf8'));
const examples = ['mbo', 'adult-education', 'university-en'].map(
  (name) => parse(readFileSync(join(packageRoot, `examples/${name}/strategy.yaml`), 'utf8')) as Strategy,
);

describe('the holiday data', () => {
  it('has the public holidays date-holidays computes now: run scripts/refresh-holidays.mjs --public when this fails', () => {
    expect(data.public.years).toEqual(PUBLIC_YEARS);
    expect(data.public.days).toEqual(publicHolidays());
    expect(data.public.licence).toMatch(/CC BY 3\.0/);
  });

  it('has school holidays of whole weeks, Saturday to Sunday, in every region, with source and licence', () => {
    expect(data.school.licence).toMatch(/CC0/);
    expect(data.school.source).toMatch(/rijksoverheid/i);
    for (const year of data.school.years) {
      expect(year.holidays.map((h: { id: string }) => h.id)).toEqual(['autumn', 'christmas', 'spring', 'may', 'summer']);
      for (const holiday of year.holidays) {
        for (const region of ['noord', 'midden', 'zuid']) {
          const [from, to] = holiday[region] as [string, string];
          expect(new Date(from).getUTCDay(), `${year.schoolyear} ${holiday.id} ${region}`).toBe(6);
          expect(new Date(to).getUTCDay(), `${year.schoolyear} ${holiday.id} ${region}`).toBe(0);
          expect((toDay(to) - toDay(from) + 1) % 7).toBe(2);
        }
      }
    }
  });

  it.each(examples.map((strategy) => [strategy.organisation?.name, strategy] as const))(
    'covers the period of the example of %s',
    (_, strategy) => {
      const period = strategy.period!;
      expect(period.start >= publicCoverage().from && period.end <= publicCoverage().to).toBe(true);
      for (const region of ['noord', 'midden', 'zuid'] as const) {
        const covered = schoolCoverage(region)!;
        expect(period.start >= covered.from && period.end <= covered.to, `${region}: ${JSON.stringify(covered)}`).toBe(true);
      }
    },
  );

  it('reads the government’s answer: trimmed types, "heel Nederland", local dates from UTC times', () => {
    const year = parseSchoolYear({
      content: [
        {
          schoolyear: ' 2026-2027 ',
          vacations: [
            {
              type: '\n Herfstvakantie \n',
              compulsorydates: 'false',
              regions: [
                { region: 'noord', startdate: '2026-10-09T22:00:00.000Z', enddate: '2026-10-18T21:59:00.000Z' },
                { region: 'midden', startdate: '2026-10-17T00:00:00.000Z', enddate: '2026-10-25T22:59:00.000Z' },
                { region: 'zuid', startdate: '2026-10-17T00:00:00.000Z', enddate: '2026-10-25T22:59:00.000Z' },
              ],
            },
            {
              type: 'Kerstvakantie',
              compulsorydates: 'true',
              regions: [{ region: 'heel Nederland', startdate: '2026-12-18T23:00:00.000Z', enddate: '2027-01-03T22:59:00.000Z' }],
            },
            {
              type: 'Meivakantie',
              compulsorydates: 'false',
              regions: [{ region: 'heel Nederland', startdate: '2027-04-23T22:00:00.000Z', enddate: '2027-05-02T21:59:00.000Z' }],
            },
          ],
        },
      ],
    });
    expect(year).toEqual({
      schoolyear: '2026-2027',
      holidays: [
        {
          id: 'autumn',
          advisory: true,
          noord: ['2026-10-10', '2026-10-18'],
          midden: ['2026-10-17', '2026-10-25'],
          zuid: ['2026-10-17', '2026-10-25'],
        },
        {
          id: 'christmas',
          advisory: false,
          noord: ['2026-12-19', '2027-01-03'],
          midden: ['2026-12-19', '2027-01-03'],
          zuid: ['2026-12-19', '2027-01-03'],
        },
        {
          id: 'may',
          advisory: false,
          noord: ['2027-04-24', '2027-05-02'],
          midden: ['2027-04-24', '2027-05-02'],
          zuid: ['2027-04-24', '2027-05-02'],
        },
      ],
    });
  });
});

describe('holidays in a strategy', () => {
  const school = (holidays: NonNullable<Strategy['calendar']>['holidays']): Strategy => ({
    version: 1,
    period: { start: '2026-08-01', end: '2027-07-31' },
    calendar: { holidays },
  });

  it('takes the region’s school holidays, a moved autumn holiday and a day of the school’s own', () => {
    const offs = daysOff(
      school({
        region: 'noord',
        local: [
          { from: '2026-10-17', to: '2026-10-25', replaces: 'autumn' },
          { from: '2027-02-12', to: '2027-02-12', name: 'Studiedag' },
        ],
      }),
      'nl',
      '2026-10-01',
      '2027-02-28',
    );
    expect(
      offs
        .filter((off) => off.kind !== 'public' && off.kind !== 'remembrance')
        .map((off) => [off.kind, off.name, off.from, off.to, off.skip]),
    ).toEqual([
      ['school', 'Herfstvakantie', '2026-10-17', '2026-10-25', true],
      ['school', 'Kerstvakantie', '2026-12-19', '2027-01-03', true],
      ['local', 'Studiedag', '2027-02-12', '2027-02-12', true],
      ['school', 'Voorjaarsvakantie', '2027-02-20', '2027-02-28', true],
    ]);
  });

  it('marks instead of skipping, or leaves out, as the strategy says; 4 May is only marked', () => {
    const marked = daysOff(school({ region: 'midden', public: 'mark', school: 'mark' }), 'en', '2027-04-20', '2027-05-06');
    expect(marked.map((off) => [off.name, off.skip])).toEqual([
      ['May holiday', false],
      ["King's Day", false],
      ['Remembrance of the Dead', false],
      ['Liberation Day', false],
      ['Ascension Day', false],
    ]);
    expect(daysOff(school({ public: 'ignore', school: 'ignore', region: 'zuid' }), 'en', '2027-04-20', '2027-05-06')).toEqual([]);
    const skipped = daysOff(school({}), 'nl', '2027-04-20', '2027-05-06');
    expect(skipped.map((off) => [off.name, off.skip])).toEqual([
      ['Koningsdag', true],
      ['Dodenherdenking', false],
      ['Bevrijdingsdag', true],
      ['Hemelvaartsdag', true],
    ]);
  });
});

describe('the generated calendar', () => {
  it('takes listed days in turn when there are fewer posts than days, and never puts two posts of a line at one time', () => {
    const days = (slots: Parameters<typeof spread>[0], count: number, week: number) =>
      spread(slots, count, week, 0).map((slot) => ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][slot.weekday]);
    expect([0, 1, 2, 3].map((week) => days({ days: ['tue', 'fri'], times: ['09:00'] }, 1, week))).toEqual([
      ['tue'],
      ['fri'],
      ['tue'],
      ['fri'],
    ]);
    expect(days({ days: ['mon', 'wed'], times: ['09:00'] }, 3, 0)).toEqual(['mon', 'wed']);
    expect(days({ days: ['mon', 'wed'], times: ['09:00', '12:00'] }, 3, 0)).toEqual(['mon', 'mon', 'wed']);
    expect(days({ days: ['mon', 'wed', 'fri'], times: ['09:00'] }, 2, 0)).toEqual(['mon', 'wed']);
  });

  it('numbers weeks as ISO 8601 does', () => {
    expect(
      ['2026-12-31', '2027-01-01', '2027-01-03', '2027-01-04', '2026-08-24', '2020-12-31'].map((date) => isoWeek(toDay(date))),
    ).toEqual([53, 53, 53, 1, 35, 53]);
  });

  it('makes UIDs of the website’s domain or the one configured, never of the organisation’s name', () => {
    const strategy: Strategy = { version: 1, organisation: { name: 'De Klimop', website: 'https://www.klimop.example.nl/over-ons' } };
    expect(uidDomain(strategy)).toBe('klimop.example.nl');
    expect(uidDomain({ ...strategy, calendar: { uid_domain: 'Agenda.Klimop.nl' } })).toBe('agenda.klimop.nl');
    expect(uidDomain({ version: 1, organisation: { name: 'De Klimop' } })).toBe('strategy.invalid');
  });

  it('keeps every UID when titles, the organisation’s name or the order of items change', () => {
    const strategy: Strategy = {
      version: 1,
      organisation: { name: 'De Klimop', website: 'https://klimop.example.nl' },
      period: { start: '2026-09-07', end: '2026-09-20' },
      channels: { ig: { platform: 'instagram' } },
      content: { cadence: [{ channel: 'ig', per_week: 2, days: ['tue', 'thu'] }] },
      calendar: {
        key_dates: [{ date: '2026-09-12', title: 'Open dag' }],
        items: [
          { date: '2026-09-09', channel: 'ig', title: 'Eerste' },
          { id: 'tweede', date: '2026-09-10', channel: 'ig', title: 'Tweede' },
        ],
      },
    };
    const uids = (s: Strategy): string[] =>
      buildCalendar(s)
        .map((e) => e.uid)
        .sort();
    const before = uids(strategy);
    const changed = structuredClone(strategy);
    changed.organisation!.name = 'Basisschool De Klimop';
    changed.calendar!.key_dates![0]!.title = 'Onze open dag';
    changed.calendar!.items = [
      { ...changed.calendar!.items![1]!, date: '2026-09-17', title: 'Later' },
      { ...changed.calendar!.items![0]!, title: 'Eerst' },
    ];
    expect(before).toContain('item-tweede@klimop.example.nl');
    expect(uids(changed).filter((uid) => !uid.startsWith('post-'))).toEqual(before.filter((uid) => !uid.startsWith('post-')));
  });

  const week = (extra: Partial<Strategy>): Strategy => ({
    version: 1,
    period: { start: '2027-04-26', end: '2027-05-09' },
    channels: { ig: { platform: 'instagram' } },
    content: { pillars: { nieuws: { name: 'Nieuws' }, school: { name: 'Schoolleven' } } },
    ...extra,
  });

  it('moves a week’s post to the next listed day when its day is a holiday, and plans no evening post on 4 May', () => {
    const ascension = week({ content: { cadence: [{ channel: 'ig', per_week: 1, days: ['thu', 'fri'] }] } });
    // Week 1: Thursday 29 April; week 2: Friday 7 May (the turn), not moved.
    expect(
      buildCalendar(ascension)
        .filter((e) => e.kind === 'post')
        .map((e) => e.date),
    ).toEqual(['2027-04-29', '2027-05-07']);
    const kings = week({ content: { cadence: [{ channel: 'ig', per_week: 1, days: ['tue', 'wed'] }] } });
    // Tuesday 27 April is King's Day: the post moves to Wednesday. The next week's turn is
    // Wednesday 5 May, Liberation Day: no listed day comes after it that week, so the post takes
    // the channel's free slot earlier that week (Tuesday 4 May, in the morning), and the week keeps its post.
    expect(
      buildCalendar(kings)
        .filter((e) => e.kind === 'post')
        .map((e) => `${e.date} ${e.time}`),
    ).toEqual(['2027-04-28 10:30', '2027-05-04 10:30']);
    const evening = week({
      content: { cadence: [{ channel: 'ig', per_week: 7, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], time: '19:30' }] },
      calendar: { holidays: { public: 'mark' } },
    });
    expect(
      buildCalendar(evening)
        .filter((e) => e.kind === 'post')
        .map((e) => e.date),
    ).not.toContain('2027-05-04');
  });

  it('lets an item fill the slot at its time or of its pillar, and keep that slot’s UID', () => {
    const strategy = week({
      organisation: { name: 'X', website: 'https://x.example.nl' },
      content: {
        cadence: [
          { channel: 'ig', pillar: 'nieuws', per_week: 1, days: ['mon'], time: '09:00' },
          { channel: 'ig', pillar: 'school', per_week: 1, days: ['mon'], time: '15:00' },
        ],
      },
    });
    const slots = buildCalendar(strategy).filter((e) => e.kind === 'post' && e.date === '2027-05-03');
    expect(slots.map((e) => [e.pillar, e.uid])).toEqual([
      ['nieuws', 'post-ig-2027-05-03-0900@x.example.nl'],
      ['school', 'post-ig-2027-05-03-1500@x.example.nl'],
    ]);
    strategy.calendar = { items: [{ date: '2027-05-03', channel: 'ig', pillar: 'nieuws', title: 'Open avond' }] };
    const filled = buildCalendar(strategy).filter((e) => e.kind === 'post' && e.date === '2027-05-03');
    expect(filled.map((e) => [e.pillar, e.title, e.uid])).toEqual([
      ['nieuws', 'Open avond', 'post-ig-2027-05-03-0900@x.example.nl'],
      ['school', '', 'post-ig-2027-05-03-1500@x.example.nl'],
    ]);
  });
});
