import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'goal-measured',
  severity: 'error',
  options: {},
  description: {
    en: 'Every goal is measured by at least one KPI.',
    nl: 'Elk doel wordt gemeten met minstens één KPI.',
  },
  docs: {
    rationale: {
      en: 'Results are measured, evaluated and acted on: every goal has at least one KPI in the block Measuring and evaluating (`control.kpis`, with `goal: <goal id>`). A goal nobody measures cannot be checked.',
      nl: 'Meet de resultaten, evalueer ze en stuur de aanpak bij: elk doel heeft minstens één KPI in het blok Meten en evalueren (`control.kpis`, met `goal: <id van het doel>`). Een doel dat niemand meet, kun je niet toetsen.',
    },
    example: 'version: 1\ngoals:\n  open-dagen:\n    statement: Meer bezoekers op de open dagen\n',
    sources: ['epale'],
  },
  messages: {
    missing: message<{ goal: string }>(
      (p, w) =>
        `No KPI measures goal ${w.quote(p.goal)}. Add one for this goal in the block Measuring and evaluating: what is measured, from which source and how often. A goal nobody measures cannot be checked.`,
      (p, w) =>
        `Geen enkele KPI meet het doel ${w.quote(p.goal)}. Voeg in het blok Meten en evalueren een KPI voor dit doel toe: wat je meet, uit welke bron en hoe vaak. Een doel dat niemand meet, kun je niet toetsen.`,
    ),
  },
  check({ strategy, report }) {
    const measured = new Set(entries(strategy.control?.kpis).map(([, kpi]) => kpi.goal));
    for (const [id] of entries(strategy.goals)) {
      if (!measured.has(id)) report({ pointer: pointer('goals', id), at: 'key', messageId: 'missing', data: { goal: id } });
    }
  },
});
