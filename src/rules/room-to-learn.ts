// Room to learn: time to try things out in the first weeks, and mistakes handled constructively.
// A strategy that expects every post to land from day one leaves no room to find what works.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'room-to-learn',
  severity: 'info',
  options: {},
  docs: {
    example: 'version: 1\nchannels:\n  instagram: {platform: instagram}\nguidelines:\n  protocol: Op het intranet.\n',
    sources: ['epale'],
  },
  check({ strategy, report }) {
    if (entries(strategy.channels).length === 0 || strategy.guidelines?.learning?.trim()) return;
    report({ pointer: strategy.guidelines ? pointer('guidelines') : '', at: 'key', messageId: 'missing', data: {} });
  },
});
