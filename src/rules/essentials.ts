// The blocks without which there is no strategy: a period, goals, audiences, channels and a
// team with an owner. An empty strategy fails; each missing block is one finding, where it
// belongs.
import { defineRule } from './types.js';
import type { Block } from '../i18n/rule-data.js';
import { pointer } from './util.js';

export default defineRule({
  id: 'essentials',
  severity: 'error',
  options: {},
  docs: {
    example: 'version: 1\norganisation: {name: Basisschool De Klimop}\n',
    sources: ['epale', 'training'],
  },
  check({ strategy, ids, report }) {
    const missing = (block: Block): void =>
      report({ pointer: strategy[block] ? pointer(block) : '', at: 'key', messageId: 'missing', data: { block } });
    // A section the schema rejected is in the file: its own finding says what is wrong.
    const rejected = (block: Block): boolean => !strategy[block] && ids.sections.has(block);
    if (!strategy.period && !rejected('period')) missing('period');
    if (ids.goal.size === 0 && !rejected('goals')) missing('goals');
    if (ids.audience.size === 0 && !rejected('audiences')) missing('audiences');
    if (ids.channel.size === 0 && !rejected('channels')) missing('channels');
    if (!strategy.team?.owner && !rejected('team')) missing('team');
  },
});
