// The calendar planner: where each post of the cadence goes. Whole posts, spread evenly over
// the week and the period; at most one post per channel per slot; no more posts a day than the
// team can make; a slot on a closed day moves to the channel's next free slot that week (else
// to another working day that week at the same time); the topics of a line take turns by their share. Key dates get their run-up first. Pure: the same
// input gives the same plan, and no post depends on the posts of a later week.
import type { Slots } from './posting-times.js';
import { WEEKDAYS, mondayOf, weekdayIndex } from './days.js';

export interface Topic {
  /** The cadence line whose format, owner and minutes the post takes. */
  entry: number;
  pillar: string | null;
  weight: number;
}

/** Cadence lines that share one channel's slots: their posts are spread together. */
export interface Stream {
  channel: string;
  slots: Slots;
  perWeek: number;
  topics: readonly Topic[];
}

export type RunUpStage = 'announce' | 'remind' | 'day';

export interface RunUpRequest {
  channel: string;
  /** The key date's day number. */
  keyDay: number;
  /** Index of the key date. */
  key: number;
  stage: RunUpStage;
  /** Days before the key date: 0 on the day itself. */
  daysBefore: number;
  /** The channel's slots: a run-up post goes on one of its days, at one of its times. */
  slots: Slots;
  /** The post on the day goes out even on a holiday (not in a blackout): the team chose that day. */
  onHoliday: boolean;
  /** The first day too late for this post: the day of the next post of the run-up. */
  before: number;
}

export interface PlanInput {
  /** First and last day of the period, as day numbers. */
  start: number;
  end: number;
  streams: readonly Stream[];
  runUps: readonly RunUpRequest[];
  /** Days without posts (holidays and blackouts that are skipped). */
  closed: ReadonlySet<number>;
  /** Days without posts from 18:00 (Remembrance Day, 4 May). */
  quietEvening: ReadonlySet<number>;
  /** Posts a day at most, over all channels; null for no limit. */
  maxPerDay: number | null;
}

export interface PlannedPost {
  channel: string;
  day: number;
  time: string;
  /** The stream the post belongs to; -1 for a run-up post. */
  stream: number;
  entry: number | null;
  pillar: string | null;
  runUp: { key: number; stage: RunUpStage } | null;
}

export interface Missed {
  stream: number;
  /** Monday of the week. */
  monday: number;
  count: number;
  /** How many of them a slot was free for, but the day had the team's maximum already. */
  limited: number;
  /** Whether the week lay wholly in the period with no closed day: then the slots or the daily maximum are too few. */
  openWeek: boolean;
}

export interface Plan {
  posts: PlannedPost[];
  missed: Missed[];
  /** Run-up posts that found no day: before the period, in a holiday, or on no posting day of their channel. */
  unplaced: RunUpRequest[];
}

const EVENING = '18:00';
const EPSILON = 1e-9;

/** How many of `perWeek` posts fall in week `week`: the running total rounded, so fractions spread over the weeks. */
export function postsInWeek(perWeek: number, week: number): number {
  return Math.floor((week + 1) * perWeek + EPSILON) - Math.floor(week * perWeek + EPSILON);
}

/**
 * The slots of one week's `count` posts, in order of the week: the days spread evenly and taking
 * turns over the weeks, the times taking turns over the posts. `before` is the number of posts
 * of earlier weeks.
 */
export function spread(slots: Slots, count: number, week: number, before: number): { weekday: number; time: string }[] {
  const days = [...new Set(slots.days)].map((day) => WEEKDAYS.indexOf(day)).sort((a, b) => a - b);
  const times = [...new Set(slots.times)].sort();
  if (count <= 0 || days.length === 0 || times.length === 0) return [];
  const d = days.length;
  const perDay = new Array<number>(d).fill(Math.floor(count / d));
  const extra = count % d;
  // The days with one post more than the rest: evenly apart, shifted one day each week.
  for (let i = 0; i < extra; i++) perDay[(Math.floor((i * d) / extra) + week) % d]! += 1;
  const result: { weekday: number; time: string }[] = [];
  let post = before;
  for (let i = 0; i < d; i++) {
    const n = Math.min(perDay[i]!, times.length);
    // Consecutive posts take consecutive times, so a day's posts never share one.
    const first = (post + Math.floor(post / times.length)) % times.length;
    const chosen = Array.from({ length: n }, (_, j) => times[(first + j) % times.length]!).sort();
    for (const time of chosen) result.push({ weekday: days[i]!, time });
    post += perDay[i]!;
  }
  return result;
}

/** The slots as they fill: which are taken, how many posts each day has, and whether a slot is free. */
function board(input: PlanInput) {
  const { start, end, closed, quietEvening, maxPerDay } = input;
  const posts: PlannedPost[] = [];
  const taken = new Set<string>();
  const perDay = new Map<number, number>();
  const slotKey = (channel: string, day: number, time: string): string => `${channel}\u0000${day}\u0000${time}`;
  const open = (day: number, time: string): boolean =>
    day >= start && day <= end && !closed.has(day) && !(time >= EVENING && quietEvening.has(day));
  const room = (day: number): boolean => maxPerDay === null || (perDay.get(day) ?? 0) < maxPerDay;
  const free = (channel: string, day: number, time: string): boolean =>
    open(day, time) && room(day) && !taken.has(slotKey(channel, day, time));
  const take = (post: PlannedPost): void => {
    taken.add(slotKey(post.channel, post.day, post.time));
    perDay.set(post.day, (perDay.get(post.day) ?? 0) + 1);
    posts.push(post);
  };
  return { posts, taken, slotKey, open, room, free, take };
}
type Board = ReturnType<typeof board>;

export function plan(input: PlanInput): Plan {
  const b = board(input);
  const missed: Missed[] = [];
  const { unplaced, runUpsByWeek } = placeRunUps(input, b);
  const placedBefore = new Array<number>(input.streams.length).fill(0);
  const ownPosts: PlannedPost[][] = input.streams.map(() => []);
  const shapes = streamShapes(input);
  for (let week = 0, monday = mondayOf(input.start); monday <= input.end; week++, monday += 7)
    missed.push(...placeWeek(input, b, { week, monday, shapes, runUpsByWeek, placedBefore, ownPosts }));
  assignTopics(input, ownPosts);
  return { posts: b.posts, missed, unplaced };
}

/** Run-up posts first, on their day or the channel's latest posting day of the six before it. */
function placeRunUps(input: PlanInput, b: Board): { unplaced: RunUpRequest[]; runUpsByWeek: Map<string, number> } {
  const { start, end, quietEvening } = input;
  const { room, taken, slotKey, free, take } = b;
  const unplaced: RunUpRequest[] = [];
  const runUpsByWeek = new Map<string, number>();
  const ORDER: Record<RunUpStage, number> = { announce: 0, remind: 1, day: 2 };
  const requests = [...input.runUps].sort(
    (a, b) =>
      a.keyDay - a.daysBefore - (b.keyDay - b.daysBefore) ||
      ORDER[a.stage] - ORDER[b.stage] ||
      a.key - b.key ||
      (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0),
  );
  for (const request of requests) {
    const target = request.keyDay - request.daysBefore;
    const times = [...new Set(request.slots.times)].sort();
    const postingDays = new Set(request.slots.days.map((day) => WEEKDAYS.indexOf(day)));
    let candidates: { day: number; times: string[] }[];
    if (request.stage === 'day') {
      // On the day itself, in the morning: the channel's first time before noon, else 09:00.
      const morning = times.filter((time) => time < '12:00');
      candidates = [{ day: target, times: morning.length > 0 ? morning : ['09:00'] }];
    } else {
      // The channel's latest posting day on or in the six days before the target, else its
      // first posting day after the target and before the date itself.
      const earlier = Array.from({ length: 7 }, (_, i) => target - i);
      const later = Array.from({ length: 6 }, (_, i) => target + 1 + i);
      candidates = [...earlier, ...later]
        .filter((day) => postingDays.has(weekdayIndex(day)) && day < request.before)
        .map((day) => ({ day, times }));
    }
    let placed = false;
    for (const { day, times: at } of candidates) {
      const usable = (t: string): boolean =>
        request.stage === 'day' && request.onHoliday
          ? day >= start &&
            day <= end &&
            !(t >= EVENING && quietEvening.has(day)) &&
            room(day) &&
            !taken.has(slotKey(request.channel, day, t))
          : free(request.channel, day, t);
      const time = at.find(usable);
      if (time === undefined) continue;
      take({
        channel: request.channel,
        day,
        time,
        stream: -1,
        entry: null,
        pillar: null,
        runUp: { key: request.key, stage: request.stage },
      });
      const week = `${request.channel}\u0000${mondayOf(day)}`;
      runUpsByWeek.set(week, (runUpsByWeek.get(week) ?? 0) + 1);
      placed = true;
      break;
    }
    if (!placed) unplaced.push(request);
  }
  return { unplaced, runUpsByWeek };
}

type Shape = ReturnType<typeof streamShapes>[number];

/**
 * Per stream, once: its week of slots in order (days from Monday, times), the channel's other
 * times on those days, and its own times.
 */
function streamShapes(input: PlanInput) {
  // Every time a channel posts at, for posts that find no slot of their own.
  const channelTimes = new Map<string, string[]>();
  for (const stream of input.streams)
    channelTimes.set(stream.channel, [...new Set([...(channelTimes.get(stream.channel) ?? []), ...stream.slots.times])].sort());
  // times on those days, and its own times.
  return input.streams.map((stream) => {
    const slots = spread(stream.slots, stream.slots.days.length * stream.slots.times.length, 0, 0).map((slot) => ({
      offset: slot.weekday,
      time: slot.time,
    }));
    const offsets = [...new Set(slots.map((slot) => slot.offset))];
    const fallback = (channelTimes.get(stream.channel) ?? [])
      .flatMap((time) => offsets.map((offset) => ({ offset, time })))
      .sort((a, b) => a.offset - b.offset || (a.time < b.time ? -1 : 1));
    const weekend = stream.slots.days.some((day) => day === 'sat' || day === 'sun');
    return { slots, fallback, times: [...new Set(stream.slots.times)].sort(), workingDays: weekend ? 7 : 5 };
  });
}

interface Week {
  week: number;
  monday: number;
  shapes: readonly Shape[];
  runUpsByWeek: Map<string, number>;
  placedBefore: number[];
  ownPosts: PlannedPost[][];
}

interface Line {
  stream: Stream;
  index: number;
  wanted: { weekday: number; time: string }[];
  next: number;
  lost: number;
  limited: number;
  used: Set<number>;
}

/** One week: each line's wanted slots, placed one post per line in turn; the posts that found no slot. */
function placeWeek(input: PlanInput, b: Board, w: Week): Missed[] {
  const { start, end, closed } = input;
  const { week, monday, runUpsByWeek, placedBefore } = w;
  const missed: Missed[] = [];
  let anyClosed = false;
  for (let day = monday; day < monday + 7; day++) if (closed.has(day)) anyClosed = true;
  const openWeek = monday >= start && monday + 6 <= end && !anyClosed;
  // Each line's wanted slots this week; then the lines place one post each in turn, so under a
  // daily maximum no channel takes every place before the next one gets any.
  const lines = input.streams.map((stream, index) => {
    let count = postsInWeek(stream.perWeek, week);
    // A run-up post on this channel stands in for one of the week's posts.
    const weekKey = `${stream.channel}\u0000${monday}`;
    const standIns = Math.min(count, runUpsByWeek.get(weekKey) ?? 0);
    if (standIns > 0) {
      count -= standIns;
      runUpsByWeek.set(weekKey, (runUpsByWeek.get(weekKey) ?? 0) - standIns);
    }
    const wanted = spread(stream.slots, count, week, placedBefore[index]!);
    placedBefore[index]! += count;
    // More posts than the line's slots hold: the rest find no slot.
    return { stream, index, wanted, next: 0, lost: count - wanted.length, limited: 0, used: new Set<number>() };
  });
  for (let _round = 0; lines.some((line) => line.next < line.wanted.length); _round++)
    for (const line of lines) placeNext(b, w, line, anyClosed);
  for (const line of lines)
    if (line.lost > 0) missed.push({ stream: line.index, monday, count: line.lost, limited: line.limited, openWeek });
  return missed;
}

/** The line's next post: its wanted slot, else the nearest free one; a post that finds none is lost. */
function placeNext(b: Board, w: Week, line: Line, anyClosed: boolean): void {
  const { free, open, taken, slotKey, take } = b;
  const { monday, shapes, ownPosts } = w;
  const slot = line.wanted[line.next];
  if (!slot) return;
  line.next += 1;
  const { stream, index, used } = line;
  const shape = shapes[index]!;
  const candidates = (): { offset: number; time: string }[] => {
    // The next free slot of the line that week (on a day without a post of this line
    // first), then the channel's other times on its days, then (in a week with a holiday)
    // another working day at the line's own times, nearest first (a weekend day only
    // when the line posts at weekends).
    const from = Math.max(
      0,
      shape.slots.findIndex((s) => s.offset === slot.weekday && s.time === slot.time),
    );
    const next = [...shape.slots.slice(from), ...shape.slots.slice(0, from)];
    const nearby = anyClosed
      ? Array.from({ length: shape.workingDays }, (_, d) => d)
          .sort((a, b) => (a > slot.weekday ? 0 : 1) - (b > slot.weekday ? 0 : 1) || (a > slot.weekday ? a - b : b - a))
          .filter((d) => d !== slot.weekday)
          .flatMap((offset) => shape.times.map((time) => ({ offset, time })))
      : [];
    return [{ offset: slot.weekday, time: slot.time }, ...next.filter((s) => !used.has(s.offset)), ...next, ...shape.fallback, ...nearby];
  };
  const all = candidates();
  const found = all.find((s) => free(stream.channel, monday + s.offset, s.time));
  if (!found) {
    line.lost += 1;
    // Had the team's daily maximum not been reached, a slot was free: the limit is the cause.
    if (all.some((s) => open(monday + s.offset, s.time) && !taken.has(slotKey(stream.channel, monday + s.offset, s.time))))
      line.limited += 1;
    return;
  }
  const post: PlannedPost = {
    channel: stream.channel,
    day: monday + found.offset,
    time: found.time,
    stream: index,
    entry: null,
    pillar: null,
    runUp: null,
  };
  used.add(found.offset);
  take(post);
  ownPosts[index]!.push(post);
}

/**
 * The topics take turns in the order of the posts, each as often as its weight says (smooth
 * weighted round robin: exact shares, and no topic twice in a row when avoidable). Each stream
 * starts its turn at another topic, so channels that share pillars do not post the same one on
 * the same day.
 */
function assignTopics(input: PlanInput, ownPosts: PlannedPost[][]): void {
  for (const [index, stream] of input.streams.entries()) {
    const own = ownPosts[index]!.sort((a, b) => a.day - b.day || (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const shift = stream.topics.length > 0 ? index % stream.topics.length : 0;
    const topics = [...stream.topics.slice(shift), ...stream.topics.slice(0, shift)];
    const total = topics.reduce((sum, topic) => sum + topic.weight, 0);
    const current = topics.map(() => 0);
    for (const post of own) {
      if (topics.length === 0 || total <= 0) continue;
      let best = 0;
      for (let i = 0; i < topics.length; i++) {
        current[i]! += topics[i]!.weight;
        if (current[i]! > current[best]! + EPSILON) best = i;
      }
      current[best]! -= total;
      post.entry = topics[best]!.entry;
      post.pillar = topics[best]!.pillar;
    }
  }
}
