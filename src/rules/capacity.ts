// The cadence's time per week against the team's hours: in total and per member.
import { figures } from '../model/figures.js';
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';
import type { Words } from '../i18n/words.js';

interface Work {
  posting: number;
  webcare: number;
  monitoring: number;
}

/** " (6 uur berichten, 2 uur webcare)": the parts that are there, when there is more than one. */
function breakdown(p: Work, w: Words): string {
  const nl = w.language === 'nl';
  const parts: [number, string][] = [
    [p.posting, nl ? 'berichten' : 'posting'],
    [p.webcare, 'webcare'],
    [p.monitoring, nl ? 'meten en rapporteren' : 'monitoring and reporting'],
  ];
  const present = parts.filter(([hours]) => hours > 0);
  return present.length > 1 ? ` (${present.map(([hours, what]) => `${w.count(hours, 'hour')} ${what}`).join(', ')})` : '';
}

export default defineRule({
  id: 'capacity',
  severity: 'error',
  options: { minutes_per_post: 30 },
  description: {
    en: 'The work (cadence, webcare, monitoring) fits the hours the team, and each member, has per week.',
    nl: 'Het werk (publicatieritme, webcare, meten) past binnen de uren van het team en van elk teamlid.',
  },
  docs: {
    rationale: {
      en: 'The work must fit the hours the team has. The rule counts posting (per cadence entry: posts per week × minutes per post, `minutes_per_post` when an entry gives none), webcare (`webcare.hours_per_week`, or `messages_per_week` × `minutes_per_message`, shared by the members who do webcare) and monitoring and reporting (`control.hours_per_week`), and compares the total with the members’ `hours_per_week`, and each member’s share with that member’s hours. A member with work but no hours is reported too. A plan the team cannot keep up is not a plan.',
      nl: 'Het werk moet passen binnen de uren die het team heeft. De regel telt de berichten (per onderdeel van het publicatieritme: berichten per week × minuten per bericht, `minutes_per_post` als er geen minuten zijn opgegeven), webcare (`webcare.hours_per_week`, of `messages_per_week` × `minutes_per_message`, verdeeld over wie webcare doet) en meten en rapporteren (`control.hours_per_week`), en vergelijkt het totaal met de uren per week van het team (`hours_per_week`). Ook vergelijkt de regel per teamlid het eigen deel met de uren van dat teamlid, en meldt de regel een teamlid dat werk heeft maar geen uren. Een plan dat het team niet kan volhouden, is geen plan.',
    },
    example:
      'version: 1\nchannels:\n  instagram: {platform: instagram, admins: [lotte, sam]}\nteam:\n  members:\n    lotte: {name: Lotte, hours_per_week: 1}\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 5, minutes_per_post: 45, owner: lotte}\n',
    sources: ['epale'],
  },
  messages: {
    team: message<Work & { needed: number; available: number }>(
      (p, w) =>
        `The work takes ${w.count(p.needed, 'hour')} a week${breakdown(p, w)}, but the team has ${w.count(p.available, 'hour')}. Post less often, spend less time per post, or free up hours: a plan the team cannot keep up is not a plan.`,
      (p, w) =>
        `Het werk kost ${w.count(p.needed, 'hour')} per week${breakdown(p, w)}, maar het team heeft ${w.count(p.available, 'hour')}. Plaats minder vaak berichten, besteed minder tijd per bericht of maak uren vrij: een plan dat het team niet kan volhouden, is geen plan.`,
    ),
    'no-hours': message<Work & { needed: number }>(
      (p, w) =>
        `The work takes ${w.count(p.needed, 'hour')} a week${breakdown(p, w)}, but no team member has hours for social media. Record each member’s hours a week for social media.`,
      (p, w) =>
        `Het werk kost ${w.count(p.needed, 'hour')} per week${breakdown(p, w)}, maar geen enkel teamlid heeft uren voor sociale media. Vul bij elk teamlid de uren per week voor sociale media in.`,
    ),
    member: message<{ member: string; needed: number; available: number }>(
      (p, w) =>
        `The work of ${p.member} (posts and webcare) takes ${w.count(p.needed, 'hour')} a week, but ${p.member} has ${w.count(p.available, 'hour')}. Spread the work over more people or post less often.`,
      (p, w) =>
        `Het werk van ${p.member} (berichten en webcare) kost ${w.count(p.needed, 'hour')} per week, maar ${p.member} heeft er ${w.count(p.available, 'hour')} per week voor. Verdeel het werk over meer mensen of plaats minder vaak berichten.`,
    ),
    'member-no-hours': message<{ member: string; needed: number }>(
      (p, w) =>
        `The work of ${p.member} (posts and webcare) takes ${w.count(p.needed, 'hour')} a week, but ${p.member} has no hours for social media. Record the hours, or give the work to someone who has them.`,
      (p, w) =>
        `Het werk van ${p.member} (berichten en webcare) kost ${w.count(p.needed, 'hour')} per week, maar ${p.member} heeft geen uren voor sociale media. Vul de uren in, of geef het werk aan iemand die ze wel heeft.`,
    ),
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
