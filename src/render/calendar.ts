// The content calendar: slots generated from the cadence over the period, skipping blackout
// periods, merged with explicit items (an item wins over a slot on the same channel and day)
// and key dates. Pure and deterministic: the same strategy gives the same entries and UIDs.
import type { Strategy, Weekday } from '../model/strategy.js';
import { slugify } from '../model/ids.js';
import { compareText } from '../model/finding.js';
import { DEFAULT_MINUTES_PER_POST } from '../model/figures.js';
import { own } from '../util/own.js';

export type EntryKind = 'post' | 'key-date';

export interface CalendarEntry {
  /** Stable across renders, so calendar apps update an event instead of duplicating it. */
  uid: string;
  kind: EntryKind;
  source: 'cadence' | 'item' | 'key-date';
  date: string;
  weekday: Weekday;
  time: string | null;
  minutes: number;
  channel: string | null;
  platform: string | null;
  pillar: string | null;
  pillarName: string | null;
  title: string;
  format: string | null;
  status: string;
  /** Who prepares the post (a team member's name, or the id when no name is known). */
  preparedBy: string | null;
  /** Who approves posts: the approvers of the webcare workflow. */
  approvedBy: string[];
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

export function buildCalendar(strategy: Strategy, filter: CalendarFilter = {}): CalendarEntry[] {
  const period = strategy.period;
  const members = strategy.team?.members ?? {};
  const nameOf = (id: string | undefined): string | null => (id ? (own(members, id)?.name ?? id) : null);
  const approvers = (strategy.webcare?.workflow?.approve?.by ?? []).map((id) => nameOf(id)!).filter(Boolean);
  const channels = strategy.channels ?? {};
  const pillars = strategy.content?.pillars ?? {};
  const domain = `${slugify(strategy.organisation?.name ?? '') || 'strategy'}.strategy`;
  const blackout = (strategy.calendar?.blackout ?? []).filter(Boolean).map((b) => [toDay(b.from), toDay(b.to)] as const);
  const inBlackout = (day: number): boolean => blackout.some(([from, to]) => day >= from && day <= to);
  const uids = new Map<string, number>();
  const unique = (base: string): string => {
    const count = uids.get(base) ?? 0;
    uids.set(base, count + 1);
    return `${count === 0 ? base : `${base}-${count + 1}`}@${domain}`;
  };

  const entries: CalendarEntry[] = [];
  const explicit = new Set<string>();
  const cadenceByChannel = new Map<string, NonNullable<NonNullable<Strategy['content']>['cadence']>>();
  for (const entry of strategy.content?.cadence ?? []) {
    if (entry) cadenceByChannel.set(entry.channel, [...(cadenceByChannel.get(entry.channel) ?? []), entry]);
  }
  const slugs = new Map<string, string>();
  const slugOf = (text: string): string => {
    let slug = slugs.get(text);
    if (slug === undefined) slugs.set(text, (slug = slugify(text)));
    return slug;
  };
  for (const item of strategy.calendar?.items ?? []) {
    if (!item) continue;
    if (item.channel) explicit.add(`${item.channel}\u0000${item.date}`);
    // The cadence the item belongs to lends it a time, length, format and owner it leaves out.
    const onChannel = item.channel ? (cadenceByChannel.get(item.channel) ?? []) : [];
    const cadence = onChannel.find((c) => c?.pillar === item.pillar) ?? (item.pillar ? undefined : onChannel[0]);
    entries.push({
      uid: unique(`item-${item.date}-${item.channel ?? 'none'}-${slugOf(item.title) || 'post'}`),
      kind: 'post',
      source: 'item',
      date: item.date,
      weekday: weekdayOf(toDay(item.date)),
      time: item.time ?? cadence?.time ?? DEFAULT_TIME,
      minutes: cadence?.minutes_per_post ?? DEFAULT_MINUTES_PER_POST,
      channel: item.channel ?? null,
      platform: item.channel ? (own(channels, item.channel)?.platform ?? null) : null,
      pillar: item.pillar ?? null,
      pillarName: item.pillar ? (own(pillars, item.pillar)?.name ?? item.pillar) : null,
      title: item.title,
      format: item.format ?? cadence?.format ?? null,
      status: item.status ?? 'planned',
      preparedBy: nameOf(item.owner ?? cadence?.owner),
      approvedBy: approvers,
    });
  }

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
        const posts = Math.floor((week + 1) * cadence.per_week + 1e-9) - Math.floor(week * cadence.per_week + 1e-9);
        for (const weekday of daysFor(cadence.days ?? [], posts)) {
          const day = monday + WEEKDAYS.indexOf(weekday);
          if (day < start || day > end || inBlackout(day)) continue;
          const date = fromDay(day);
          if (explicit.has(`${cadence.channel}\u0000${date}`)) continue;
          entries.push({
            uid: unique(`${cadence.channel}-${cadence.pillar ?? 'post'}-${date}`),
            kind: 'post',
            source: 'cadence',
            date,
            weekday,
            time: cadence.time ?? DEFAULT_TIME,
            minutes: cadence.minutes_per_post ?? DEFAULT_MINUTES_PER_POST,
            channel: cadence.channel,
            platform: own(channels, cadence.channel)?.platform ?? null,
            pillar: cadence.pillar ?? null,
            pillarName,
            title: pillarName ?? cadence.channel,
            format: cadence.format ?? null,
            status: 'planned',
            preparedBy: nameOf(cadence.owner),
            approvedBy: approvers,
          });
        }
      }
    }
  }

  for (const keyDate of strategy.calendar?.key_dates ?? []) {
    if (!keyDate) continue;
    entries.push({
      uid: unique(`key-${keyDate.date}-${slugify(keyDate.title) || 'date'}`),
      kind: 'key-date',
      source: 'key-date',
      date: keyDate.date,
      weekday: weekdayOf(toDay(keyDate.date)),
      time: null,
      minutes: 0,
      channel: null,
      platform: null,
      pillar: null,
      pillarName: null,
      title: keyDate.title,
      format: null,
      status: 'planned',
      preparedBy: null,
      approvedBy: [],
    });
  }

  // Sorted on one key per entry (date, key dates first, time, channel, uid): no field holds
  // U+0000, so comparing the joined keys compares the fields in turn.
  const keyed = entries.filter((entry) => matches(entry, filter)).map((entry) => ({ entry, key: sortKey(entry) }));
  return keyed.sort((a, b) => compareText(a.key, b.key)).map(({ entry }) => entry);
}

function sortKey(entry: CalendarEntry): string {
  return `${entry.date}\u0000${entry.kind === 'key-date' ? 0 : 1}\u0000${entry.time ?? ''}\u0000${entry.channel ?? ''}\u0000${entry.uid}`;
}

function daysFor(preferred: readonly Weekday[], count: number): Weekday[] {
  if (count <= 0) return [];
  const ordered = [...new Set(preferred)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const base = ordered.length > 0 ? ordered : [...(SPREAD[Math.min(count, 5)] ?? [])];
  const rest = WEEKDAYS.filter((day) => !base.includes(day));
  return [...base, ...rest].slice(0, Math.min(count, 7));
}

function matches(entry: CalendarEntry, filter: CalendarFilter): boolean {
  if (filter.from && entry.date < filter.from) return false;
  if (filter.to && entry.date > filter.to) return false;
  if (filter.channel && entry.kind === 'post' && entry.channel !== filter.channel) return false;
  return true;
}

