import type { Channel, Format } from '../model/strategy.js';
import { fits, formatsOf } from './platforms.js';
import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';

export default defineRule({
  id: 'content-fits-channel',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\nchannels:\n  youtube:\n    platform: youtube\n    admins: [a, b]\n    formats: [video, photo]\n',
    sources: ['epale'],
  },
  check({ strategy, report }) {
    const channels = new Map(entries(strategy.channels));
    const carried = (channel: Channel): Format[] => [...(formatsOf(channel.platform) ?? [])];

    for (const [id, channel] of channels) {
      for (const [index, format] of items(channel.formats)) {
        if (fits(channel.platform, format)) continue;
        report({
          pointer: pointer('channels', id, 'formats', index),
          messageId: 'format',
          data: { format, platform: channel.platform, fits: carried(channel) },
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
          messageId: 'pillar',
          data: { pillar: id, channel: channelId, platform: channel.platform, fits: carried(channel) },
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
        messageId: 'format',
        data: { format: entry.format, platform: channel.platform, fits: carried(channel) },
      });
    }
  },
});
