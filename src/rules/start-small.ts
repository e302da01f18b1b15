import { figures } from '../model/figures.js';
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'start-small',
  severity: 'warning',
  options: { hours_per_channel: 3 },
  description: {
    en: 'Start small: no more channels and communities than the hours allow; grow step by step.',
    nl: 'Begin klein: niet meer kanalen en community’s dan de beschikbare uren toelaten; breid stap voor stap uit.',
  },
  docs: {
    rationale: {
      en: 'Don’t join everything: pick a few channels and communities, show you can keep up, then grow step by step. The rule warns when the number of channels plus communities is more than the team’s weekly hours divided by `hours_per_channel` (at least one).',
      nl: 'Doe niet overal aan mee: kies een paar kanalen en community’s, laat zien dat je ze kunt bijhouden en breid dan stap voor stap uit. De regel waarschuwt als er meer kanalen en community’s zijn dan de uren per week van het team gedeeld door `hours_per_channel`; één kanaal mag altijd.',
    },
    example: 'version: 1\nchannels:\n  instagram: {platform: instagram, admins: [lotte, sam]}\n  tiktok: {platform: tiktok, admins: [lotte, sam]}\nteam:\n  members:\n    lotte: {name: Lotte, hours_per_week: 2}\n    sam: {name: Sam, hours_per_week: 2}\n',
  },
  messages: {
    'too-many': message<{ channels: number; communities: number; hours: number; allowed: number }>(
      (p, w) => `With ${w.count(p.hours, 'hour')} a week, ${w.count(p.channels, 'channel')}${p.communities > 0 ? ` and ${w.count(p.communities, 'community')}` : ''} are more than the team can keep up (with these hours about ${p.allowed}). Start with fewer, show that it works, then grow step by step.`,
      (p, w) => `Met ${w.count(p.hours, 'hour')} per week kan het team ongeveer ${p.allowed === 1 ? 'één kanaal of community' : `${p.allowed} kanalen en community’s`} bijhouden; de strategie heeft er ${p.channels + p.communities} (${w.count(p.channels, 'channel')}${p.communities > 0 ? ` en ${w.count(p.communities, 'community')}` : ''}). Begin met minder, laat zien dat het lukt en breid dan stap voor stap uit.`,
    ),
  },
  check({ strategy, options, report }) {
    const channels = entries(strategy.channels).length;
    const communities = strategy.communities?.filter(Boolean).length ?? 0;
    const hours = figures(strategy).teamHours;
    if (channels + communities === 0 || hours === 0) return;
    const allowed = Math.max(1, Math.floor(hours / options.hours_per_channel));
    if (channels + communities <= allowed) return;
    report({ pointer: pointer('channels'), at: 'key', messageId: 'too-many', data: { channels, communities, hours, allowed } });
  },
});
