// The blocks that make a strategy work once it has its essentials: content, the three core
// tasks, and control. One finding per block, naming what is still missing.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';
import type { FieldId } from '../i18n/vocabulary.js';

export default defineRule({
  id: 'completeness',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\nchannels:\n  facebook: {platform: facebook}\nteam:\n  owner: an\n  tasks:\n    content_management: [an]\n',
    sources: ['epale', 'kennisnet'],
  },
  check({ strategy, report }) {
    if (entries(strategy.channels).length === 0) return;
    const at = (block: 'content' | 'team' | 'control'): string => (strategy[block] ? pointer(block) : '');
    const content: FieldId[] = [];
    if (entries(strategy.content?.pillars).length === 0) content.push('content.pillars');
    if ((strategy.content?.cadence ?? []).filter(Boolean).length === 0) content.push('content.cadence');
    if (content.length > 0)
      report({ pointer: at('content'), at: 'key', messageId: 'missing', data: { section: 'content', parts: content } });
    const tasks = strategy.team?.tasks;
    const unassigned = (['content_management', 'webcare', 'administration'] as const)
      .filter((task) => (tasks?.[task] ?? []).length === 0)
      .map((task): FieldId => `team.tasks.${task}`);
    if (unassigned.length > 0)
      report({
        pointer: tasks ? pointer('team', 'tasks') : at('team'),
        at: 'key',
        messageId: 'missing',
        data: { section: 'tasks', parts: unassigned },
      });
    const control: FieldId[] = [];
    // KPIs per goal are goal-measured's.
    if (!strategy.control?.reporting?.cadence) control.push('control.reporting');
    if (control.length > 0)
      report({ pointer: at('control'), at: 'key', messageId: 'missing', data: { section: 'control', parts: control } });
  },
});
