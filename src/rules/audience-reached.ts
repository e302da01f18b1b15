import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'audience-reached',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\naudiences:\n  ouders:\n    name: Ouders\n    platforms: [facebook, whatsapp]\nchannels:\n  instagram: {platform: instagram, admins: [a, b]}\n',
    sources: ['epale'],
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
