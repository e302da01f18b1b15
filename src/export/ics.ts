// The calendar as iCalendar (RFC 5545) for Outlook and Google Calendar, written with ical.js:
// stable UIDs so a re-import updates instead of duplicating, times in the strategy's time
// zone with its VTIMEZONE, key dates as all-day events.
import ICAL from 'ical.js';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { VTIMEZONES } from '../../build/vtimezones.js';
import type { CalendarEntry } from '../render/calendar.js';
import type { Language } from '../model/strategy.js';
import { labels, platformName } from '../render/labels.js';
import { isTimeZone } from '../util/timezone.js';

export const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

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
  /** DTSTAMP of every event: fixed, so the same strategy gives the same bytes. */
  stamp: string;
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
const text = (value: string): string => value.replace(CONTROL, '');

export function calendarIcs(entries: readonly CalendarEntry[], options: IcsOptions): string {
  const l = labels(options.language);
  const zone = vtimezone(options.timezone) ? options.timezone : DEFAULT_TIMEZONE;
  const calendar = new ICAL.Component('vcalendar');
  const name = text(options.name.replace(/[\r\n\u0085\u2028\u2029]+/g, ' '));
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', `-//strategy-as-code//strategy//${options.language.toUpperCase()}`);
  calendar.addPropertyWithValue('name', name);
  calendar.addPropertyWithValue('x-wr-calname', name);
  const timezone = entries.some((entry) => entry.kind !== 'key-date') ? vtimezone(zone) : null;
  if (timezone) calendar.addSubcomponent(new ICAL.Component(ICAL.parse(timezone) as unknown[]));
  const stamp = `${options.stamp}T00:00:00Z`;
  // The same few labels for every event.
  const keyDate = l.label('calendar.key-date');
  const [channel, pillar, format, prepares, approves, status] = (['channel', 'pillar', 'format', 'prepares', 'approves', 'status'] as const).map((key) => l.label(`calendar.${key}`));
  for (const entry of entries) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', text(entry.uid));
    event.addPropertyWithValue('sequence', 0);
    event.addProperty(property('dtstamp', 'date-time', stamp));
    if (entry.kind === 'key-date') {
      event.addProperty(property('dtstart', 'date', entry.date));
      // Outlook shows a DATE event as all-day only when told so.
      event.addPropertyWithValue('x-microsoft-cdo-alldayevent', 'TRUE');
      event.addPropertyWithValue('x-microsoft-msncalendar-alldayevent', 'TRUE');
      event.addPropertyWithValue('summary', text(`${keyDate}: ${entry.title}`));
      calendar.addSubcomponent(event);
      continue;
    }
    const time = entry.time ?? '09:00';
    const details = [
      entry.channel ? `${channel}: ${entry.platform ? platformName(entry.platform, options.language) : entry.channel}` : null,
      entry.pillarName ? `${pillar}: ${entry.pillarName}` : null,
      entry.format ? `${format}: ${l.value('format', entry.format)}` : null,
      entry.preparedBy ? `${prepares}: ${entry.preparedBy}` : null,
      entry.approvedBy.length > 0 ? `${approves}: ${entry.approvedBy.join(', ')}` : null,
      `${status}: ${l.value('status', entry.status)}`,
    ].filter((line): line is string => line !== null);
    event.addProperty(property('dtstart', 'date-time', wallClock(entry.date, time), { tzid: zone }));
    event.addProperty(property('dtend', 'date-time', wallClock(entry.date, time, Math.max(15, entry.minutes)), { tzid: zone }));
    event.addPropertyWithValue('summary', text(entry.channel ? `[${entry.platform ? platformName(entry.platform, options.language) : entry.channel}] ${entry.title}` : entry.title));
    event.addPropertyWithValue('description', text(details.join('\n')));
    if (entry.pillarName) event.addPropertyWithValue('categories', text(entry.pillarName));
    event.addPropertyWithValue('status', STATUS[entry.status] ?? 'CONFIRMED');
    calendar.addSubcomponent(event);
  }
  return `${calendar.toString()}\r\n`;
}
