import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';

export default defineRule({
  id: 'channel-purpose',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\nchannels:\n  tiktok: {platform: tiktok, admins: [a, b]}\n',
    sources: ['training'],
  },
  check({ strategy, report }) {
    const withPillar = new Set(entries(strategy.content?.pillars).flatMap(([, pillar]) => pillar.channels ?? []));
    for (const [, entry] of items(strategy.content?.cadence)) if (entry.pillar) withPillar.add(entry.channel);
    for (const [id, channel] of entries(strategy.channels)) {
      if ((channel.audiences ?? []).length === 0)
        report({ pointer: pointer('channels', id), at: 'key', messageId: 'no-audience', data: { channel: id } });
      if ((channel.goals ?? []).length === 0 && !withPillar.has(id))
        report({ pointer: pointer('channels', id), at: 'key', messageId: 'no-goal', data: { channel: id } });
    }
  },
});
