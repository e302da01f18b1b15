import type { Channel } from '../model/strategy.js';
import { fits, formatsOf } from './platforms.js';
import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';

export default defineRule({
  id: 'content-fits-channel',
  severity: 'warning',
  options: {},
  check({ strategy, t, report }) {
    const channels = new Map(entries(strategy.channels));
    const carried = (channel: Channel): string[] => [...(formatsOf(channel.platform) ?? [])];

    for (const [id, channel] of channels) {
      for (const [index, format] of items(channel.formats)) {
        if (fits(channel.platform, format)) continue;
        report({
          pointer: pointer('channels', id, 'formats', index),
          message: t('content-fits-channel.format', { format, platform: channel.platform, fits: carried(channel) }),
        });
      }
    }
    for (const [id, pillar] of entries(strategy.content?.pillars)) {
      const formats = pillar.formats ?? [];
      if (formats.length === 0) continue;
      for (const [index, channelId] of items(pillar.channels)) {
        const channel = channels.get(channelId);
        if (!channel || formats.some((format) => fits(channel.platform, format))) continue;
        report({
          pointer: pointer('content', 'pillars', id, 'channels', index),
          message: t('content-fits-channel.pillar', { pillar: id, channel: channelId, platform: channel.platform, fits: carried(channel) }),
        });
      }
    }
    const posts = [
      ...items(strategy.content?.cadence).map(([index, entry]) => ({ entry, path: ['content', 'cadence', index] as const })),
      ...items(strategy.calendar?.items).map(([index, entry]) => ({ entry, path: ['calendar', 'items', index] as const })),
    ];
    for (const { entry, path } of posts) {
      const channel = entry.channel ? channels.get(entry.channel) : undefined;
      if (!channel || !entry.format || fits(channel.platform, entry.format)) continue;
      report({
        pointer: pointer(...path, 'format'),
        message: t('content-fits-channel.format', { format: entry.format, platform: channel.platform, fits: carried(channel) }),
      });
    }
  },
});
