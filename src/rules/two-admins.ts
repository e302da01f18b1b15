import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'two-admins',
  severity: 'warning',
  options: { min: 2 },
  description: {
    en: 'Every channel has at least two administrators.',
    nl: 'Elk kanaal heeft minstens twee beheerders.',
  },
  docs: {
    rationale: {
      en: 'Every channel has at least `min` administrators (`admins`), so that someone can always reach the account during holidays and illness. A stricter policy is one line in `checks:`, e.g. `two-admins: {severity: error, min: 3}`.',
      nl: 'Elk kanaal heeft minstens `min` beheerders (`admins`), zodat er bij vakantie of ziekte altijd iemand bij het account kan. Een strengere eis stel je in onder `checks:`, bijvoorbeeld `two-admins: {severity: error, min: 3}`.',
    },
    example: 'version: 1\nchannels:\n  instagram:\n    platform: instagram\n    admins: [lotte]\n',
    sources: ['kennisnet'],
  },
  messages: {
    'too-few': message<{ channel: string; count: number; min: number }>(
      (p, w) =>
        `Channel ${w.quote(p.channel)} has ${w.count(p.count, 'administrator')}; at least ${p.min} are needed, so that someone can always reach the account during holidays and illness.`,
      (p, w) =>
        `Het kanaal ${w.quote(p.channel)} heeft ${w.count(p.count, 'administrator')}; er zijn er minstens ${p.min} nodig, zodat er bij vakantie of ziekte altijd iemand bij het account kan.`,
    ),
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
