import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'audience-reached',
  severity: 'warning',
  options: {},
  check({ strategy, t, report }) {
    const served = new Set(entries(strategy.channels).flatMap(([, channel]) => channel.audiences ?? []));
    for (const [id, audience] of entries(strategy.audiences)) {
      if (served.has(id)) continue;
      report({
        pointer: pointer('audiences', id),
        at: 'key',
        message: t('audience-reached.missing', { audience: id, platforms: audience.platforms ?? [] }),
      });
    }
  },
});
