// The content calendar: slots generated from the cadence over the period, skipping blackout
// periods, merged with explicit items (an item fills the slot of its channel, day and pillar)
// and key dates. Pure and deterministic: the same strategy gives the same entries and UIDs.
import type { Strategy, Weekday } from '../model/strategy.js';
import { slugify } from '../model/ids.js';
import { compareText } from '../model/finding.js';
import { DEFAULT_MINUTES_PER_POST } from '../model/figures.js';
import { own } from '../util/own.js';
import { daysOff } from './holidays.js';
import type { DayOff } from './holidays.js';
import type { Language } from '../model/strategy.js';

export type EntryKind = 'post' | 'key-date' | 'day-off';

export interface CalendarEntry {
  /**
   * Stable across renders, so calendar apps update an event instead of duplicating it: from
   * an item's or key date's `id`, or else its date, channel and place among the entries of
   * that day; never from a title or the organisation's name.
   */
  uid: string;
  kind: EntryKind;
  source: 'cadence' | 'item' | 'key-date' | 'day-off';
  date: string;
  /** The last day of a holiday or blackout period; null for a single day. */
  until: string | null;
  weekday: Weekday;
  /** ISO week number of `date`. */
  week: number;
  time: string | null;
  minutes: number;
  channel: string | null;
  platform: string | null;
  /** The channels that announce a key date. */
  channels: string[];
  pillar: string | null;
  pillarName: string | null;
  /** A post's topic, a key date's title or the name of a day off; empty for a post the cadence planned without a topic. */
  title: string;
  format: string | null;
  status: string;
  /** Who prepares the post (a team member's name, or the id when no name is known). */
  preparedBy: string | null;
  /** Who approves posts: the item's approver, or else the approvers of the webcare workflow. */
  approvedBy: string[];
  approvedOn: string | null;
  text: string | null;
  /** The item's link with its UTM parameters. */
  link: string | null;
  asset: string | null;
  hashtags: string[];
  campaign: string | null;
  publishedUrl: string | null;
  dayOff: DayOff | null;
}

export interface CalendarFilter {
  from?: string;
  to?: string;
  channel?: string;
}

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Days used when a cadence entry names none: spread over the working week. */
const SPREAD: Record<number, readonly Weekday[]> = {
  1: ['tue'],
  2: ['tue', 'thu'],
  3: ['mon', 'wed', 'fri'],
  4: ['mon', 'tue', 'thu', 'fri'],
  5: ['mon', 'tue', 'wed', 'thu', 'fri'],
};
const DAY_MS = 86_400_000;
const DEFAULT_TIME = '09:00';

export function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

const PADDED = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

/** The date of a day number, as YYYY-MM-DD: the civil calendar from days since 1970 (H. Hinnant's algorithm). */
export function fromDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${PADDED[month]}-${PADDED[date]}`;
}

export function weekdayOf(day: number): Weekday {
  // Day 0 (1970-01-01) was a Thursday.
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}

/** The week number of ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: number): number {
  const thursday = day - WEEKDAYS.indexOf(weekdayOf(day)) + 3;
  const january1 = toDay(`${fromDay(thursday).slice(0, 4)}-01-01`);
  return Math.floor((thursday - january1) / 7) + 1;
}

/** The domain of the calendar's UIDs: `calendar.uid_domain`, else the website's, else a placeholder. */
export function uidDomain(strategy: Strategy): string {
  const configured = strategy.calendar?.uid_domain;
  if (configured) return configured.toLowerCase();
  const website = strategy.organisation?.website;
  const host = website ? /^https?:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(website)?.[1]?.toLowerCase().replace(/^www\./, '') : undefined;
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

export function buildCalendar(strategy: Strategy, filter: CalendarFilter = {}, language: Language = 'nl'): CalendarEntry[] {
  const period = strategy.period;
  const members = strategy.team?.members ?? {};
  const nameOf = (id: string | undefined): string | null => (id ? (own(members, id)?.name ?? id) : null);
  const channels = strategy.channels ?? {};
  const pillars = strategy.content?.pillars ?? {};
  const domain = uidDomain(strategy);
  const uids = new Set<string>();
  // A uid is made unique by counting: the second post on a channel that day is -2.
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
  const blank = () => ({ until: null, time: null, minutes: 0, channel: null, platform: null, channels: [], pillar: null, pillarName: null, format: null, status: 'planned', preparedBy: null, approvedBy: [], approvedOn: null, text: null, link: null, asset: null, hashtags: [], campaign: null, publishedUrl: null, dayOff: null });

  const entries: CalendarEntry[] = [];
  const explicit = new Set<string>();
  const cadenceByChannel = new Map<string, NonNullable<NonNullable<Strategy['content']>['cadence']>>();
  for (const entry of strategy.content?.cadence ?? []) {
    if (entry) cadenceByChannel.set(entry.channel, [...(cadenceByChannel.get(entry.channel) ?? []), entry]);
  }
  // Items with an id first, so an item without one never takes the uid another's id makes.
  const itemList = (strategy.calendar?.items ?? []).filter(Boolean);
  const keyDates = (strategy.calendar?.key_dates ?? []).filter(Boolean);
  for (const item of itemList) if (item.id) uids.add(`item-${item.id}@${domain}`);
  for (const keyDate of keyDates) if (keyDate.id) uids.add(`key-${keyDate.id}@${domain}`);
  for (const item of itemList) {
    // An item fills the generated slot of its channel, day and pillar (without a pillar: the
    // channel's first slot that day), and takes over that slot's uid.
    const slotKey = item.channel ? `${item.channel}\u0000${item.date}\u0000${item.pillar ?? ''}` : undefined;
    if (slotKey) explicit.add(slotKey);
    // The cadence the item belongs to lends it a time, length, format and owner it leaves out.
    const onChannel = item.channel ? (cadenceByChannel.get(item.channel) ?? []) : [];
    const cadence = onChannel.find((c) => c?.pillar === item.pillar) ?? (item.pillar ? undefined : onChannel[0]);
    const platform = item.channel ? (own(channels, item.channel)?.platform ?? null) : null;
    const pillarName = item.pillar ? (own(pillars, item.pillar)?.name ?? item.pillar) : null;
    const day = toDay(item.date);
    entries.push({
      ...blank(),
      uid: item.id ? claim(`item-${item.id}`) : unique(item.channel ? `post-${item.channel}-${item.date}` : `item-${item.date}`),
      kind: 'post',
      source: 'item',
      date: item.date,
      weekday: weekdayOf(day),
      week: isoWeek(day),
      time: item.time ?? cadence?.time ?? DEFAULT_TIME,
      minutes: cadence?.minutes_per_post ?? DEFAULT_MINUTES_PER_POST,
      channel: item.channel ?? null,
      platform,
      pillar: item.pillar ?? null,
      pillarName,
      title: item.title,
      format: item.format ?? cadence?.format ?? null,
      status: item.status ?? 'planned',
      preparedBy: nameOf(item.owner ?? cadence?.owner),
      approvedBy: item.approved_by ? [nameOf(item.approved_by)!] : [],
      approvedOn: item.approved_on ?? null,
      text: item.text ?? null,
      link: item.link ? withUtm(item.link, strategy, { platform, campaign: item.campaign ? slugify(item.campaign) || item.campaign : (item.pillar ?? null) }) : null,
      asset: item.asset ?? null,
      hashtags: (item.hashtags ?? []).map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)),
      campaign: item.campaign ?? null,
      publishedUrl: item.published_url ?? null,
    });
  }

  const offs = period && period.start <= period.end ? daysOff(strategy, language, period.start, period.end) : [];
  const skipped = new Set<number>();
  for (const off of offs) {
    if (!off.skip) continue;
    for (let day = toDay(off.from), last = toDay(off.to); day <= last; day++) skipped.add(day);
  }
  // 4 May: the country falls silent at 20:00; no generated post in the evening.
  const remembrance = new Set(offs.filter((off) => off.kind === 'remembrance').map((off) => toDay(off.from)));
  const evening = (time: string | undefined): boolean => (time ?? DEFAULT_TIME) >= '18:00';
  const firstSlot = new Set<string>();
  if (period) {
    const start = toDay(period.start);
    const end = toDay(period.end);
    // Weeks start on Monday; week 0 is the week of the first day of the period.
    const firstMonday = start - WEEKDAYS.indexOf(weekdayOf(start));
    for (const cadence of strategy.content?.cadence ?? []) {
      if (!cadence || cadence.per_week <= 0) continue;
      const pillarName = cadence.pillar ? (own(pillars, cadence.pillar)?.name ?? cadence.pillar) : null;
      for (let week = 0, monday = firstMonday; monday <= end; week++, monday += 7) {
        // Fractions spread evenly: 0.5 a week is one post every other week.
        const before = Math.floor(week * cadence.per_week + 1e-9);
        const posts = Math.floor((week + 1) * cadence.per_week + 1e-9) - before;
        // A day off moves the week's post to the next listed day that is free that week.
        const chosen = daysFor(cadence.days ?? [], posts, before);
        const listed = (cadence.days ?? []).length > 0 ? daysFor(cadence.days ?? [], 7) : chosen;
        const days: Weekday[] = [];
        for (const weekday of chosen) {
          const free = (day: Weekday): boolean => {
            const number = monday + WEEKDAYS.indexOf(day);
            return number >= start && number <= end && !skipped.has(number) && !days.includes(day) && !(evening(cadence.time) && remembrance.has(number));
          };
          const instead = free(weekday) ? weekday : listed.find((day) => WEEKDAYS.indexOf(day) > WEEKDAYS.indexOf(weekday) && !chosen.includes(day) && free(day));
          if (instead) days.push(instead);
        }
        for (const weekday of days) {
          const day = monday + WEEKDAYS.indexOf(weekday);
          const date = fromDay(day);
          const filled = explicit.has(`${cadence.channel}\u0000${date}\u0000${cadence.pillar ?? ''}`) || (!firstSlot.has(`${cadence.channel}\u0000${date}`) && explicit.has(`${cadence.channel}\u0000${date}\u0000`));
          firstSlot.add(`${cadence.channel}\u0000${date}`);
          if (filled) continue;
          entries.push({
            ...blank(),
            uid: unique(`post-${cadence.channel}-${date}`),
            kind: 'post',
            source: 'cadence',
            date,
            weekday,
            week: isoWeek(day),
            time: cadence.time ?? DEFAULT_TIME,
            minutes: cadence.minutes_per_post ?? DEFAULT_MINUTES_PER_POST,
            channel: cadence.channel,
            platform: own(channels, cadence.channel)?.platform ?? null,
            pillar: cadence.pillar ?? null,
            pillarName,
            title: '',
            format: cadence.format ?? null,
            status: 'planned',
            preparedBy: nameOf(cadence.owner),
          });
        }
      }
    }
  }

  for (const keyDate of keyDates) {
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

  for (const marked of offs) {
    // A marked day that falls wholly in a period without posts has none either (Christmas Day in the Christmas holiday).
    let inside = !marked.skip;
    for (let day = toDay(marked.from), last = toDay(marked.to); inside && day <= last; day++) inside = skipped.has(day);
    const off = inside ? { ...marked, skip: true } : marked;
    // A holiday that began before the period shows on the period's first day.
    const date = period && off.from < period.start ? period.start : off.from;
    const day = toDay(date);
    const base =
      off.kind === 'public' || off.kind === 'remembrance' ? `holiday-${off.id}-${off.from}` : off.kind === 'school' ? `school-${off.id}-${off.from.slice(0, 4)}` : `${off.kind}-${off.from}`;
    entries.push({
      ...blank(),
      uid: unique(base),
      kind: 'day-off',
      source: 'day-off',
      date,
      until: off.to === date ? null : off.to,
      weekday: weekdayOf(day),
      week: isoWeek(day),
      title: off.name,
      dayOff: off,
    });
  }

  // Sorted on one key per entry (date, days off, key dates, time, channel, uid): no field
  // holds U+0000, so comparing the joined keys compares the fields in turn.
  const keyed = entries.filter((entry) => matches(entry, filter)).map((entry) => ({ entry, key: sortKey(entry) }));
  return keyed.sort((a, b) => compareText(a.key, b.key)).map(({ entry }) => entry);
}

const ORDER: Record<EntryKind, number> = { 'day-off': 0, 'key-date': 1, post: 2 };

function sortKey(entry: CalendarEntry): string {
  return `${entry.date}\u0000${ORDER[entry.kind]}\u0000${entry.time ?? ''}\u0000${entry.channel ?? ''}\u0000${entry.uid}`;
}

/**
 * The days of one week's `count` posts. Listed days take turns over the weeks (`before` posts
 * came earlier), so one post a week on Tuesday and Friday alternates; a week never has more
 * posts than listed days (check warns about such a cadence). Without days, the working week.
 */
export function daysFor(preferred: readonly Weekday[], count: number, before = 0): Weekday[] {
  if (count <= 0) return [];
  const ordered = [...new Set(preferred)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  if (ordered.length === 0) {
    const base = [...(SPREAD[Math.min(count, 5)] ?? [])];
    return [...base, ...WEEKDAYS.filter((day) => !base.includes(day))].slice(0, Math.min(count, 7));
  }
  if (count >= ordered.length) return ordered;
  const chosen = new Set(Array.from({ length: count }, (_, i) => ordered[(before + i) % ordered.length]!));
  return ordered.filter((day) => chosen.has(day));
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

