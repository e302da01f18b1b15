// The thresholds of the method: below 15% active members a community is not representative;
// from 15% take part; above 30% you must.
import { defineRule } from './types.js';
import { items, pointer } from './util.js';

export default defineRule({
  id: 'community-participation',
  severity: 'info',
  options: { low: 0.15, high: 0.3, large: 50 },
  docs: {
    example: 'version: 1\ncommunities:\n  - {name: Alumninetwerk, active_share: 0.1}\n',
    sources: ['social'],
  },
  check({ strategy, options, report }) {
    for (const [index, community] of items(strategy.communities)) {
      if (community.active_share === undefined) continue;
      const share = Math.round(community.active_share * 100);
      const band = community.active_share < options.low ? 'low' : community.active_share > options.high ? 'high' : 'medium';
      // "Large and active": a small group, however lively, is no source of content.
      if (band === 'high' && community.members !== undefined && community.members < options.large) {
        report({
          pointer: pointer('communities', index, 'active_share'),
          messageId: 'high-small',
          data: { community: community.name, share, members: community.members },
        });
        continue;
      }
      report({ pointer: pointer('communities', index, 'active_share'), messageId: band, data: { community: community.name, share } });
    }
  },
});
