// The calendar can keep what the cadence promises: every post finds a slot of its channel in a
// week without holidays, no two posts of one channel share a minute, and no day asks more posts
// than the team can make.
import { defineRule } from './types.js';
import type { MessagesOf, Report } from './types.js';
import type { CalendarItem, Strategy } from '../model/strategy.js';
import type { CalendarEntry } from '../core/calendar.js';
import type { Plan, PlanInput } from '../core/plan.js';
import { items, pointer } from './util.js';
import { calendarWithPlan } from '../core/calendar.js';
import { maxPostsPerDay, planInput } from '../core/calendar-input.js';
import { fromDay } from '../core/days.js';
import { daysOff } from '../core/holidays.js';
import { plan } from '../core/plan.js';

type Reporter = (report: Report<MessagesOf<'calendar-slots'>>) => void;

export default defineRule({
  id: 'calendar-slots',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\nperiod: {start: 2026-09-07, end: 2026-10-04}\nchannels:\n  instagram: {platform: instagram, slots: {days: [tue, thu], times: ["12:15"]}}\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 3}\n',
  },
  check({ strategy, report }) {
    runUpOrder(strategy, report);
    const period = strategy.period;
    if (!period || period.start > period.end) return;
    const dated = items(strategy.calendar?.items).filter(([, item]) => item.status !== 'cancelled');
    // One plan for both questions: the calendar is built only when there are items to place in it.
    const built = dated.length > 0 ? calendarWithPlan(strategy) : null;
    const input = built ? built.input : planInput(strategy, daysOff(strategy, period.start, period.end));
    if (input) {
      const { missed, unplaced } = built?.plan ?? plan(input);
      lostRunUps(strategy, report, input, unplaced);
      missedPosts(strategy, report, input, missed);
    }
    // Items: two on one channel at one time, or more on a day than the team can make.
    if (built) crowdedItems(strategy, report, built.entries, dated);
  },
});

const platformOf = (strategy: Strategy, channel: string): string => strategy.channels?.[channel]?.platform ?? 'other';

/** A reminder that would come before (or with) the announcement. */
function runUpOrder(strategy: Strategy, report: Reporter): void {
  const runUps: [(string | number)[], { announce?: number; remind?: number } | undefined][] = [
    [['calendar', 'run_up'], strategy.calendar?.run_up],
    ...items(strategy.calendar?.key_dates).map(
      ([index, keyDate]): [(string | number)[], { announce?: number; remind?: number } | undefined] => [
        ['calendar', 'key_dates', index, 'run_up'],
        keyDate.run_up,
      ],
    ),
  ];
  for (const [path, runUp] of runUps) {
    if (!runUp || runUp.remind === undefined) continue;
    const announce = runUp.announce ?? strategy.calendar?.run_up?.announce ?? 0;
    if (announce > 0 && runUp.remind > 0 && runUp.remind >= announce)
      report({ pointer: pointer(...path, 'remind'), messageId: 'run-up-order', data: { announce, remind: runUp.remind } });
  }
}

/** Run-up posts without a day, per key date: which posts, on which platforms. */
function lostRunUps(strategy: Strategy, report: Reporter, input: PlanInput, unplaced: Plan['unplaced']): void {
  const lost = new Map<number, { stages: Set<'announce' | 'remind' | 'day'>; channels: Set<string> }>();
  for (const request of unplaced) {
    // A date outside the period, or its own day in a blackout, has a finding of its own.
    if (request.keyDay < input.start || request.keyDay > input.end || (request.stage === 'day' && !request.onHoliday)) continue;
    const seen = lost.get(request.key) ?? { stages: new Set(), channels: new Set() };
    seen.stages.add(request.stage);
    seen.channels.add(platformOf(strategy, request.channel));
    lost.set(request.key, seen);
  }
  for (const [key, seen] of lost) {
    const title = strategy.calendar?.key_dates?.[key]?.title ?? '';
    const order = ['announce', 'remind', 'day'] as const;
    report({
      pointer: pointer('calendar', 'key_dates', key, 'date'),
      messageId: 'run-up-lost',
      data: { title, stages: order.filter((stage) => seen.stages.has(stage)), channels: [...seen.channels] },
    });
  }
}

/** Per line, the weeks without holidays that lost posts for want of slots; over all lines, those lost to the daily maximum. */
function missedPosts(strategy: Strategy, report: Reporter, input: PlanInput, missed: Plan['missed']): void {
  const perStream = new Map<number, { weeks: number; most: number; first: number }>();
  const limit = { weeks: new Set<number>(), missed: 0, first: Infinity };
  for (const miss of missed) {
    if (!miss.openWeek) continue;
    const short = miss.count - miss.limited;
    if (short > 0) {
      const seen = perStream.get(miss.stream) ?? { weeks: 0, most: 0, first: miss.monday };
      perStream.set(miss.stream, { weeks: seen.weeks + 1, most: Math.max(seen.most, short), first: Math.min(seen.first, miss.monday) });
    }
    if (miss.limited > 0) {
      limit.weeks.add(miss.monday);
      limit.missed += miss.limited;
      limit.first = Math.min(limit.first, miss.monday);
    }
  }
  const cadence = strategy.content?.cadence ?? [];
  for (const [stream, seen] of perStream) {
    const channel = input.streams[stream]!.channel;
    const line = input.streams[stream]!.topics[0]?.entry ?? cadence.findIndex((c) => c?.channel === channel);
    // A line with days of its own and too few of them: cadence-days says so already.
    if ((cadence[line]?.days ?? []).length > 0) continue;
    report({
      pointer: pointer('content', 'cadence', line, 'per_week'),
      messageId: 'no-slot',
      data: { channel, platform: platformOf(strategy, channel), most: seen.most, weeks: seen.weeks, first: fromDay(seen.first) },
    });
  }
  if (limit.missed > 0 && input.maxPerDay !== null) {
    const set = strategy.calendar?.max_posts_per_day !== undefined;
    report({
      pointer: set ? pointer('calendar', 'max_posts_per_day') : pointer('team'),
      messageId: 'day-limit',
      data: { missed: limit.missed, weeks: limit.weeks.size, maximum: input.maxPerDay, fromHours: !set, first: fromDay(limit.first) },
    });
  }
}

type Dated = [number, CalendarItem][];

/** Two items on one channel at one time, or more posts on a day than the team can make. */
function crowdedItems(strategy: Strategy, report: Reporter, all: readonly CalendarEntry[], dated: Dated): void {
  const entries = all.filter((entry) => entry.kind === 'post' && entry.status !== 'cancelled');
  const indexOf = new Map<string, number[]>();
  for (const [index, item] of dated)
    if (item.channel)
      indexOf.set(`${item.channel}\u0000${item.date}`, [...(indexOf.get(`${item.channel}\u0000${item.date}`) ?? []), index]);
  const bySlot = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.channel || entry.source !== 'item') continue;
    const key = `${entry.channel}\u0000${entry.date}\u0000${entry.time}`;
    bySlot.set(key, (bySlot.get(key) ?? 0) + 1);
    if (bySlot.get(key) === 2) {
      // The second item at that time is the one to move.
      const index =
        (indexOf.get(`${entry.channel}\u0000${entry.date}`) ?? []).filter(
          (i) => (strategy.calendar?.items?.[i]?.time ?? entry.time) === entry.time,
        )[1] ?? dated[0]![0];
      report({
        pointer: pointer('calendar', 'items', index, 'date'),
        messageId: 'same-slot',
        data: { channel: entry.channel, platform: platformOf(strategy, entry.channel), date: entry.date, time: entry.time ?? '' },
      });
    }
  }
  const maximum = maxPostsPerDay(strategy);
  if (maximum === null) return;
  const perDay = new Map<string, number>();
  for (const entry of entries) perDay.set(entry.date, (perDay.get(entry.date) ?? 0) + 1);
  const reported = new Set<string>();
  for (const [index, item] of dated) {
    const posts = perDay.get(item.date) ?? 0;
    if (posts <= maximum || reported.has(item.date)) continue;
    reported.add(item.date);
    report({ pointer: pointer('calendar', 'items', index, 'date'), messageId: 'day-full', data: { date: item.date, posts, maximum } });
  }
}
