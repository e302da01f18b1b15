// Start small, measured by the work: prove you can follow up before you grow. The work the
// channels and communities take (posting, webcare, monitoring) against the hours the team has.
import { figures } from '../model/figures.js';
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'start-small',
  severity: 'warning',
  // hours_per_channel is accepted for files written for an earlier version; it is not used.
  options: { max_share: 0.8, listening_hours_per_channel: 0.5, hours_per_channel: 3 },
  description: {
    en: 'Start small: the work leaves room to follow up before more channels and communities are added.',
    nl: 'Begin klein: het werk laat ruimte om op te volgen voordat er kanalen en community’s bij komen.',
  },
  docs: {
    rationale: {
      en: 'Don’t join everything: pick a few channels and communities, show you can keep up, then grow step by step. The measure is the work against the hours the team has: posting (the cadence), webcare (`webcare.hours_per_week`, messages × minutes, or else `listening_hours_per_channel`, half an hour a week, for each channel) and monitoring (`control.hours_per_week`). With more than one channel or community, the rule warns when that work takes more than `max_share` (80%) of the team’s hours: there is no room left to answer, learn and adjust. A primary school with 4 hours a week that posts 1.5 hours on Facebook, Instagram and a parents’ app has room; a team that fills every hour with three channels has none. (`capacity` reports work beyond the hours.)',
      nl: 'Doe niet overal aan mee: kies een paar kanalen en community’s, laat zien dat je ze kunt bijhouden en breid dan stap voor stap uit. De maat is het werk tegenover de uren van het team: berichten maken (het publicatieritme), webcare (`webcare.hours_per_week`, berichten × minuten, of anders `listening_hours_per_channel`, een half uur per week, voor elk kanaal) en meten (`control.hours_per_week`). Bij meer dan één kanaal of community waarschuwt de regel als dat werk meer dan `max_share` (80%) van de uren van het team kost: dan is er geen ruimte meer om te reageren, te leren en bij te sturen. Een basisschool met 4 uur per week die 1,5 uur besteedt aan berichten op Facebook, Instagram en een ouderapp heeft ruimte; een team dat met drie kanalen elk uur vult, heeft die niet. (Werk dat niet in de uren past, meldt `capacity`.)',
    },
    example:
      'version: 1\nchannels:\n  instagram: {platform: instagram}\n  tiktok: {platform: tiktok}\nteam:\n  members:\n    lotte: {name: Lotte, hours_per_week: 4}\ncontent:\n  cadence:\n    - {channel: instagram, per_week: 3, minutes_per_post: 45, owner: lotte}\n    - {channel: tiktok, per_week: 2, minutes_per_post: 30, owner: lotte}\n',
    sources: ['social', 'kennisnet'],
  },
  messages: {
    'too-many': message<{ channels: number; communities: number; hours: number; work: number; share: number }>(
      (p, w) =>
        `${w.capital(w.count(p.channels, 'channel'))}${p.communities > 0 ? ` and ${w.count(p.communities, 'community')}` : ''} take about ${w.count(p.work, 'hour')} of the team’s ${w.count(p.hours, 'hour')} a week (${w.percent(p.share)}): no room is left to answer, learn and adjust. Start with fewer, show that it works, then grow step by step.`,
      (p, w) =>
        `${w.capital(w.count(p.channels, 'channel'))}${p.communities > 0 ? ` en ${w.count(p.communities, 'community')}` : ''} kosten ongeveer ${w.count(p.work, 'hour')} van de ${w.count(p.hours, 'hour')} die het team per week heeft (${w.percent(p.share)}): er blijft geen ruimte over om te reageren, te leren en bij te sturen. Begin met minder, laat zien dat het lukt en breid dan stap voor stap uit.`,
    ),
  },
  check({ strategy, options, report }) {
    const channels = entries(strategy.channels).length;
    const communities = strategy.communities?.filter(Boolean).length ?? 0;
    const f = figures(strategy);
    if (channels + communities <= 1 || f.teamHours === 0 || f.cadenceHours === 0) return;
    const listening = f.webcareHours > 0 ? f.webcareHours : channels * options.listening_hours_per_channel;
    const work = f.cadenceHours + listening + f.monitoringHours;
    const share = work / f.teamHours;
    // Beyond the hours altogether is capacity's to report.
    if (share <= options.max_share || f.workHours > f.teamHours) return;
    report({
      pointer: pointer('channels'),
      at: 'key',
      messageId: 'too-many',
      data: { channels, communities, hours: f.teamHours, work: Math.round(work * 10) / 10, share: Math.round(share * 100) },
    });
  },
});
