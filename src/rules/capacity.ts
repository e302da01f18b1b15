// The cadence's time per week against the team's hours: in total and per member.
import type { Strategy } from '../model/strategy.js';
import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';

/** Hours per week the cadence asks, in total and per owner. */
export function cadenceHours(strategy: Strategy, defaultMinutes: number): { total: number; byOwner: Map<string, number> } {
  let total = 0;
  const byOwner = new Map<string, number>();
  for (const [, entry] of items(strategy.content?.cadence)) {
    const hours = (entry.per_week * (entry.minutes_per_post ?? defaultMinutes)) / 60;
    total += hours;
    if (entry.owner) byOwner.set(entry.owner, (byOwner.get(entry.owner) ?? 0) + hours);
  }
  return { total, byOwner };
}

export default defineRule({
  id: 'capacity',
  severity: 'error',
  options: { minutes_per_post: 30 },
  check({ strategy, options, t, report }) {
    const { total, byOwner } = cadenceHours(strategy, options.minutes_per_post);
    if (total === 0) return;
    const members = entries(strategy.team?.members);
    const available = members.reduce((sum, [, member]) => sum + (member.hours_per_week ?? 0), 0);
    if (available === 0) {
      report({ pointer: strategy.team ? pointer('team') : pointer('content', 'cadence'), at: 'key', message: t('capacity.no-hours', { needed: total }) });
    } else if (total > available) {
      report({ pointer: pointer('content', 'cadence'), at: 'key', message: t('capacity.team', { needed: total, available }) });
    }
    for (const [id, member] of members) {
      const needed = byOwner.get(id) ?? 0;
      const own = member.hours_per_week ?? 0;
      if (needed <= own || own === 0) continue;
      report({
        pointer: pointer('team', 'members', id, 'hours_per_week'),
        message: t('capacity.member', { member: member.name, needed, available: own }),
      });
    }
  },
});
