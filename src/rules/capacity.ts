// The cadence's time per week against the team's hours: in total and per member.
import { figures } from '../model/figures.js';
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'capacity',
  severity: 'error',
  options: { minutes_per_post: 30 },
  description: {
    en: 'The cadence fits the hours the team, and each member, has per week.',
    nl: 'Het publicatieritme past binnen de uren van het team en van elk teamlid.',
  },
  docs: {
    rationale: {
      en: 'The cadence must fit the hours the team has. For each cadence entry the rule counts posts per week × minutes per post (`minutes_per_post` when an entry gives none) and compares the total with the members’ `hours_per_week`, and each member’s share (the entries they make) with that member’s hours. A plan the team cannot keep up is not a plan.',
      nl: 'Het publicatieritme moet passen binnen de uren die het team heeft. Voor elk onderdeel van het publicatieritme telt de regel berichten per week × minuten per bericht (`minutes_per_post` als er geen minuten zijn opgegeven), en vergelijkt het totaal met de uren per week van het team (`hours_per_week`). Ook vergelijkt de regel per teamlid de tijd voor de berichten die hij of zij maakt met de uren van dat teamlid. Een plan dat het team niet kan volhouden, is geen plan.',
    },
    example: 'version: 1\nchannels:\n  instagram: {platform: instagram, admins: [lotte, sam]}\nteam:\n  members:\n    lotte: {name: Lotte, hours_per_week: 1}\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 5, minutes_per_post: 45, owner: lotte}\n',
  },
  messages: {
    team: message<{ needed: number; available: number }>(
      (p, w) => `The cadence takes ${w.count(p.needed, 'hour')} a week, but the team has ${w.count(p.available, 'hour')}. Post less often, spend less time per post, or free up hours: a plan the team cannot keep up is not a plan.`,
      (p, w) => `Het publicatieritme kost ${w.count(p.needed, 'hour')} per week, maar het team heeft ${w.count(p.available, 'hour')}. Plaats minder vaak berichten, besteed minder tijd per bericht of maak uren vrij: een plan dat het team niet kan volhouden, is geen plan.`,
    ),
    'no-hours': message<{ needed: number }>(
      (p, w) => `The cadence takes ${w.count(p.needed, 'hour')} a week, but no team member has hours for social media. Record each member’s hours a week for social media.`,
      (p, w) => `Het publicatieritme kost ${w.count(p.needed, 'hour')} per week, maar geen enkel teamlid heeft uren voor sociale media. Vul bij elk teamlid de uren per week voor sociale media in.`,
    ),
    member: message<{ member: string; needed: number; available: number }>(
      (p, w) => `${p.member} makes posts that take ${w.count(p.needed, 'hour')} a week but has ${w.count(p.available, 'hour')}. Spread the posts over more people or post less often.`,
      (p, w) => `${p.member} maakt berichten die ${w.count(p.needed, 'hour')} per week kosten, maar heeft daar ${w.count(p.available, 'hour')} per week voor. Verdeel de berichten over meer mensen of plaats minder vaak berichten.`,
    ),
  },
  check({ strategy, options, report }) {
    const { cadenceHours: total, hoursPerMember: byOwner, teamHours: available } = figures(strategy, options.minutes_per_post);
    if (total === 0) return;
    if (available === 0) {
      report({ pointer: strategy.team ? pointer('team') : pointer('content', 'cadence'), at: 'key', messageId: 'no-hours', data: { needed: total } });
    } else if (total > available) {
      report({ pointer: pointer('content', 'cadence'), at: 'key', messageId: 'team', data: { needed: total, available } });
    }
    for (const [id, member] of entries(strategy.team?.members)) {
      const needed = byOwner.get(id) ?? 0;
      const own = member.hours_per_week ?? 0;
      if (needed <= own || own === 0) continue;
      report({ pointer: pointer('team', 'members', id, 'hours_per_week'), messageId: 'member', data: { member: member.name, needed, available: own } });
    }
  },
});
