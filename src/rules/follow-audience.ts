// Follow your audience: a channel belongs on a platform its audiences use, and an audience is
// reached on a platform where it is active, not pulled to one of ours.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';
import type { Platform } from '../model/strategy.js';

/** Platforms that say nothing about where an audience is: our own website, or "other". */
const NEUTRAL = new Set<string>(['website', 'other']);

export default defineRule({
  id: 'follow-audience',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\naudiences:\n  ouders: {name: Ouders, platforms: [facebook, whatsapp]}\nchannels:\n  instagram: {platform: instagram, audiences: [ouders]}\n',
    sources: ['epale'],
  },
  check({ strategy, report }) {
    const audiences = new Map(entries(strategy.audiences));
    const platformsOf = (id: string): Platform[] | undefined => {
      const listed = audiences.get(id)?.platforms?.filter((platform) => !NEUTRAL.has(platform));
      return listed && listed.length > 0 ? listed : undefined;
    };
    const reached = new Set<string>();
    for (const [id, channel] of entries(strategy.channels)) {
      if (NEUTRAL.has(channel.platform)) continue;
      const away: string[] = [];
      const elsewhere = new Set<Platform>();
      for (const audience of channel.audiences ?? []) {
        const platforms = platformsOf(audience);
        if (!platforms) continue;
        if (platforms.includes(channel.platform)) reached.add(audience);
        else {
          away.push(audiences.get(audience)?.name ?? audience);
          for (const platform of platforms) elsewhere.add(platform);
        }
      }
      // Only when none of its audiences uses the platform: a channel may serve several.
      const served = (channel.audiences ?? []).filter((audience) => platformsOf(audience));
      if (away.length > 0 && away.length === served.length) {
        report({
          pointer: pointer('channels', id, 'platform'),
          messageId: 'channel-elsewhere',
          data: { channel: id, platform: channel.platform, audiences: away, platforms: [...elsewhere] },
        });
      }
    }
    for (const [id, audience] of audiences) {
      const platforms = platformsOf(id);
      if (!platforms || reached.has(id)) continue;
      // An audience no channel serves at all is audience-reached's to report.
      const served = entries(strategy.channels).some(([, channel]) => channel.audiences?.includes(id));
      if (!served) continue;
      report({
        pointer: pointer('audiences', id, 'platforms'),
        messageId: 'unreached',
        data: { audience: audience.name ?? id, platforms },
      });
    }
  },
});
