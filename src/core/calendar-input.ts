// What the planner (core/plan.ts) is given from a strategy: each channel's slots, the
// streams of the cadence, the run-ups of the key dates, the days without posts and the most
// posts a day. Pure data, no wording.
import type { Strategy } from '../model/strategy.js';
import { DEFAULT_MINUTES_PER_POST } from '../model/figures.js';
import { own } from '../util/own.js';
import type { DayOff } from './holidays.js';
import { toDay } from './days.js';
import type { PlanInput, RunUpRequest, Stream, Topic } from './plan.js';
import { suggestedSlots } from './posting-times.js';
import type { Slots } from './posting-times.js';

/** How many posts a day the team can make: `calendar.max_posts_per_day`, else its hours a week over five working days, divided by the minutes a post takes. */
export function maxPostsPerDay(strategy: Strategy): number | null {
  const set = strategy.calendar?.max_posts_per_day;
  if (set !== undefined) return set;
  const hours = Object.values(strategy.team?.members ?? {}).reduce((sum, member) => sum + (member?.hours_per_week ?? 0), 0);
  if (!(hours > 0)) return null;
  let posts = 0;
  let minutes = 0;
  for (const entry of strategy.content?.cadence ?? []) {
    if (!entry || !(entry.per_week > 0)) continue;
    posts += entry.per_week;
    minutes += entry.per_week * (entry.minutes_per_post ?? DEFAULT_MINUTES_PER_POST);
  }
  const perPost = posts > 0 && minutes > 0 ? minutes / posts : DEFAULT_MINUTES_PER_POST;
  return Math.max(1, Math.floor((hours * 60) / 5 / perPost + 1e-9));
}

/** The run-up of a key date: its own settings, each filled in from `calendar.run_up`. */
export function runUpOf(strategy: Strategy, key: number): { announce?: number; remind?: number; on_the_day?: boolean } | undefined {
  const own_ = strategy.calendar?.key_dates?.[key]?.run_up;
  const shared = strategy.calendar?.run_up;
  return own_ || shared ? { ...shared, ...own_ } : undefined;
}

/** The slots of a channel: its own, filled in with the platform's and its audiences' defaults. */
export function channelSlots(strategy: Strategy, channelId: string): Slots {
  const channel = own(strategy.channels ?? {}, channelId);
  const audienceNames = (channel?.audiences ?? []).map((id) => own(strategy.audiences ?? {}, id)?.name ?? id);
  const suggested = suggestedSlots(channel?.platform ?? 'other', audienceNames);
  return {
    days: channel?.slots?.days?.length ? [...channel.slots.days] : suggested.days,
    times: channel?.slots?.times?.length ? [...channel.slots.times] : suggested.times,
  };
}

/**
 * What the planner needs from a strategy: the streams of the cadence (per channel, the lines
 * without days or time of their own share the channel's slots; a line with its own days or
 * time keeps them), the run-ups of the key dates, and the days without posts.
 */
export function planInput(strategy: Strategy, offs: readonly DayOff[]): PlanInput | null {
  const period = strategy.period;
  if (!period || period.start > period.end) return null;
  const pillars = strategy.content?.pillars ?? {};
  const pillarIds = Object.keys(pillars).filter((id) => own(pillars, id));
  const anyListsChannels = pillarIds.some((id) => (own(pillars, id)?.channels ?? []).length > 0);
  // The pillars a line without a pillar takes in turn: those posted on its channel.
  const topicsOf = (entry: number, channel: string, pillar: string | undefined, perWeek: number): Topic[] => {
    if (pillar) return [{ entry, pillar, weight: perWeek }];
    const onChannel = pillarIds.filter((id) => (anyListsChannels ? (own(pillars, id)?.channels ?? []).includes(channel) : true));
    if (onChannel.length === 0) return [{ entry, pillar: null, weight: perWeek }];
    const shares = onChannel.map((id) => own(pillars, id)?.share ?? 1);
    const total = shares.reduce((sum, share) => sum + share, 0);
    if (!(total > 0)) return [{ entry, pillar: null, weight: perWeek }];
    return onChannel.map((id, i) => ({ entry, pillar: id, weight: (perWeek * shares[i]!) / total })).filter((topic) => topic.weight > 0);
  };
  const streams: Stream[] = [];
  const pooled = new Map<string, Stream>();
  for (const [index, entry] of (strategy.content?.cadence ?? []).entries()) {
    if (!entry || !(entry.per_week > 0)) continue;
    const slots = channelSlots(strategy, entry.channel);
    const topics = topicsOf(index, entry.channel, entry.pillar, entry.per_week);
    if ((entry.days ?? []).length > 0 || entry.time) {
      streams.push({
        channel: entry.channel,
        slots: { days: entry.days?.length ? [...entry.days] : slots.days, times: entry.time ? [entry.time] : slots.times },
        perWeek: entry.per_week,
        topics,
      });
      continue;
    }
    const stream = pooled.get(entry.channel);
    if (stream) {
      stream.perWeek += entry.per_week;
      (stream.topics as Topic[]).push(...topics);
    } else {
      const created: Stream = { channel: entry.channel, slots, perWeek: entry.per_week, topics };
      pooled.set(entry.channel, created);
      streams.push(created);
    }
  }
  const withCadence = [...new Set(streams.map((stream) => stream.channel))];
  const closed = new Set<number>();
  const blackout = new Set<number>();
  for (const off of offs) {
    if (!off.skip) continue;
    for (let day = toDay(off.from), last = toDay(off.to); day <= last; day++) {
      closed.add(day);
      if (off.kind === 'blackout') blackout.add(day);
    }
  }
  const runUps: RunUpRequest[] = [];
  for (const [key, keyDate] of (strategy.calendar?.key_dates ?? []).entries()) {
    if (!keyDate) continue;
    const runUp = runUpOf(strategy, key);
    if (!runUp) continue;
    // The channels the date names (its own slots, or the platform's), else every channel that posts.
    const channels = keyDate.channels?.length ? keyDate.channels.filter((channel) => own(strategy.channels ?? {}, channel)) : withCadence;
    const keyDay = toDay(keyDate.date);
    const stages: [RunUpRequest['stage'], number][] = [];
    if (runUp.announce) stages.push(['announce', runUp.announce]);
    // A reminder comes after the announcement, or not at all.
    if (runUp.remind && (!runUp.announce || runUp.remind < runUp.announce)) stages.push(['remind', runUp.remind]);
    if (runUp.on_the_day) stages.push(['day', 0]);
    for (const channel of channels) {
      const slots = channelSlots(strategy, channel);
      // Each post before the next one's day: an announcement that cannot come before the reminder's day is left out.
      for (const [i, [stage, daysBefore]] of stages.entries()) {
        const next = stages[i + 1];
        const before = next ? keyDay - next[1] : keyDay;
        runUps.push({
          channel,
          keyDay,
          key,
          stage,
          daysBefore,
          slots,
          onHoliday: !blackout.has(keyDay),
          before: stage === 'day' ? keyDay + 1 : before,
        });
      }
    }
  }
  // 4 May: the country falls silent at 20:00; no planned post in the evening.
  const quietEvening = new Set(offs.filter((off) => off.kind === 'remembrance').map((off) => toDay(off.from)));
  return { start: toDay(period.start), end: toDay(period.end), streams, runUps, closed, quietEvening, maxPerDay: maxPostsPerDay(strategy) };
}
