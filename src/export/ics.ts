// The calendar as iCalendar (RFC 5545) for Outlook and Google Calendar, written with ical.js:
// stable UIDs so a re-import updates instead of duplicating, times in the strategy's time
// zone with its VTIMEZONE, key dates as all-day events.
import { crc32 } from 'node:zlib';
import ICAL from 'ical.js';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { VTIMEZONES } from '../../build/vtimezones.js';
import type { CalendarEntry } from '../core/calendar.js';
import type { Language, Strategy } from '../model/strategy.js';
import { fromDay, toDay } from '../core/days.js';
import { entryTexter } from '../render/calendar-text.js';
import { labels } from '../render/labels.js';
import type { LabelTable } from '../render/labels.js';
import { isTimeZone } from '../util/timezone.js';

import { DEFAULT_TIMEZONE } from '../model/strategy.js';
export { DEFAULT_TIMEZONE };

// RFC 5545 3.1: lines of at most 75 octets, the leading space of a continuation included.
ICAL.foldLength = 74;

const vtimezones = new Map<string, string | null>();

/** VTIMEZONE for `zone`; the library files some zones under a linked name (Amsterdam under Brussels). */
function vtimezone(zone: string): string | null {
  // The library builds its whole time-zone table for every lookup; the build looked up the
  // default zone already.
  let block = vtimezones.get(zone);
  if (block !== undefined) return block;
  // Only a zone the time-zone data knows is looked up (check reports any other).
  block = (Object.hasOwn(VTIMEZONES, zone) ? VTIMEZONES[zone] : isTimeZone(zone) ? tzlib_get_ical_block(zone)?.[0] : undefined) ?? null;
  const linked = block ? /TZID:([^\r\n]+)/.exec(block)?.[1] : undefined;
  if (block && linked && linked !== zone) block = block.split(linked).join(zone);
  vtimezones.set(zone, block);
  return block;
}

export interface IcsOptions {
  language: Language;
  name: string;
  timezone: string;
  /** DTSTAMP of an event seen for the first time: fixed, so the same strategy gives the same bytes. */
  stamp: string;
  /**
   * The calendar this one replaces (the calendar.ics render wrote before). An event whose
   * content changed gets the next SEQUENCE and `now` as DTSTAMP, so subscribers and a
   * re-import take the change; an unchanged event keeps both.
   */
  previous?: string;
  /** The time of this render, as 20261129T213000Z. */
  now?: string;
}

interface Previous {
  sequence: number;
  stamp: string;
  /** The event's X-STRATEGY-CONTENT: a fingerprint of everything but UID, SEQUENCE and DTSTAMP. */
  content: string;
}

/** The property that carries an event's content fingerprint, so the next render can compare. */
const CONTENT = 'x-strategy-content';

/** The events of an earlier calendar by UID, read as text: a file mangled by hand gives fewer. */
export function previousEvents(text: string): Map<string, Previous> {
  const events = new Map<string, Previous>();
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  for (const block of unfolded.split(/\r?\nBEGIN:VEVENT\r?\n/).slice(1)) {
    const lines = block.split(/\r?\n/);
    const end = lines.indexOf('END:VEVENT');
    if (end < 0) continue;
    let uid: string | undefined;
    let sequence = 0;
    let stamp = '';
    let content = '';
    for (const line of lines.slice(0, end)) {
      if (line.startsWith('UID:')) uid = line.slice(4);
      // A hand-edited file may say anything: a SEQUENCE is a whole number that fits RFC 5545's integer.
      else if (line.startsWith('SEQUENCE:'))
        sequence = /^\d{1,9}$/.test(line.slice(9).trim()) ? Math.min(Number(line.slice(9)), 999_999_998) : 0;
      else if (line.startsWith('DTSTAMP:')) stamp = validStamp(line.slice(8).trim()) ? line.slice(8).trim() : '';
      else if (line.startsWith('X-STRATEGY-CONTENT:')) content = line.slice(19);
    }
    if (uid !== undefined && /^\d{8}T\d{6}Z$/.test(stamp)) events.set(uid, { sequence: Math.max(0, Math.floor(sequence)), stamp, content });
  }
  return events;
}

/** A DTSTAMP as this program writes it: a real UTC time, 1970 to 2999. */
function validStamp(stamp: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!match) return false;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const time = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  return (
    year! >= 1970 &&
    year! < 3000 &&
    new Date(time).getUTCMonth() === month! - 1 &&
    new Date(time).getUTCDate() === day! &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60
  );
}

/** A fingerprint of an event's properties (CRC-32 and length of their jCal form): it changes when they do. */
function contentOf(properties: readonly ICAL.Property[]): string {
  const json = Buffer.from(JSON.stringify(properties.map((property) => property.toJSON())));
  return `${crc32(json).toString(16).padStart(8, '0')}-${json.byteLength}`;
}

/** "20261129T213000Z" from a time in milliseconds. */
export function icsStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

const STATUS: Record<string, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  idea: 'TENTATIVE',
  planned: 'CONFIRMED',
  'in-progress': 'CONFIRMED',
  ready: 'CONFIRMED',
  published: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/**
 * A wall-clock time on a calendar day (2026-08-24T12:15:00), for a DATE-TIME in the event's
 * time zone. Minutes per post may have decimals (12.5); an event ends on a whole minute, at
 * the latest at 23:59 of the same day. Given to ical.js as text in its own notation, which it
 * writes as iCalendar without building a date object for each of thousands of events.
 */
function wallClock(date: string, time: string, plusMinutes = 0): string {
  const minutes = Math.min(Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + Math.round(plusMinutes), 23 * 60 + 59);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

/** A property of the given value type (`date`, `date-time`), with parameters. */
function property(name: string, type: 'date' | 'date-time', value: string, parameters: Record<string, string> = {}): ICAL.Property {
  const result = new ICAL.Property(name);
  result.resetType(type);
  for (const [key, parameter] of Object.entries(parameters)) result.setParameter(key, parameter);
  result.setValue(value);
  return result;
}

/** Control characters have no place in iCalendar text (RFC 5545 3.3.11); line breaks stay. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// A bare carriage return or another line separator is a line break in text: escaped as one by
// ical.js, so it can never start a property of its own.
const text = (value: string): string => value.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(CONTROL, '');

export function calendarIcs(strategy: Strategy, entries: readonly CalendarEntry[], options: IcsOptions): string {
  const l = labels(options.language);
  const texts = entryTexter(strategy, options.language);
  const zone = vtimezone(options.timezone) ? options.timezone : DEFAULT_TIMEZONE;
  const calendar = new ICAL.Component('vcalendar');
  const name = text(options.name.replace(/[\r\n\u0085\u2028\u2029]+/g, ' '));
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', `-//strategy-as-code//strategy//${options.language.toUpperCase()}`);
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('name', name);
  calendar.addPropertyWithValue('x-wr-calname', name);
  const timezone = entries.some((entry) => entry.kind === 'post') ? vtimezone(zone) : null;
  if (timezone) calendar.addSubcomponent(new ICAL.Component(ICAL.parse(timezone) as unknown[]));
  const stamp = `${options.stamp.replace(/-/g, '')}T000000Z`;
  const previous = options.previous ? previousEvents(options.previous) : null;
  const now = options.now ?? stamp;
  const labelled = eventLabels(l);
  for (const entry of entries) {
    const t = texts(entry);
    const body = entry.kind === 'post' ? postProperties(entry, t, l, labelled, zone) : allDayProperties(entry, t, l);
    const uid = text(entry.uid);
    let sequence = 0;
    let dtstamp = stamp;
    const content = contentOf(body);
    const before = previous?.get(uid);
    if (before) {
      const changed = content !== before.content;
      sequence = changed ? before.sequence + 1 : before.sequence;
      dtstamp = changed ? (now > before.stamp ? now : before.stamp) : before.stamp;
    }
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', uid);
    event.addPropertyWithValue('sequence', sequence);
    event.addProperty(
      property(
        'dtstamp',
        'date-time',
        `${dtstamp.slice(0, 4)}-${dtstamp.slice(4, 6)}-${dtstamp.slice(6, 8)}T${dtstamp.slice(9, 11)}:${dtstamp.slice(11, 13)}:${dtstamp.slice(13, 15)}Z`,
      ),
    );
    for (const part of body) event.addProperty(part);
    event.addPropertyWithValue(CONTENT, content);
    calendar.addSubcomponent(event);
  }
  return `${calendar.toString()}\r\n`;
}

type Texts = ReturnType<ReturnType<typeof entryTexter>>;
type Labelled = ReturnType<typeof eventLabels>;

/** The same few labels for every event. */
function eventLabels(l: LabelTable) {
  const [channel, pillar, format, prepares, approves, status, textLabel, link, asset, hashtags, campaign, approvedOn] = (
    [
      'channel',
      'pillar',
      'format',
      'prepares',
      'approves',
      'status',
      'text',
      'link',
      'asset',
      'hashtags',
      'campaign',
      'approved-on',
    ] as const
  ).map((key) => l.label(`calendar.${key}`));
  return { channel, pillar, format, prepares, approves, status, textLabel, link, asset, hashtags, campaign, approvedOn };
}

/** A property with its value, as ical.js writes it. */
function valued(name: string, value: string | number): ICAL.Property {
  const result = new ICAL.Property(name);
  result.setValue(value);
  return result;
}

/** A key date or a day off: an all-day event that shows no one as busy. */
function allDayProperties(entry: CalendarEntry, t: Texts, l: LabelTable): ICAL.Property[] {
  const body: ICAL.Property[] = [];
  const add = (name: string, value: string | number): void => void body.push(valued(name, value));
  const last = entry.until ?? entry.date;
  body.push(property('dtstart', 'date', entry.date));
  // An all-day event ends on the day after its last (RFC 5545 3.6.1).
  body.push(property('dtend', 'date', fromDay(toDay(last) + 1)));
  // Outlook shows a DATE event as all-day only when told so.
  add('x-microsoft-cdo-alldayevent', 'TRUE');
  add('x-microsoft-msncalendar-alldayevent', 'TRUE');
  if (entry.kind === 'key-date') {
    add('summary', text(`${t.kind}: ${entry.title}`));
    if (t.channel) add('description', text(`${l.label('calendar.channels')}: ${t.channel}`));
    add('categories', text(t.kind));
  } else {
    add('summary', text(`${t.title}: ${t.effect}`));
    add('categories', text(t.kind));
  }
  add('transp', 'TRANSPARENT');
  return body;
}

/** A post: at its time in the calendar's zone, with what the team needs to make it in the description. */
function postProperties(entry: CalendarEntry, t: Texts, l: LabelTable, labelled: Labelled, zone: string): ICAL.Property[] {
  const { channel, pillar, format, prepares, approves, status, textLabel, link, asset, hashtags, campaign, approvedOn } = labelled;
  const body: ICAL.Property[] = [];
  const add = (name: string, value: string | number): void => void body.push(valued(name, value));
  const time = entry.time ?? '09:00';
  const details = [
    t.channel ? `${channel}: ${t.channel}` : null,
    entry.pillarName ? `${pillar}: ${entry.pillarName}` : null,
    entry.format ? `${format}: ${l.value('format', entry.format)}` : null,
    entry.campaign ? `${campaign}: ${entry.campaign}` : null,
    entry.text ? `${textLabel}:\n${entry.text}` : null,
    entry.hashtags.length > 0 ? `${hashtags}: ${entry.hashtags.join(' ')}` : null,
    entry.link ? `${link}: ${entry.link}` : null,
    entry.asset ? `${asset}: ${entry.asset}` : null,
    entry.preparedBy ? `${prepares}: ${entry.preparedBy}` : null,
    entry.approvedBy.length > 0 ? `${approves}: ${entry.approvedBy.join(', ')}` : null,
    entry.approvedOn ? `${approvedOn}: ${entry.approvedOn}` : null,
    `${status}: ${t.status}`,
  ].filter((line): line is string => line !== null);
  body.push(property('dtstart', 'date-time', wallClock(entry.date, time), { tzid: zone }));
  body.push(property('dtend', 'date-time', wallClock(entry.date, time, Math.max(15, entry.minutes)), { tzid: zone }));
  add('summary', text(t.channel ? `[${t.channel}] ${t.title}` : t.title));
  add('description', text(details.join('\n')));
  if (entry.pillarName) add('categories', text(entry.pillarName));
  // An open slot is a placeholder, not a confirmed post.
  add('status', entry.source === 'cadence' ? 'TENTATIVE' : (STATUS[entry.status] ?? 'CONFIRMED'));
  // A post takes a few minutes of someone's day; it should not show the day as busy.
  add('transp', 'TRANSPARENT');
  const url = entry.publishedUrl ?? entry.link;
  if (url) add('url', url);
  return body;
}
