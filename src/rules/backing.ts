// Backing and skills, after Kennisnet's tips for schools: the board behind it, training for
// those who post, outside help where it is needed, pupils who learn media literacy, and
// parents who know. Advice a school can switch off.
import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';
import { SCHOOL_SECTORS } from '../core/sectors.js';

export default defineRule({
  id: 'backing',
  severity: 'info',
  options: {},
  docs: {
    example:
      'version: 1\norganisation: {name: Basisschool De Klimop, sector: po}\nteam:\n  owner: an\n  members:\n    an: {name: An, hours_per_week: 3}\n',
    sources: ['kennisnet'],
  },
  check({ strategy, report }) {
    const team = strategy.team;
    if (!team || entries(strategy.channels).length === 0) return;
    if (!team.sponsor?.trim())
      report({ pointer: pointer('team'), at: 'key', messageId: 'sponsor', data: { sector: strategy.organisation?.sector } });
    const makers = new Set(
      items(strategy.content?.cadence)
        .map(([, cadence]) => cadence.owner)
        .filter(Boolean),
    );
    if (makers.size > 1 && !team.training?.trim())
      report({ pointer: pointer('team'), at: 'key', messageId: 'training', data: { makers: makers.size } });
    if (!team.outside_help?.trim())
      report({ pointer: pointer('team'), at: 'key', messageId: 'outside-help', data: { sector: strategy.organisation?.sector } });
    const school = SCHOOL_SECTORS.has(strategy.organisation?.sector ?? '');
    if (school && !strategy.guidelines?.media_literacy?.trim())
      report({
        pointer: strategy.guidelines ? pointer('guidelines') : pointer('organisation', 'sector'),
        at: strategy.guidelines ? 'key' : 'value',
        messageId: 'media-literacy',
        data: { sector: strategy.organisation?.sector },
      });
    if (school && !strategy.guidelines?.parents?.trim()) {
      report({
        pointer: strategy.guidelines ? pointer('guidelines') : pointer('organisation', 'sector'),
        at: strategy.guidelines ? 'key' : 'value',
        messageId: 'parents',
        data: { sector: strategy.organisation?.sector },
      });
    }
  },
});
