import { defineRule } from './types.js';
import { items, pointer } from './util.js';

export default defineRule({
  id: 'calendar-blackout',
  severity: 'warning',
  options: {},
  check({ strategy, t, report }) {
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
      report({
        pointer: pointer('calendar', 'items', index, 'date'),
        message: t('calendar-blackout.inside', { date: item.date, reason: hit.reason ?? t('blackout.no-reason') }),
      });
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
