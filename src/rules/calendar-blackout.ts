import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';
import { daysOff } from '../core/holidays.js';
import type { DayOff } from '../core/holidays.js';

export default defineRule({
  id: 'calendar-blackout',
  severity: 'warning',
  options: {},
  description: {
    en: 'No calendar items in blackout periods or on the holidays the calendar skips, no key dates in blackout periods, and no blackout that ends before it starts.',
    nl: 'Geen kalenderitems in stilteperiodes of op de vrije dagen die de kalender overslaat, geen belangrijke datums in stilteperiodes, en geen stilteperiode die eindigt voordat ze begint.',
  },
  docs: {
    rationale: {
      en: 'No calendar item falls in a blackout period (`calendar.blackout`): then nobody reads along and nobody answers. Cancelled items are left alone. A key date in a blackout period gets no posts to announce it on the day. An item on a public or school holiday that the calendar skips (`calendar.holidays`) is reported too, naming the holiday: the calendar plans nothing then because nobody is there to answer. A holiday greeting is a choice: mark the holiday (`public: mark` or `school: mark`), or leave the warning. An item after 18:00 on 4 May (Remembrance Day) is reported as well. A blackout or day off that ends before it starts blocks nothing and is reported.',
      nl: 'Geen kalenderitem valt in een stilteperiode (`calendar.blackout`): dan leest niemand mee en antwoordt niemand. Geschrapte kalenderitems blijven buiten beschouwing. Een belangrijke datum in een stilteperiode krijgt op de dag zelf geen berichten. Een kalenderitem op een feestdag of in een schoolvakantie die de kalender overslaat (`calendar.holidays`), wordt ook gemeld, met de naam van die dag of vakantie: de kalender plant dan niets, omdat er niemand is om te antwoorden. Een felicitatie of groet is een keuze: laat de kalender die dagen dan alleen markeren (`public: mark` of `school: mark`), of laat de waarschuwing staan. Een kalenderitem na 18.00 uur op 4 mei (Dodenherdenking) wordt ook gemeld. Een stilteperiode of vrije dag die eindigt voordat ze begint, houdt niets vrij en wordt gemeld.',
    },
    example:
      'version: 1\ncalendar:\n  blackout:\n    - {from: 2027-07-17, to: 2027-08-29, reason: Zomervakantie}\n  items:\n    - {date: 2027-07-20, title: Uitslagen, channel: instagram}\n',
  },
  messages: {
    inside: message<{ date: string; reason?: string }>(
      (p, w) => `The post on ${w.date(p.date)} falls in a blackout period (${p.reason ?? 'no posts'}); move it or drop it.`,
      (p, w) =>
        `Het bericht op ${w.date(p.date)} valt in een stilteperiode (${p.reason ?? 'geen berichten'}); verplaats het of laat het vervallen.`,
    ),
    holiday: message<{ date: string; kind: DayOff['kind']; id: string; name: string }>(
      (p, w) =>
        `The post on ${w.date(p.date)} falls on ${holidayName(p, w, 'en')}; the calendar plans no posts ${p.kind === 'public' ? 'on public holidays' : p.kind === 'school' ? 'in the school holidays' : 'on your own days off'}. Move it, or if you post then on purpose, let the calendar only mark these days (calendar.holidays.${p.kind === 'public' ? 'public' : 'school'}: mark).`,
      (p, w) =>
        `Het bericht op ${w.date(p.date)} valt ${p.kind === 'school' ? 'in' : 'op'} ${holidayName(p, w, 'nl')}; ${p.kind === 'public' ? 'op feestdagen' : p.kind === 'school' ? 'in schoolvakanties' : 'op eigen vrije dagen'} plant de kalender geen berichten. Verplaats het, of laat de kalender ${p.kind === 'public' ? 'feestdagen' : 'vakanties en vrije dagen'} alleen markeren als je dan bewust post.`,
    ),
    remembrance: message<{ date: string; time: string }>(
      (p, w) =>
        `The post at ${String(p.time)} on ${w.date(p.date)}, Remembrance Day, goes out after 18:00: the country falls silent at 20:00, and the calendar plans nothing that evening. Post it before 18:00 or the next day.`,
      (p, w) =>
        `Het bericht om ${String(p.time).replace(':', '.')} uur op ${w.date(p.date)}, Dodenherdenking, gaat na 18.00 uur uit: om 20.00 uur is het land stil, en de kalender plant die avond niets. Plaats het vóór 18.00 uur of een dag later.`,
    ),
    reversed: message<{ from: string; to: string }>(
      (p, w) => `This period ends (${w.date(p.to)}) before it starts (${w.date(p.from)}), so it blocks no day. Swap the dates.`,
      (p, w) =>
        `Deze periode eindigt (${w.date(p.to)}) voordat ze begint (${w.date(p.from)}), dus ze houdt geen enkele dag vrij. Draai de datums om.`,
    ),
    'key-date-inside': message<{ date: string; title: string; reason?: string }>(
      (p, w) =>
        `The key date ${w.quote(p.title)} on ${w.date(p.date)} falls in a blackout period (${p.reason ?? 'no posts'}), so nothing is posted about it on the day; shorten the blackout or check the date.`,
      (p, w) =>
        `De belangrijke datum ${w.quote(p.title)} op ${w.date(p.date)} valt in een stilteperiode (${p.reason ?? 'geen berichten'}), dus op de dag zelf verschijnt er niets over; kort de stilteperiode in of controleer de datum.`,
    ),
  },
  check({ strategy, report }) {
    const keyDates = items(strategy.calendar?.key_dates);
    // A period that ends before it starts blocks nothing: say so instead of planning posts in it.
    for (const [index, period] of items(strategy.calendar?.blackout)) {
      if (period.to < period.from)
        report({
          pointer: pointer('calendar', 'blackout', index, 'to'),
          messageId: 'reversed',
          data: { from: period.from, to: period.to },
        });
    }
    for (const [index, day] of items(strategy.calendar?.holidays?.local)) {
      if (day.to < day.from)
        report({
          pointer: pointer('calendar', 'holidays', 'local', index, 'to'),
          messageId: 'reversed',
          data: { from: day.from, to: day.to },
        });
    }
    // Sorted by start, so each item is placed with a binary search: linear in items. ISO dates
    // sort as plain strings (localeCompare would load ICU's collator: milliseconds at start-up).
    const blackouts = items(strategy.calendar?.blackout)
      .map(([, period]) => period)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const latestEnd: string[] = [];
    for (const period of blackouts)
      latestEnd.push(latestEnd.length > 0 && latestEnd[latestEnd.length - 1]! > period.to ? latestEnd[latestEnd.length - 1]! : period.to);
    for (const [index, item] of items(strategy.calendar?.items)) {
      if (item.status === 'cancelled') continue;
      const hit = blackouts.length > 0 ? containing(blackouts, latestEnd, item.date) : undefined;
      if (hit)
        report({
          pointer: pointer('calendar', 'items', index, 'date'),
          messageId: 'inside',
          data: { date: item.date, ...(hit.reason ? { reason: hit.reason } : {}) },
        });
    }
    // Items on a holiday the calendar skips, by the holiday's name.
    const period = strategy.period;
    const dated = items(strategy.calendar?.items).filter(([, item]) => item.status !== 'cancelled');
    if (dated.length > 0) {
      const dates = dated.map(([, item]) => item.date).sort();
      const from = period && period.start < dates[0]! ? period.start : dates[0]!;
      const to = dates[dates.length - 1]!;
      const offs = daysOff(strategy, from, to);
      const holidays = offs.filter((off) => off.skip && off.kind !== 'blackout');
      const remembrance = new Set(offs.filter((off) => off.kind === 'remembrance').map((off) => off.from));
      for (const [index, item] of dated) {
        if (blackouts.length > 0 && containing(blackouts, latestEnd, item.date)) continue;
        const hits = holidays.filter((off) => off.from <= item.date && off.to >= item.date);
        // King's Day in the May holiday is named as King's Day.
        const hit = hits.find((off) => off.kind === 'public') ?? hits[0];
        if (hit)
          report({
            pointer: pointer('calendar', 'items', index, 'date'),
            messageId: 'holiday',
            data: { date: item.date, kind: hit.kind, id: hit.id, name: hit.name },
          });
        else if (remembrance.has(item.date) && item.time && item.time >= '18:00')
          report({
            pointer: pointer('calendar', 'items', index, 'time'),
            messageId: 'remembrance',
            data: { date: item.date, time: item.time },
          });
      }
    }
    if (blackouts.length === 0) return;
    for (const [index, keyDate] of keyDates) {
      const hit = containing(blackouts, latestEnd, keyDate.date);
      if (hit)
        report({
          pointer: pointer('calendar', 'key_dates', index, 'date'),
          messageId: 'key-date-inside',
          data: { date: keyDate.date, title: keyDate.title, ...(hit.reason ? { reason: hit.reason } : {}) },
        });
    }
  },
});

/** The blackout period containing `date`, if any. */
function containing<T extends { from: string; to: string }>(
  sorted: readonly T[],
  latestEnd: readonly string[],
  date: string,
): T | undefined {
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

/** "Koningsdag", "de kerstvakantie", "the autumn holiday", or a local day off by its name. */
function holidayName(
  p: { kind: DayOff['kind']; id: string; name: string },
  w: { value: (kind: 'publicHoliday' | 'schoolHoliday', value: string) => string; quote: (value: unknown) => string },
  language: 'nl' | 'en',
): string {
  if (p.kind === 'public') return w.value('publicHoliday', p.id);
  if (p.kind === 'school' && p.id) return `${language === 'nl' ? 'de' : 'the'} ${w.value('schoolHoliday', p.id)}`;
  if (p.kind === 'school') return p.name ? w.quote(p.name) : language === 'nl' ? 'de schoolvakantie' : 'the school holiday';
  return p.name ? w.quote(p.name) : language === 'nl' ? 'een eigen vrije dag' : 'a day off of your own';
}
