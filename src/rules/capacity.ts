// The cadence's time per week against the team's hours: in total and per member.
import { figures } from '../model/figures.js';
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'capacity',
  severity: 'error',
  options: { minutes_per_post: 30 },
  check({ strategy, options, t, report }) {
    const { cadenceHours: total, hoursPerMember: byOwner, teamHours: available } = figures(strategy, options.minutes_per_post);
    if (total === 0) return;
    const members = entries(strategy.team?.members);
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
