import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';
import { daysOff } from '../render/holidays.js';
import type { PublicHoliday } from '../i18n/vocabulary.js';
import type { SchoolHoliday } from '../render/holidays.js';
import { VOCABULARY } from '../i18n/vocabulary.js';

export default defineRule({
  id: 'calendar-blackout',
  severity: 'warning',
  options: {},
  description: {
    en: 'No calendar items in blackout periods or on holidays without posts, and no key date in a blackout period.',
    nl: 'Geen kalenderitems in stilteperiodes of op vakantie- en feestdagen zonder berichten, en geen belangrijke datum in een stilteperiode.',
  },
  docs: {
    rationale: {
      en: 'No calendar item falls in a blackout period (`calendar.blackout`), or on a public or school holiday the calendar skips (`calendar.holidays`): then nobody reads along and nobody answers. Cancelled items are left alone. A key date in a blackout period gets no posts to announce it on the day.',
      nl: 'Geen kalenderitem valt in een stilteperiode (`calendar.blackout`) of op een feestdag of schoolvakantie die de kalender overslaat (`calendar.holidays`): dan leest niemand mee en antwoordt niemand. Geschrapte kalenderitems blijven buiten beschouwing. Een belangrijke datum in een stilteperiode krijgt op de dag zelf geen berichten.',
    },
    example: 'version: 1\ncalendar:\n  blackout:\n    - {from: 2027-07-17, to: 2027-08-29, reason: Zomervakantie}\n  items:\n    - {date: 2027-07-20, title: Uitslagen, channel: instagram}\n',
  },
  messages: {
    inside: message<{ date: string; reason?: string }>(
      (p, w) => `The post on ${w.date(p.date)} falls in a blackout period (${p.reason ?? 'no posts'}); move it or drop it.`,
      (p, w) => `Het bericht op ${w.date(p.date)} valt in een stilteperiode (${p.reason ?? 'geen berichten'}); verplaats het of laat het vervallen.`,
    ),
    holiday: message<{ date: string; publicHoliday?: PublicHoliday; schoolHoliday?: SchoolHoliday; name?: string }>(
      (p, w) => `The post on ${w.date(p.date)} falls ${holidayName(p, 'en')}, when the calendar plans no posts; move it, or set calendar.holidays to mark these days instead of skipping them.`,
      (p, w) => `Het bericht op ${w.date(p.date)} valt ${holidayName(p, 'nl')}, als de kalender geen berichten plant; verplaats het, of laat de kalender feestdagen en vakanties alleen markeren in plaats van overslaan.`,
    ),
    'key-date-inside': message<{ date: string; title: string; reason?: string }>(
      (p, w) => `The key date ${w.quote(p.title)} on ${w.date(p.date)} falls in a blackout period (${p.reason ?? 'no posts'}), so nothing is posted about it on the day; shorten the blackout or check the date.`,
      (p, w) => `De belangrijke datum ${w.quote(p.title)} op ${w.date(p.date)} valt in een stilteperiode (${p.reason ?? 'geen berichten'}), dus op de dag zelf verschijnt er niets over; kort de stilteperiode in of controleer de datum.`,
    ),
  },
  check({ strategy, report }) {
    const keyDates = items(strategy.calendar?.key_dates);
    // Sorted by start, so each item is placed with a binary search: linear in items. ISO dates
    // sort as plain strings (localeCompare would load ICU's collator: milliseconds at start-up).
    const blackouts = items(strategy.calendar?.blackout)
      .map(([, period]) => period)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const latestEnd: string[] = [];
    for (const period of blackouts) latestEnd.push(latestEnd.length > 0 && latestEnd[latestEnd.length - 1]! > period.to ? latestEnd[latestEnd.length - 1]! : period.to);
    // Holidays the calendar skips, by day; blackouts are checked above them.
    const period = strategy.period;
    const skipped = new Map<string, { kind: string; id: string; name: string }>();
    if (period && period.start <= period.end) {
      for (const off of daysOff(strategy, 'en', period.start, period.end)) {
        if (!off.skip || off.kind === 'blackout') continue;
        for (let day = Date.parse(off.from); day <= Date.parse(off.to); day += 86_400_000) {
          const date = new Date(day).toISOString().slice(0, 10);
          // A public holiday is named before the school holiday around it.
          if (!skipped.has(date) || off.kind === 'public') skipped.set(date, off);
        }
      }
    }
    for (const [index, item] of items(strategy.calendar?.items)) {
      if (item.status === 'cancelled') continue;
      const hit = blackouts.length > 0 ? containing(blackouts, latestEnd, item.date) : undefined;
      if (hit) {
        report({ pointer: pointer('calendar', 'items', index, 'date'), messageId: 'inside', data: { date: item.date, ...(hit.reason ? { reason: hit.reason } : {}) } });
        continue;
      }
      const off = skipped.get(item.date);
      if (!off) continue;
      const which = off.kind === 'public' ? { publicHoliday: off.id as PublicHoliday } : off.kind === 'school' ? { schoolHoliday: off.id as SchoolHoliday } : { name: off.name };
      report({ pointer: pointer('calendar', 'items', index, 'date'), messageId: 'holiday', data: { date: item.date, ...which } });
    }
    if (blackouts.length === 0) return;
    for (const [index, keyDate] of keyDates) {
      const hit = containing(blackouts, latestEnd, keyDate.date);
      if (hit) report({ pointer: pointer('calendar', 'key_dates', index, 'date'), messageId: 'key-date-inside', data: { date: keyDate.date, title: keyDate.title, ...(hit.reason ? { reason: hit.reason } : {}) } });
    }
  },
});

/** The blackout period containing `date`, if any. */
function containing<T extends { from: string; to: string }>(sorted: readonly T[], latestEnd: readonly string[], date: string): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.from <= date) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Periods starting on or before `date`; the latest end among them says whether one covers it.
  if (last < 0 || latestEnd[last]! < date) return undefined;
  for (let i = last; i >= 0; i--) if (sorted[i]!.to >= date) return sorted[i];
  return undefined;
}

function holidayName(p: { publicHoliday?: PublicHoliday; schoolHoliday?: SchoolHoliday; name?: string }, language: 'en' | 'nl'): string {
  const vocabulary = VOCABULARY[language];
  if (p.publicHoliday) return `${language === 'nl' ? 'op' : 'on'} ${vocabulary.publicHoliday[p.publicHoliday]}`;
  if (p.schoolHoliday) return `${language === 'nl' ? 'in de' : 'in the'} ${vocabulary.schoolHoliday[p.schoolHoliday]}`;
  return `${language === 'nl' ? 'op' : 'on'} ${p.name ?? (language === 'nl' ? 'een vrije dag' : 'a day off')}`;
}
