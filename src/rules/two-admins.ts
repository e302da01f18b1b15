import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'two-admins',
  severity: 'warning',
  options: { min: 2 },
  docs: {
    example: 'version: 1\nchannels:\n  instagram:\n    platform: instagram\n    admins: [lotte]\n',
    sources: ['kennisnet'],
  },
  check({ strategy, options, report }) {
    for (const [id, channel] of entries(strategy.channels)) {
      const count = channel.admins?.length ?? 0;
      if (count >= options.min) continue;
      report({
        pointer: channel.admins ? pointer('channels', id, 'admins') : pointer('channels', id),
        at: channel.admins ? 'value' : 'key',
        messageId: 'too-few',
        data: { channel: id, count, min: options.min },
      });
    }
  },
});
