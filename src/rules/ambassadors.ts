// Ambassadors: students, alumni and staff are trusted more than the organisation itself, above
// all by prospective students. Where they post for it, they need guidelines: what they post,
// how they are supported and how they are credited. Not for primary schools.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

const RECRUITING = new Set(['vo', 'mbo', 'hbo', 'wo', 'adult-education']);

export default defineRule({
  id: 'ambassadors',
  severity: 'info',
  options: {},
  docs: {
    example: 'version: 1\norganisation: {name: Hogeschool Voorbeeld, sector: hbo}\nchannels:\n  tiktok: {platform: tiktok}\n',
    sources: ['kennisnet'],
  },
  check({ strategy, report }) {
    const sector = strategy.organisation?.sector ?? '';
    if (!RECRUITING.has(sector) || entries(strategy.channels).length === 0 || strategy.guidelines?.ambassadors?.trim()) return;
    report({
      pointer: strategy.guidelines ? pointer('guidelines') : pointer('organisation', 'sector'),
      at: strategy.guidelines ? 'key' : 'value',
      messageId: 'missing',
      data: { sector },
    });
  },
});
