// The cadence's time per week against the team's hours: in total and per member.
import { figures } from '../model/figures.js';
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'capacity',
  severity: 'error',
  options: { minutes_per_post: 30 },
  docs: {
    example:
      'version: 1\nchannels:\n  instagram: {platform: instagram, admins: [lotte, sam]}\nteam:\n  members:\n    lotte: {name: Lotte, hours_per_week: 1}\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 5, minutes_per_post: 45, owner: lotte}\n',
    sources: ['epale'],
  },
  check({ strategy, options, report }) {
    const {
      workHours: total,
      cadenceHours,
      webcareHours,
      monitoringHours,
      hoursPerMember: byMember,
      teamHours: available,
    } = figures(strategy, options.minutes_per_post);
    if (total === 0) return;
    const parts = { posting: cadenceHours, webcare: webcareHours, monitoring: monitoringHours };
    if (available === 0) {
      report({
        pointer: strategy.team ? pointer('team') : pointer('content', 'cadence'),
        at: 'key',
        messageId: 'no-hours',
        data: { needed: total, ...parts },
      });
    } else if (total > available) {
      report({
        pointer: strategy.content?.cadence ? pointer('content', 'cadence') : pointer('team'),
        at: 'key',
        messageId: 'team',
        data: { needed: total, available, ...parts },
      });
    }
    for (const [id, member] of entries(strategy.team?.members)) {
      const needed = byMember.get(id) ?? 0;
      const own = member.hours_per_week ?? 0;
      if (needed <= own) continue;
      if (own === 0) {
        // Only when the team has hours at all: otherwise no-hours said it already.
        if (available > 0)
          report({
            pointer: pointer('team', 'members', id),
            at: 'key',
            messageId: 'member-no-hours',
            data: { member: member.name, needed },
          });
        continue;
      }
      report({
        pointer: pointer('team', 'members', id, 'hours_per_week'),
        messageId: 'member',
        data: { member: member.name, needed, available: own },
      });
    }
  },
});
