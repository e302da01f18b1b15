// The content calendar a team posts from, checked over generated strategies against truths the
// test works out itself from the raw input: the week's count from the cadence, the holidays
// from the shipped data file, the events from the iCalendar file as ical.js reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/render/calendar.js';
import type { CalendarEntry } from '../../src/render/calendar.js';
import { renderIcs } from '../../src/export/outputs.js';
import type { Strategy, Weekday } from '../../src/model/strategy.js';
import { packageRoot } from '../helpers/io.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TIMES = ['08:00', '09:30', '12:15', '15:30', '19:30', '21:00'];
const PLATFORMS = ['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'other'];
const PER_WEEK = [0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7];

// Day arithmetic of the test's own, in UTC milliseconds.
const DAY = 86_400_000;
const ms = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);
const weekdayOf = (date: string): Weekday => DAYS[(new Date(ms(date)).getUTCDay() + 6) % 7]!;
const mondayOf = (date: string): string => iso(ms(date) - DAYS.indexOf(weekdayOf(date)) * DAY);

const holidays = JSON.parse(readFileSync(join(packageRoot, 'data/holidays-nl.json'), 'utf8')) as { public: { days: [string, string][] } };
/** The public holidays the calendar skips by default (4 May is a remembrance, not a day off). */
const PUBLIC_DAYS = new Set(holidays.public.days.filter(([, id]) => id !== 'remembrance').map(([date]) => date));
/** 4 May: posts until 18:00, silence at 20:00. */
const REMEMBRANCE = new Set(holidays.public.days.filter(([, id]) => id === 'remembrance').map(([date]) => date));

const posts = (strategy: Strategy): CalendarEntry[] => buildCalendar(strategy).filter((entry) => entry.kind === 'post');

interface Shape {
  start: string;
  weeks: number;
  channels: { platform: string; days: Weekday[]; times: string[]; perWeek: number; pillars: number[] }[];
  pillars: (number | null)[];
}

/** Strategies whose channels each post in one line over their own slots, with room for every post. */
const shape: fc.Arbitrary<Shape> = fc
  .record({
    start: fc.integer({ min: 0, max: 300 }).map((offset) => iso(ms('2026-08-01') + offset * DAY)),
    weeks: fc.integer({ min: 2, max: 20 }),
    pillars: fc.array(fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }), { minLength: 0, maxLength: 4 }),
    channels: fc.array(
      fc.record({
        platform: fc.constantFrom(...PLATFORMS),
        days: fc.subarray(DAYS, { minLength: 1 }),
        times: fc.subarray(TIMES, { minLength: 1, maxLength: 3 }),
        perWeek: fc.constantFrom(...PER_WEEK),
        pillars: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  // Room for every post: a week's count fits the channel's slots.
  .filter((s) => s.channels.every((c) => Math.ceil(c.perWeek) <= c.days.length * c.times.length));

function strategyOf(s: Shape, extra: Partial<Strategy> = {}): Strategy {
  const pillarIds = s.pillars.map((_, i) => `p${i}`);
  return {
    version: 1,
    organisation: { name: 'Generated', website: 'https://generated.example.nl' },
    period: { start: s.start, end: iso(ms(s.start) + (s.weeks * 7 - 1) * DAY) },
    channels: Object.fromEntries(
      s.channels.map((c, i) => [`c${i}`, { platform: c.platform as 'other', slots: { days: c.days, times: c.times } }]),
    ),
    content: {
      pillars: Object.fromEntries(
        s.pillars.map((share, i) => [
          pillarIds[i]!,
          {
            name: `Pillar ${i}`,
            channels: s.channels.flatMap((c, ci) => (c.pillars.includes(i) ? [`c${ci}`] : [])),
            ...(share !== null ? { share } : {}),
          },
        ]),
      ),
      cadence: s.channels.map((c, i) => ({ channel: `c${i}`, per_week: c.perWeek })),
    },
    ...extra,
  };
}

/** The posts in week `w` of a line of `perWeek`: the running total rounded down, so fractions spread over the period. */
const expectedInWeek = (perWeek: number, w: number): number => Math.floor((w + 1) * perWeek + 1e-9) - Math.floor(w * perWeek + 1e-9);

describe('the planned calendar, over generated strategies', () => {
  it('never puts two posts of a channel at one time, and keeps each full week to the cadence', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const strategy = strategyOf(s, { calendar: { holidays: { public: 'ignore' } } });
        const planned = posts(strategy);
        const slots = planned.map((p) => `${p.channel} ${p.date} ${p.time}`);
        expect(new Set(slots).size).toBe(slots.length);
        const firstMonday = mondayOf(s.start);
        for (const [i, c] of s.channels.entries()) {
          for (let w = 0; w < s.weeks + 1; w++) {
            const monday = iso(ms(firstMonday) + w * 7 * DAY);
            const sunday = iso(ms(monday) + 6 * DAY);
            if (monday < strategy.period!.start || sunday > strategy.period!.end) continue;
            const count = planned.filter((p) => p.channel === `c${i}` && p.date >= monday && p.date <= sunday).length;
            expect(count, `c${i} week of ${monday}`).toBe(expectedInWeek(c.perWeek, w));
            // Every post in one of the channel's own slots.
            for (const p of planned.filter((e) => e.channel === `c${i}`)) {
              expect(c.days).toContain(p.weekday);
              expect(c.times).toContain(p.time);
            }
          }
        }
      }),
      { numRuns: RUNS, seed: 20261206 },
    );
  });

  it('takes the pillars of a channel in turn, each as often as its share', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const strategy = strategyOf(s, { calendar: { holidays: { public: 'ignore' } } });
        const planned = posts(strategy);
        for (const [i] of s.channels.entries()) {
          const onChannel = planned.filter((p) => p.channel === `c${i}`);
          // The pillars posted on this channel (all of them when no pillar names its channels), and their weights.
          const listsChannels = s.channels.some((c) => c.pillars.some((p) => p < s.pillars.length));
          const eligible = s.pillars
            .map((share, p) => ({ p, share: share ?? 1 }))
            .filter(({ p }) => !listsChannels || s.channels[i]!.pillars.includes(p));
          const total = eligible.reduce((sum, e) => sum + e.share, 0);
          if (eligible.length === 0) {
            expect(onChannel.every((p) => p.pillar === null)).toBe(true);
            continue;
          }
          for (const { p, share } of eligible) {
            const got = onChannel.filter((post) => post.pillar === `p${p}`).length;
            // Smooth rotation: never more than one post away from the exact share.
            expect(Math.abs(got - (onChannel.length * share) / total), `c${i} p${p}`).toBeLessThanOrEqual(1 + 1e-9);
          }
        }
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });

  it('plans nothing on a skipped holiday or blackout, and a week keeps its count when its free slots can hold it', () => {
    const withBlackout = shape.chain((s) =>
      fc.record({ s: fc.constant(s), from: fc.integer({ min: 0, max: s.weeks * 7 - 1 }), length: fc.integer({ min: 1, max: 9 }) }),
    );
    fc.assert(
      fc.property(withBlackout, ({ s, from, length }) => {
        const blackout = { from: iso(ms(s.start) + from * DAY), to: iso(ms(s.start) + (from + length - 1) * DAY) };
        const strategy = strategyOf(s, { calendar: { blackout: [blackout] } });
        const closed = (date: string): boolean => PUBLIC_DAYS.has(date) || (date >= blackout.from && date <= blackout.to);
        const planned = posts(strategy);
        for (const p of planned) {
          expect(closed(p.date), `${p.date} is closed`).toBe(false);
          expect(REMEMBRANCE.has(p.date) && p.time! >= '18:00', `${p.date} ${p.time} is in the evening of 4 May`).toBe(false);
        }
        const firstMonday = mondayOf(s.start);
        for (const [i, c] of s.channels.entries()) {
          for (let w = 0; w < s.weeks + 1; w++) {
            const monday = iso(ms(firstMonday) + w * 7 * DAY);
            const days = Array.from({ length: 7 }, (_, d) => iso(ms(monday) + d * DAY));
            if (days[0]! < strategy.period!.start || days[6]! > strategy.period!.end) continue;
            const count = planned.filter((p) => p.channel === `c${i}` && p.date >= days[0]! && p.date <= days[6]!).length;
            const expected = expectedInWeek(c.perWeek, w);
            const freeSlots = days
              .filter((date) => !closed(date) && c.days.includes(weekdayOf(date)))
              .reduce((sum, date) => sum + c.times.filter((time) => !(REMEMBRANCE.has(date) && time >= '18:00')).length, 0);
            expect(count).toBeLessThanOrEqual(expected);
            if (freeSlots >= expected) expect(count, `c${i} week of ${monday}`).toBe(expected);
          }
        }
      }),
      { numRuns: RUNS, seed: 20261208 },
    );
  });

  it('never plans more posts on a day than the team’s daily maximum', () => {
    const limited = shape.chain((s) => fc.record({ s: fc.constant(s), max: fc.integer({ min: 1, max: 4 }) }));
    fc.assert(
      fc.property(limited, ({ s, max }) => {
        const strategy = strategyOf(s, { calendar: { max_posts_per_day: max, holidays: { public: 'ignore' } } });
        const perDay = new Map<string, number>();
        for (const p of posts(strategy)) perDay.set(p.date, (perDay.get(p.date) ?? 0) + 1);
        for (const [date, count] of perDay) expect(count, date).toBeLessThanOrEqual(max);
      }),
      { numRuns: RUNS, seed: 20261209 },
    );
  });
});

/** The events of an iCalendar file as ical.js reads them: UID → sequence and start. */
function events(ics: string): Map<string, string> {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return new Map(
    calendar
      .getAllSubcomponents('vevent')
      .map((event) => [
        String(event.getFirstPropertyValue('uid')),
        `${event.getFirstPropertyValue('sequence')} ${String(event.getFirstPropertyValue('dtstart'))}`,
      ]),
  );
}

/** The UIDs whose event is new, gone, or has another SEQUENCE or start. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const uids = new Set([...before.keys(), ...after.keys()]);
  return [...uids].filter((uid) => before.get(uid) !== after.get(uid));
}

describe('the identity of events in calendar apps', () => {
  const withItem = shape.chain((s) =>
    fc.record({
      s: fc.constant(s),
      channel: fc.integer({ min: 0, max: s.channels.length - 1 }),
      day: fc.integer({ min: 0, max: s.weeks * 7 - 1 }),
      time: fc.option(fc.constantFrom(...TIMES), { nil: undefined }),
      // An item without a time is placed by the calendar, and gives way to one added later at that time.
      existingTime: fc.constantFrom(...TIMES),
      at: fc.nat(),
    }),
  );

  it('adding or removing one post changes that post’s event only', () => {
    fc.assert(
      fc.property(withItem, ({ s, channel, day, time, existingTime, at }) => {
        const base = strategyOf(s);
        const existing: { date: string; channel: string; title: string; time?: string }[] = [
          { date: iso(ms(s.start) + 3 * DAY), channel: 'c0', title: 'Already planned', time: existingTime },
        ];
        const without: Strategy = { ...base, calendar: { items: existing } };
        const item = { date: iso(ms(s.start) + day * DAY), channel: `c${channel}`, title: 'Added', ...(time ? { time } : {}) };
        const items = [...existing];
        // Two items without an id on one channel and day are told apart by their order: the
        // new one goes anywhere but before such an item (give items ids to move them freely).
        const earliest = existing.some((e) => e.channel === item.channel && e.date === item.date) ? items.length : 0;
        items.splice(earliest + (at % (items.length - earliest + 1)), 0, item);
        const withIt: Strategy = { ...base, calendar: { items } };
        const first = renderIcs(without, buildCalendar(without), 'nl');
        const second = renderIcs(withIt, buildCalendar(withIt), 'nl', { ics: first, now: '20261206T120000Z' });
        expect(changed(events(first), events(second))).toHaveLength(1);
        // And back: removing it again changes that one event only.
        const third = renderIcs(without, buildCalendar(without), 'nl', { ics: second, now: '20261207T120000Z' });
        expect(changed(events(second), events(third))).toHaveLength(1);
      }),
      { numRuns: RUNS, seed: 20261210 },
    );
  });

  it('keeps every UID when the organisation or a channel is renamed', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const strategy = strategyOf(s);
        const renamed = structuredClone(strategy);
        renamed.organisation!.name = 'Renamed school';
        renamed.channels!.c0!.handle = '@renamed';
        const uids = (x: Strategy): string[] => buildCalendar(x).map((e) => e.uid);
        expect(uids(renamed)).toEqual(uids(strategy));
      }),
      { numRuns: RUNS, seed: 20261211 },
    );
  });
});

describe('key dates', () => {
  it('get an announcement, a reminder and a post on the day on each channel that covers them, standing in for a planned post', () => {
    const strategy: Strategy = {
      version: 1,
      period: { start: '2026-09-07', end: '2026-11-29' },
      channels: {
        ig: { platform: 'instagram', slots: { days: ['mon', 'wed', 'fri'], times: ['12:15'] } },
        fb: { platform: 'facebook', slots: { days: ['tue', 'thu', 'sat'], times: ['19:30'] } },
      },
      content: {
        cadence: [
          { channel: 'ig', per_week: 3 },
          { channel: 'fb', per_week: 2 },
        ],
      },
      calendar: {
        holidays: { public: 'ignore' },
        run_up: { announce: 14, remind: 2, on_the_day: true },
        key_dates: [{ date: '2026-11-21', title: 'Open dag', channels: ['ig', 'fb'] }],
      },
    };
    const planned = posts(strategy);
    const runUp = planned.filter((p) => p.source === 'run-up').map((p) => `${p.channel} ${p.runUp!.stage} ${p.date} ${p.time}`);
    // Instagram posts Mon, Wed and Fri: the announcement on 7 November (a Saturday) goes to Friday
    // 6 November, the reminder on 19 November (a Thursday) to Wednesday 18. Facebook posts on
    // Saturdays and Thursdays. On the day itself, a Saturday, both post in the morning: neither
    // has a time before noon, so at 09:00.
    expect(runUp.sort()).toEqual(
      [
        'ig announce 2026-11-06 12:15',
        'ig remind 2026-11-18 12:15',
        'ig day 2026-11-21 09:00',
        'fb announce 2026-11-07 19:30',
        'fb remind 2026-11-19 19:30',
        'fb day 2026-11-21 09:00',
      ].sort(),
    );
    // Each stands in for one of the week's planned posts: the counts per week hold.
    const week = (channel: string, monday: string): number =>
      planned.filter((p) => p.channel === channel && p.date >= monday && p.date <= iso(ms(monday) + 6 * DAY)).length;
    for (const monday of ['2026-11-02', '2026-11-16']) {
      expect(week('ig', monday)).toBe(3);
      expect(week('fb', monday)).toBe(2);
    }
    // They read as the run-up in the terminal, the CSV and calendar apps.
    const ics = renderIcs(strategy, buildCalendar(strategy), 'nl');
    const summaries = new ICAL.Component(ICAL.parse(ics) as unknown[])
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries).toContain('[Instagram] Aankondiging: Open dag (21 nov)');
    expect(summaries).toContain('[Facebook] Herinnering: Open dag (21 nov)');
    expect(summaries).toContain('[Instagram] Vandaag: Open dag');
  });
});
