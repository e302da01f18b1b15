// The rules' texts in English: the calendar, its days off and slots. Each rule has a one-line
// description, the method's rationale (for docs/rules/) and the messages of its findings.
import type { Words } from '../words.js';
import { channelName } from '../rule-data.js';
import type { Weekday } from '../../model/strategy.js';
import type { DayOff, Region } from '../../core/holidays.js';

/** "the autumn holiday", "King's Day", or a local day off by its name. */
function holidayName(p: { kind: DayOff['kind']; id: string; name: string }, w: Words): string {
  if (p.kind === 'public') return w.value('publicHoliday', p.id);
  if (p.kind === 'school' && p.id) return `the ${w.value('schoolHoliday', p.id)}`;
  if (p.kind === 'school') return p.name ? w.quote(p.name) : 'the school holiday';
  return p.name ? w.quote(p.name) : 'a day off of your own';
}

export const calendarRules = {
  'cadence-days': {
    description: 'A cadence names at least as many days as it has posts a week.',
    rationale:
      'A cadence entry with days of its own posts on those days: once a day at its own `time`, or at each of the channel’s times. With more posts a week than that, the extra posts are not planned, while the document promises them. With fewer posts than days, the days take turns: one post a week on Tuesday and Friday is Tuesday one week and Friday the next.',
    messages: {
      'too-few-days': (p: { perWeek: number; days: readonly Weekday[]; slots: number }, w: Words): string =>
        `${w.number(p.perWeek)} posts a week on ${w.count(p.days.length, 'day')} (${w.list(p.days.map((day) => w.value('weekday', day)))}): the calendar plans at most ${p.slots} a week. Add days or times, or lower per_week.`,
    },
  },
  'calendar-blackout': {
    description:
      'No calendar items in blackout periods or on the holidays the calendar skips, no key dates in blackout periods, and no blackout that ends before it starts.',
    rationale:
      'No calendar item falls in a blackout period (`calendar.blackout`): then nobody reads along and nobody answers. Cancelled items are left alone. A key date in a blackout period gets no posts to announce it on the day. An item on a public or school holiday that the calendar skips (`calendar.holidays`) is reported too, naming the holiday: the calendar plans nothing then because nobody is there to answer. A holiday greeting is a choice: mark the holiday (`public: mark` or `school: mark`), or leave the warning. An item after 18:00 on 4 May (Remembrance Day) is reported as well. A blackout or day off that ends before it starts blocks nothing and is reported.',
    messages: {
      inside: (p: { date: string; reason?: string }, w: Words): string =>
        `The post on ${w.date(p.date)} falls in a blackout period (${p.reason ?? 'no posts'}); move it or drop it.`,
      holiday: (p: { date: string; kind: DayOff['kind']; id: string; name: string }, w: Words): string =>
        `The post on ${w.date(p.date)} falls on ${holidayName(p, w)}; the calendar plans no posts ${p.kind === 'public' ? 'on public holidays' : p.kind === 'school' ? 'in the school holidays' : 'on your own days off'}. Move it, or if you post then on purpose, let the calendar only mark these days (calendar.holidays.${p.kind === 'public' ? 'public' : 'school'}: mark).`,
      remembrance: (p: { date: string; time: string }, w: Words): string =>
        `The post at ${String(p.time)} on ${w.date(p.date)}, Remembrance Day, goes out after 18:00: the country falls silent at 20:00, and the calendar plans nothing that evening. Post it before 18:00 or the next day.`,
      reversed: (p: { from: string; to: string }, w: Words): string =>
        `This period ends (${w.date(p.to)}) before it starts (${w.date(p.from)}), so it blocks no day. Swap the dates.`,
      'key-date-inside': (p: { date: string; title: string; reason?: string }, w: Words): string =>
        `The key date ${w.quote(p.title)} on ${w.date(p.date)} falls in a blackout period (${p.reason ?? 'no posts'}), so nothing is posted about it on the day; shorten the blackout or check the date.`,
    },
  },
  'calendar-in-period': {
    description: 'Calendar items and key dates fall inside the period, and every calendar item names its channel.',
    rationale:
      'Calendar items and key dates fall inside the strategy `period`, and every calendar item names the `channel` it is posted on. (Whether that channel exists is checked by `references`.)',
    messages: {
      'duplicate-id': (p: { id: string }, w: Words): string =>
        `The id ${w.quote(p.id)} is given twice in the calendar: calendar apps would mix up the two events. Give each its own id.`,
      outside: (p: { date: string; start: string; end: string }, w: Words): string =>
        `The date ${w.date(p.date)} lies outside the strategy period (${w.date(p.start)} to ${w.date(p.end)}).`,
      'no-channel': (p: { title: string }, w: Words): string =>
        `Calendar item ${w.quote(p.title)} names no channel; fill in the channel it is posted on.`,
    },
  },
  'calendar-slots': {
    description:
      'Every post of the cadence finds a slot, no two posts of a channel share a time, and no day has more posts than the team can make.',
    rationale:
      'The calendar puts each channel’s posts in its slots (`channels.<id>.slots`: days times times of day), at most one per slot, and no more posts on a day than the team can make (`calendar.max_posts_per_day`, or what its hours allow: its hours a week over five working days, divided by the minutes a post takes). A post whose slot falls on a holiday moves to the channel’s next free slot that week. When a week without holidays still has posts that find no slot, the cadence promises more than the calendar plans: add days or times, or post less often. Two planned items on one channel at the same time, or a day with more items than the team can make, are reported as well.',
    messages: {
      'no-slot': (p: { channel: string; platform: string; most: number; weeks: number; first: string }, w: Words): string =>
        `${channelName(p, w)}: in ${w.count(p.weeks, 'week')} without holidays, up to ${w.count(p.most, 'post')} a week ${p.most === 1 ? 'does' : 'do'} not fit the days and times the channel posts at (first in the week of ${w.date(p.first)}). Add days or times to the channel's slots, or plan fewer posts a week.`,
      'day-limit': (p: { missed: number; weeks: number; maximum: number; fromHours: boolean; first: string }, w: Words): string =>
        `In ${w.count(p.weeks, 'week')} without holidays, ${w.count(p.missed, 'post')} of the cadence ${p.missed === 1 ? 'is' : 'are'} left out: the calendar plans at most ${w.count(p.maximum, 'post')} a day${p.fromHours ? ', what the team’s hours allow' : ''} (first in the week of ${w.date(p.first)}). Raise calendar.max_posts_per_day${p.fromHours ? ' or the team’s hours' : ''}, or plan fewer posts a week.`,
      'same-slot': (p: { channel: string; platform: string; date: string; time: string }, w: Words): string =>
        `${w.date(p.date)} has two posts on ${channelName(p, w)} at ${p.time}: move one of them.`,
      'run-up-order': (p: { announce: number; remind: number }, w: Words): string =>
        `The reminder (${w.count(p.remind, 'day')} before) does not come after the announcement (${w.count(p.announce, 'day')} before), so the calendar leaves it out. Put the reminder closer to the date than the announcement.`,
      'run-up-lost': (
        p: { title: string; stages: readonly ('announce' | 'remind' | 'day')[]; channels: readonly string[] },
        w: Words,
      ): string =>
        `The calendar finds no day for the ${w.list(p.stages.map((stage) => ({ announce: 'announcement', remind: 'reminder', day: 'post on the day' })[stage] ?? String(stage)))} of ${w.quote(p.title)} on ${w.list(p.channels.map((channel) => w.value('platform', channel)))}: ${p.stages.length === 1 ? 'it falls' : 'they fall'} before the period, in a holiday or blackout, or on no posting day. Move the date, or change its run-up.`,
      'day-full': (p: { date: string; posts: number; maximum: number }, w: Words): string =>
        `${w.date(p.date)} has ${w.count(p.posts, 'post')}, more than the team can make in a day (at most ${w.number(p.maximum)}); move a post to another day or raise calendar.max_posts_per_day.`,
    },
  },
  'calendar-timezone': {
    description: 'The calendar’s time zone is a known time zone, such as Europe/Amsterdam.',
    rationale:
      'Calendar exports give every post its time in the calendar’s `timezone` (default Europe/Amsterdam), so Outlook and Google show it at the right hour wherever the reader is. The name is an IANA time-zone name: Area/City, in English.',
    messages: {
      unknown: (p: { zone: string }, w: Words): string =>
        `${w.quote(p.zone)} is not a known time zone. Write an IANA name such as Europe/Amsterdam or Europe/Brussels.`,
    },
  },
  'holiday-data': {
    description: 'The public and school holidays are known for the whole period.',
    rationale:
      'The calendar knows the Dutch public holidays and the school holidays of each region (noord, midden, zuid) for the years in the data it ships with: the public holidays from the date-holidays library (CC BY 3.0), the school holidays from the open data of the Dutch government (CC0). For a period that runs beyond them, posts would be planned in holidays nobody told the calendar about. Add those holidays under `calendar.holidays.local`, or update the tool.',
    messages: {
      school: (p: { region: Region; until: string; end: string }, w: Words): string =>
        `The school holidays of ${w.value('region', p.region)} are known until ${w.date(p.until)}, but the period runs to ${w.date(p.end)}: after that, posts are planned in school holidays. Add them under calendar.holidays.local, or install a newer version of the tool.`,
      public: (p: { from: string; until: string }, w: Words): string =>
        `Public holidays are known from ${w.date(p.from)} to ${w.date(p.until)}; the period runs outside that, where posts are planned on public holidays. Install a newer version of the tool.`,
    },
  },
  'holiday-region': {
    description: 'A primary, secondary or mbo school names its school-holiday region.',
    rationale:
      'Primary and secondary schools keep the school holidays of their region (noord, midden or zuid): summer, Christmas and May are fixed, autumn and spring are advisory dates. Mbo institutions set their own holidays; choose the region that fits best and add the weeks that differ as days off of your own. With `calendar.holidays.region` the calendar leaves those weeks out, or marks them, instead of planning posts nobody reads and nobody answers. A school that posts in the holidays on purpose sets `school: mark`.',
    messages: {
      missing: (_p: Record<string, never>): string =>
        'The calendar does not know your school holidays. Give calendar.holidays.region: noord, midden or zuid.',
    },
  },
};
