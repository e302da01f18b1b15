import type { Platform } from '../model/strategy.js';
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'audience-reached',
  severity: 'warning',
  options: {},
  description: {
    en: 'Every audience is reached through at least one channel.',
    nl: 'Elke doelgroep wordt via minstens één kanaal bereikt.',
  },
  docs: {
    rationale: {
      en: 'Every audience appears in the `audiences` of at least one channel. Follow your audience: use the platforms where it already is, instead of trying to draw it to yours.',
      nl: 'Elke doelgroep staat bij minstens één kanaal onder `audiences`. Volg je doelgroep: zoek haar op waar ze al is, in plaats van haar naar je eigen platform te halen.',
    },
    example:
      'version: 1\naudiences:\n  ouders:\n    name: Ouders\n    platforms: [facebook, whatsapp]\nchannels:\n  instagram: {platform: instagram, admins: [a, b]}\n',
    sources: ['epale'],
  },
  messages: {
    missing: message<{ audience: string; platforms: readonly Platform[] }>(
      (p, w) =>
        `No channel reaches audience ${w.quote(p.audience)}. Follow your audience: ${p.platforms.length > 0 ? `it is active on ${w.list(p.platforms.map((x) => w.value('platform', x)))}; ` : ''}link it to a channel on a platform it already uses, instead of drawing it to yours.`,
      (p, w) =>
        `Geen enkel kanaal bereikt de doelgroep ${w.quote(p.audience)}. Volg je doelgroep: ${p.platforms.length > 0 ? `ze is actief op ${w.list(p.platforms.map((x) => w.value('platform', x)))}; ` : ''}koppel haar aan een kanaal op een platform dat ze al gebruikt, in plaats van haar naar je eigen kanaal te halen.`,
    ),
  },
  check({ strategy, report }) {
    const served = new Set(entries(strategy.channels).flatMap(([, channel]) => channel.audiences ?? []));
    for (const [id, audience] of entries(strategy.audiences)) {
      if (served.has(id)) continue;
      report({
        pointer: pointer('audiences', id),
        at: 'key',
        messageId: 'missing',
        data: { audience: audience.name ?? id, platforms: audience.platforms ?? [] },
      });
    }
  },
});
