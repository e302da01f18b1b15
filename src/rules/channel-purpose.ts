import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';

export default defineRule({
  id: 'channel-purpose',
  severity: 'warning',
  options: {},
  check({ strategy, t, report }) {
    const withPillar = new Set(entries(strategy.content?.pillars).flatMap(([, pillar]) => pillar.channels ?? []));
    for (const [, entry] of items(strategy.content?.cadence)) if (entry.pillar) withPillar.add(entry.channel);
    for (const [id, channel] of entries(strategy.channels)) {
      if ((channel.audiences ?? []).length === 0) {
        report({ pointer: pointer('channels', id), at: 'key', message: t('channel-purpose.no-audience', { channel: id }) });
      }
      if ((channel.goals ?? []).length === 0 && !withPillar.has(id)) {
        report({ pointer: pointer('channels', id), at: 'key', message: t('channel-purpose.no-goal', { channel: id }) });
      }
    }
  },
});
