// The content calendar: the posts the planner puts in each channel's slots over the period,
// merged with explicit items (an item takes the place of the planned post on its channel and
// day), key dates and days off. Pure and deterministic: the same strategy gives the same
// entries and UIDs, and a planned post's UID is its slot.
import type { Strategy } from '../model/strategy.js';
import { slugify } from '../model/ids.js';
import { compareText } from '../model/finding.js';
import { DEFAULT_MINUTES_PER_POST } from '../model/figures.js';
import { own } from '../util/own.js';
import { daysOff } from './holidays.js';
import { fromDay, isoWeek, toDay, weekdayOf } from './days.js';
import { plan } from './plan.js';
import type { Plan, PlanInput, PlannedPost } from './plan.js';
import type { DayOff } from './holidays.js';
import type { CalendarEntry, CalendarFilter, EntryKind } from './calendar-entry.js';

export type { CalendarEntry, CalendarFilter, EntryKind } from './calendar-entry.js';

const DEFAULT_TIME = '09:00';

import { channelSlots, planInput } from './calendar-input.js';

/** The domain of the calendar's UIDs: `calendar.uid_domain`, else the website's, else a placeholder. */
export function uidDomain(strategy: Strategy): string {
  const configured = strategy.calendar?.uid_domain;
  if (configured) return configured.toLowerCase();
  const website = strategy.organisation?.website;
  const host = website
    ? /^https?:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i
        .exec(website)?.[1]
        ?.toLowerCase()
        .replace(/^www\./, '')
    : undefined;
  return host && /^[a-z0-9.-]+$/.test(host) ? host : 'strategy.invalid';
}

/**
 * `link` with the UTM parameters of `calendar.utm`: source the platform, medium `social`,
 * campaign the item's campaign or pillar, unless set there. Parameters the link has win.
 */
export function withUtm(link: string, strategy: Strategy, defaults: { platform: string | null; campaign: string | null }): string {
  const utm = strategy.calendar?.utm;
  if (utm?.enabled === false) return link;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  const values: [string, string | null | undefined][] = [
    ['utm_source', utm?.source ?? defaults.platform],
    ['utm_medium', utm?.medium ?? 'social'],
    ['utm_campaign', defaults.campaign ?? utm?.campaign],
  ];
  for (const [name, value] of values) if (value && !url.searchParams.has(name)) url.searchParams.set(name, value);
  return url.toString();
}

/** How an entry names a day off; the core knows only the strategy's own names. */
export type DayOffTitle = (off: DayOff) => string;

export function buildCalendar(strategy: Strategy, filter: CalendarFilter = {}, titleOf: DayOffTitle = (off) => off.name): CalendarEntry[] {
  return calendarWithPlan(strategy, filter, titleOf).entries;
}

/** What the parts of the calendar share while it is built: the strategy's names and the uids handed out. */
function builder(strategy: Strategy) {
  const members = strategy.team?.members ?? {};
  const nameOf = (id: string | undefined): string | null => (id ? (own(members, id)?.name ?? id) : null);
  const channels = strategy.channels ?? {};
  const pillars = strategy.content?.pillars ?? {};
  const cadenceLines = strategy.content?.cadence ?? [];
  const domain = uidDomain(strategy);
  const uids = new Set<string>();
  // A uid made unique by counting: only for entries the strategy gives no identity of their own.
  const unique = (base: string): string => {
    let uid = `${base}@${domain}`;
    for (let n = 2; uids.has(uid); n++) uid = `${base}-${n}@${domain}`;
    uids.add(uid);
    return uid;
  };
  // Ids the strategy gives are reserved before any uid is counted, and claimed once each.
  const claimed = new Set<string>();
  const claim = (base: string): string => {
    const uid = `${base}@${domain}`;
    if (claimed.has(uid)) return unique(base);
    claimed.add(uid);
    return uid;
  };
  // The fields an entry leaves empty; a getter, so no two entries share a list.
  const blank = () => ({
    until: null,
    time: null,
    minutes: 0,
    channel: null,
    platform: null,
    channels: [],
    pillar: null,
    pillarName: null,
    format: null,
    status: 'planned',
    preparedBy: null,
    approvedBy: [],
    approvedOn: null,
    text: null,
    link: null,
    asset: null,
    hashtags: [],
    campaign: null,
    publishedUrl: null,
    dayOff: null,
    runUp: null,
  });
  const pillarNameOf = (id: string | null | undefined): string | null => (id ? (own(pillars, id)?.name ?? id) : null);
  const itemList = (strategy.calendar?.items ?? []).filter(Boolean);
  const keyDates = strategy.calendar?.key_dates ?? [];
  for (const item of itemList) if (item.id) uids.add(`item-${item.id}@${domain}`);
  for (const keyDate of keyDates) if (keyDate?.id) uids.add(`key-${keyDate.id}@${domain}`);
  const entries: CalendarEntry[] = [];
  return { strategy, channels, cadenceLines, domain, uids, unique, claim, blank, nameOf, pillarNameOf, itemList, keyDates, entries };
}
type Builder = ReturnType<typeof builder>;
type Item = Builder['itemList'][number];

/** A planned post's identity is its slot: channel, day and time. Adding or moving another post never changes it. */
const slotUid = (channel: string, date: string, time: string): string => `post-${channel}-${date}-${time.replace(':', '')}`;

/** The calendar's entries, and the plan they were made from (with the posts that found no slot). */
export function calendarWithPlan(
  strategy: Strategy,
  filter: CalendarFilter = {},
  titleOf: DayOffTitle = (off) => off.name,
): { entries: CalendarEntry[]; plan: Plan | null; input: PlanInput | null } {
  const period = strategy.period;
  const b = builder(strategy);
  const offs = period && period.start <= period.end ? daysOff(strategy, period.start, period.end) : [];
  const input = planInput(strategy, offs);
  const made = input ? plan(input) : null;
  const planned = made?.posts ?? [];
  for (const post of planned) b.uids.add(`${slotUid(post.channel, fromDay(post.day), post.time)}@${b.domain}`);
  const { filled, fills } = matchItems(b, planned);
  const busyOn = busyTimes(b, planned);
  for (const item of b.itemList) itemEntry(b, item, fills.get(item), busyOn);
  plannedEntries(b, planned, filled);
  keyDateEntries(b);
  dayOffEntries(b, offs, input?.closed ?? new Set<number>(), titleOf);
  // Sorted on one key per entry (date, days off, key dates, time, channel, uid): no field
  // holds U+0000, so comparing the joined keys compares the fields in turn.
  const keyed = b.entries.filter((entry) => matches(entry, filter)).map((entry) => ({ entry, key: sortKey(entry) }));
  return { entries: keyed.sort((x, y) => compareText(x.key, y.key)).map(({ entry }) => entry), plan: made, input };
}

function matchItems(b: Builder, planned: readonly PlannedPost[]): { filled: Set<PlannedPost>; fills: Map<Item, PlannedPost> } {
  const { itemList } = b;
  // An item takes the place of the planned post on its channel and day: the one at its time,
  // else the one of its pillar, else the first. Without an id of its own it keeps that post's uid,
  // so calendar apps show the slot filled in rather than a new appointment beside it.
  const byChannelDay = new Map<string, PlannedPost[]>();
  for (const post of planned) {
    const key = `${post.channel}\u0000${post.day}`;
    byChannelDay.set(key, [...(byChannelDay.get(key) ?? []), post]);
  }
  // An item takes the place of the planned post on its channel and day at its own time; an item
  // without a time takes the first one left (one of its pillar first), or else a time of the
  // channel still free that day.
  const filled = new Set<PlannedPost>();
  const fills = new Map<(typeof itemList)[number], PlannedPost>();
  const leftOn = (item: (typeof itemList)[number]): PlannedPost[] =>
    item.channel ? (byChannelDay.get(`${item.channel}\u0000${toDay(item.date)}`) ?? []).filter((post) => !filled.has(post)) : [];
  const fill = (item: (typeof itemList)[number], post: PlannedPost | undefined): void => {
    if (!post) return;
    filled.add(post);
    fills.set(item, post);
  };
  // Items with a time claim their planned posts first, so an item without one never takes a
  // time another item names; then the items without a time, each the first post left.
  for (const item of itemList)
    if (item.time)
      fill(
        item,
        leftOn(item).find((p) => p.time === item.time),
      );
  for (const item of itemList)
    if (!item.time) fill(item, (item.pillar ? leftOn(item).find((p) => p.pillar === item.pillar) : undefined) ?? leftOn(item)[0]);
  return { filled, fills };
}

/** The times each channel already has on a day: a post without a time of its own takes another. */
function busyTimes(b: Builder, planned: readonly PlannedPost[]): (channel: string, date: string) => Set<string> {
  const busy = new Map<string, Set<string>>();
  const busyOn = (channel: string, date: string): Set<string> => {
    const key = `${channel}\u0000${date}`;
    let times = busy.get(key);
    if (!times) busy.set(key, (times = new Set()));
    return times;
  };
  for (const post of planned) busyOn(post.channel, fromDay(post.day)).add(post.time);
  for (const item of b.itemList) if (item.channel && item.time) busyOn(item.channel, item.date).add(item.time);
  return busyOn;
}

/** An item of the calendar, in the place of the planned post it fills, with what its cadence lends it. */
function itemEntry(
  b: Builder,
  item: Item,
  replaced: PlannedPost | undefined,
  busyOn: (channel: string, date: string) => Set<string>,
): void {
  const { strategy, cadenceLines, channels, domain, claim, unique, blank, nameOf, pillarNameOf, entries } = b;
  const day = toDay(item.date);
  // The cadence the item belongs to lends it a time, length, format and owner it leaves out.
  const onChannel = item.channel ? cadenceLines.filter((c) => c?.channel === item.channel) : [];
  const cadence =
    (replaced?.entry !== null && replaced?.entry !== undefined ? cadenceLines[replaced.entry] : undefined) ??
    onChannel.find((c) => c?.pillar === item.pillar) ??
    (item.pillar ? undefined : onChannel[0]);
  const platform = item.channel ? (own(channels, item.channel)?.platform ?? null) : null;
  const free =
    item.channel && !item.time && !replaced
      ? [cadence?.time, ...channelSlots(strategy, item.channel).times].find((t) => t && !busyOn(item.channel!, item.date).has(t))
      : undefined;
  const time =
    item.time ??
    replaced?.time ??
    free ??
    cadence?.time ??
    (item.channel ? channelSlots(strategy, item.channel).times[0] : undefined) ??
    DEFAULT_TIME;
  if (item.channel && !item.time && !replaced) busyOn(item.channel, item.date).add(time);
  const ownBase = item.channel ? slotUid(item.channel, item.date, time) : `item-${item.date}`;
  const uid = item.id
    ? claim(`item-${item.id}`)
    : replaced
      ? `${slotUid(replaced.channel, item.date, replaced.time)}@${domain}`
      : unique(ownBase);
  entries.push({
    ...blank(),
    uid,
    kind: 'post',
    source: 'item',
    date: item.date,
    weekday: weekdayOf(day),
    week: isoWeek(day),
    time,
    minutes: cadence?.minutes_per_post ?? DEFAULT_MINUTES_PER_POST,
    channel: item.channel ?? null,
    platform,
    pillar: item.pillar ?? null,
    pillarName: pillarNameOf(item.pillar),
    title: item.title,
    format: item.format ?? cadence?.format ?? null,
    status: item.status ?? 'planned',
    preparedBy: nameOf(item.owner ?? cadence?.owner),
    approvedBy: item.approved_by ? [nameOf(item.approved_by)!] : [],
    approvedOn: item.approved_on ?? null,
    text: item.text ?? null,
    link: item.link
      ? withUtm(item.link, strategy, {
          platform,
          campaign: item.campaign ? slugify(item.campaign) || item.campaign : (item.pillar ?? null),
        })
      : null,
    asset: item.asset ?? null,
    hashtags: (item.hashtags ?? []).map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)),
    campaign: item.campaign ?? null,
    publishedUrl: item.published_url ?? null,
  });
}

/** The planned posts no item took the place of: the cadence's and the key dates' run-ups. */
function plannedEntries(b: Builder, planned: readonly PlannedPost[], filled: ReadonlySet<PlannedPost>): void {
  const { cadenceLines, keyDates, channels, domain, unique, blank, nameOf, pillarNameOf, entries } = b;
  for (const post of planned) {
    if (filled.has(post)) continue;
    const date = fromDay(post.day);
    const keyDate = post.runUp ? keyDates[post.runUp.key] : undefined;
    const cadence =
      post.entry !== null
        ? cadenceLines[post.entry]
        : (cadenceLines.find((c) => c?.channel === post.channel && !c.days?.length && !c.time) ??
          cadenceLines.find((c) => c?.channel === post.channel));
    entries.push({
      ...blank(),
      // A run-up post is known by its key date and stage, so moving the date moves the post.
      uid:
        post.runUp && keyDate
          ? unique(`run-up-${keyDate.id ?? keyDate.date}-${post.runUp.stage}-${post.channel}`)
          : `${slotUid(post.channel, date, post.time)}@${domain}`,
      kind: 'post',
      source: post.runUp ? 'run-up' : 'cadence',
      date,
      weekday: weekdayOf(post.day),
      week: isoWeek(post.day),
      time: post.time,
      minutes: cadence?.minutes_per_post ?? DEFAULT_MINUTES_PER_POST,
      channel: post.channel,
      platform: own(channels, post.channel)?.platform ?? null,
      pillar: post.pillar,
      pillarName: pillarNameOf(post.pillar),
      title: keyDate?.title ?? '',
      format: (post.runUp ? null : cadence?.format) ?? null,
      status: 'planned',
      preparedBy: nameOf(cadence?.owner),
      runUp: post.runUp && keyDate ? { stage: post.runUp.stage, date: keyDate.date } : null,
    });
  }
}

function keyDateEntries(b: Builder): void {
  const { keyDates, claim, unique, blank, entries } = b;
  for (const keyDate of keyDates) {
    if (!keyDate) continue;
    const day = toDay(keyDate.date);
    entries.push({
      ...blank(),
      uid: keyDate.id ? claim(`key-${keyDate.id}`) : unique(`key-${keyDate.date}`),
      kind: 'key-date',
      source: 'key-date',
      date: keyDate.date,
      weekday: weekdayOf(day),
      week: isoWeek(day),
      channels: [...(keyDate.channels ?? [])],
      title: keyDate.title,
    });
  }
}

/** Holidays, days off and blackouts; a marked day wholly inside a period without posts has none either. */
function dayOffEntries(b: Builder, offs: readonly DayOff[], closed: ReadonlySet<number>, titleOf: DayOffTitle): void {
  const { strategy, unique, blank, entries } = b;
  const period = strategy.period;
  for (const marked of offs) {
    // A marked day that falls wholly in a period without posts has none either (Christmas Day in the Christmas holiday).
    let inside = !marked.skip;
    for (let day = toDay(marked.from), last = toDay(marked.to); inside && day <= last; day++) inside = closed.has(day);
    const off = inside ? { ...marked, skip: true } : marked;
    // A holiday that began before the period shows on the period's first day.
    const date = period && off.from < period.start ? period.start : off.from;
    const day = toDay(date);
    const base =
      off.kind === 'public' || off.kind === 'remembrance'
        ? `holiday-${off.id}-${off.from}`
        : off.kind === 'school'
          ? `school-${off.id}-${off.from.slice(0, 4)}`
          : `${off.kind}-${off.from}`;
    entries.push({
      ...blank(),
      uid: unique(base),
      kind: 'day-off',
      source: 'day-off',
      date,
      until: off.to === date ? null : off.to,
      weekday: weekdayOf(day),
      week: isoWeek(day),
      title: titleOf(off),
      dayOff: off,
    });
  }
}

const ORDER: Record<EntryKind, number> = { 'day-off': 0, 'key-date': 1, post: 2 };

function sortKey(entry: CalendarEntry): string {
  // The uid without its domain, so post-x-1215 comes before post-x-1215-2.
  return `${entry.date}\u0000${ORDER[entry.kind]}\u0000${entry.time ?? ''}\u0000${entry.channel ?? ''}\u0000${entry.uid.replace(/@[^@]*$/, '')}`;
}

function matches(entry: CalendarEntry, filter: CalendarFilter): boolean {
  // A holiday or blackout shows when any of its days is in the range.
  if (filter.from && (entry.until ?? entry.date) < filter.from) return false;
  if (filter.to && entry.date > filter.to) return false;
  if (filter.channel && entry.kind === 'post' && entry.channel !== filter.channel) return false;
  // A key date that names its channels shows for those channels only.
  if (filter.channel && entry.kind === 'key-date' && entry.channels.length > 0 && !entry.channels.includes(filter.channel)) return false;
  return true;
}
