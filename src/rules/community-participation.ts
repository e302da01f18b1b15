// The thresholds of the method: below 15% active members a community is not representative;
// from 15% take part; above 30% you must.
import { defineRule } from './types.js';
import { items, pointer } from './util.js';

export default defineRule({
  id: 'community-participation',
  severity: 'info',
  options: { low: 0.15, high: 0.3 },
  check({ strategy, options, t, report }) {
    for (const [index, community] of items(strategy.communities)) {
      if (community.active_share === undefined) continue;
      const share = Math.round(community.active_share * 100);
      const band = community.active_share < options.low ? 'low' : community.active_share > options.high ? 'high' : 'medium';
      report({
        pointer: pointer('communities', index, 'active_share'),
        message: t(`community-participation.${band}`, { community: community.name, share }),
      });
    }
  },
});
