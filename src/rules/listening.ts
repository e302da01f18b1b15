// Listening: webcare starts with noticing. The team looks for messages and mentions several
// times a day, on every channel; the strategy says how often and how.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'listening',
  severity: 'info',
  options: {},
  docs: {
    example: 'version: 1\nchannels:\n  facebook: {platform: facebook}\nwebcare:\n  owner: kim\n  response_time_hours: 24\n',
    sources: ['kennisnet', 'social'],
  },
  check({ strategy, report }) {
    if (entries(strategy.channels).length === 0 || strategy.webcare?.listening?.trim()) return;
    report({ pointer: strategy.webcare ? pointer('webcare') : '', at: 'key', messageId: 'missing', data: {} });
  },
});
