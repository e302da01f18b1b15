import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'two-admins',
  severity: 'warning',
  options: { min: 2 },
  check({ strategy, options, t, report }) {
    for (const [id, channel] of entries(strategy.channels)) {
      const count = channel.admins?.length ?? 0;
      if (count >= options.min) continue;
      report({
        pointer: channel.admins ? pointer('channels', id, 'admins') : pointer('channels', id),
        at: channel.admins ? 'value' : 'key',
        message: t('two-admins.too-few', { channel: id, count, min: options.min }),
      });
    }
  },
});
