import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';

export default defineRule({
  id: 'calendar-blackout',
  severity: 'warning',
  options: {},
  description: {
    en: 'No calendar items in blackout periods such as school holidays.',
    nl: 'Geen kalenderitems in stilteperiodes, zoals schoolvakanties.',
  },
  docs: {
    rationale: {
      en: 'No calendar item falls in a blackout period (`calendar.blackout`), such as a school holiday, when nobody reads along and nobody answers. Cancelled items are left alone.',
      nl: 'Geen kalenderitem valt in een stilteperiode (`calendar.blackout`), zoals een schoolvakantie: dan leest niemand mee en antwoordt niemand. Geschrapte kalenderitems blijven buiten beschouwing.',
    },
    example: 'version: 1\ncalendar:\n  blackout:\n    - {from: 2027-07-17, to: 2027-08-29, reason: Zomervakantie}\n  items:\n    - {date: 2027-07-20, title: Uitslagen, channel: instagram}\n',
  },
  messages: {
    inside: message<{ date: string; reason?: string }>(
      (p, w) => `The post on ${w.date(p.date)} falls in a blackout period (${p.reason ?? 'no posts'}); move it or drop it.`,
      (p, w) => `Het bericht op ${w.date(p.date)} valt in een stilteperiode (${p.reason ?? 'geen berichten'}); verplaats het of laat het vervallen.`,
    ),
  },
  check({ strategy, report }) {
    // Sorted by start, so each item is placed with a binary search: linear in items. ISO dates
    // sort as plain strings (localeCompare would load ICU's collator: milliseconds at start-up).
    const blackouts = items(strategy.calendar?.blackout)
      .map(([, period]) => period)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    if (blackouts.length === 0) return;
    const latestEnd: string[] = [];
    for (const period of blackouts) latestEnd.push(latestEnd.length > 0 && latestEnd[latestEnd.length - 1]! > period.to ? latestEnd[latestEnd.length - 1]! : period.to);
    for (const [index, item] of items(strategy.calendar?.items)) {
      if (item.status === 'cancelled') continue;
      const hit = containing(blackouts, latestEnd, item.date);
      if (!hit) continue;
      report({ pointer: pointer('calendar', 'items', index, 'date'), messageId: 'inside', data: { date: item.date, ...(hit.reason ? { reason: hit.reason } : {}) } });
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
