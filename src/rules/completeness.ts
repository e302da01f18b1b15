// The blocks that make a strategy work once it has its essentials: content, the three core
// tasks, and control. One finding per block, naming what is still missing.
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';
import type { FieldId } from '../i18n/vocabulary.js';

type Section = 'content' | 'tasks' | 'control';

export default defineRule({
  id: 'completeness',
  severity: 'warning',
  options: {},
  description: {
    en: 'Content, the three core tasks and control are filled in once there are channels.',
    nl: 'Content, de drie kerntaken en meten en evalueren zijn ingevuld zodra er kanalen zijn.',
  },
  docs: {
    rationale: {
      en: 'Once a strategy has channels it needs what keeps them going: content (pillars and a cadence), the three core tasks each with someone who does them (content management, webcare, administration), and control (KPIs and who gets the report how often). Each incomplete block is one finding that names what is missing.',
      nl: 'Zodra een strategie kanalen heeft, heeft ze nodig wat die kanalen gaande houdt: content (contentpijlers en een publicatieritme), de drie kerntaken met elk iemand die ze doet (contentbeheer, webcare, accountbeheer), en meten en evalueren (KPI’s, en wie hoe vaak de rapportage krijgt). Elk onvolledig onderdeel is één melding die noemt wat er ontbreekt.',
    },
    example: 'version: 1\nchannels:\n  facebook: {platform: facebook}\nteam:\n  owner: an\n  tasks:\n    content_management: [an]\n',
    sources: ['epale', 'kennisnet'],
  },
  messages: {
    missing: message<{ section: Section; parts: readonly FieldId[] }>(
      (p, w) =>
        `${{ content: 'Content still needs', tasks: 'The core tasks still need', control: 'Control still needs' }[p.section]} ${w.list(p.parts.map((field) => w.field(field)))}.`,
      (p, w) =>
        `${{ content: 'Bij content', tasks: 'Bij de kerntaken', control: 'Bij meten en evalueren' }[p.section]} ontbreekt nog: ${w.list(p.parts.map((field) => w.field(field)))}.`,
    ),
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
