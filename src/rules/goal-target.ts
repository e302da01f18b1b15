// A target that can be measured honestly: a level needs its starting value, a relative target
// ("10% more fans") is a change of the baseline, and the target goes the way the goal says.
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';
import type { Goal } from '../model/strategy.js';
import { targetOf } from '../core/measures/goal.js';

export default defineRule({
  id: 'goal-target',
  severity: 'warning',
  options: {},
  description: {
    en: 'A goal’s target is measured from a baseline, agrees with a relative target, and goes the goal’s way.',
    nl: 'De streefwaarde van een doel gaat uit van een nulmeting, klopt met een relatieve streefwaarde en gaat de kant op van het doel.',
  },
  docs: {
    rationale: {
      en: 'A goal that raises or lowers a level or a rate (followers, a response time) can only be checked against where it started: record the `baseline`. A relative target ("10% more fans", the method’s own SMART example) is written as `target_change: {percent: 10}`; with a `target` beside it, the two must agree. A `direction: decrease` goal has a target below its baseline. A total counted within the period (applications this year, `kind: total`) needs no baseline. A target in % far below a baseline of hundreds was probably meant as a relative target.',
      nl: 'Een doel dat een niveau of een percentage omhoog of omlaag wil krijgen (volgers, een reactietijd) is alleen te toetsen aan het beginpunt: leg de nulmeting (`baseline`) vast. Een relatieve streefwaarde ("10% meer fans", het SMART-voorbeeld van de methode zelf) schrijf je als `target_change: {percent: 10}`; staat er ook een `target`, dan moeten die twee kloppen. Een doel met `direction: decrease` heeft een streefwaarde onder de nulmeting. Een totaal dat binnen de periode wordt geteld (aanmeldingen dit jaar, `kind: total`) heeft geen nulmeting nodig. Een streefwaarde in % ver onder een nulmeting van honderden was waarschijnlijk als relatieve streefwaarde bedoeld.',
    },
    example:
      'version: 1\ngoals:\n  meer-fans:\n    statement: Op 31 december heeft de Facebookpagina 10% meer fans.\n    metric: fans van de Facebookpagina\n    baseline: 412\n    target: 10\n    unit: "%"\n',
    sources: ['training', 'epale'],
  },
  messages: {
    'no-baseline': message<{ goal: string }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} has no baseline: without the value you start from, nobody can tell whether it is reached. Measure it now and record it as the baseline (or mark the goal as a total counted within the period).`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} heeft geen nulmeting: zonder de waarde waar je vandaan komt, kan niemand zien of het doel gehaald is. Meet die nu en leg hem vast als nulmeting (of geef aan dat het een totaal is dat binnen de periode wordt geteld).`,
    ),
    'change-needs-baseline': message<{ goal: string }>(
      (p, w) => `Goal ${w.quote(p.goal)} has a target relative to the baseline, but no baseline to apply it to. Record the baseline.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} heeft een streefwaarde ten opzichte van de nulmeting, maar geen nulmeting om die op toe te passen. Vul de nulmeting in.`,
    ),
    'change-disagrees': message<{ goal: string; target: number; computed: number }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)}: the target ${w.number(p.target, 2)} does not agree with the relative target, which gives ${w.number(p.computed, 2)}. Keep one of the two, or make them agree.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)}: de streefwaarde ${w.number(p.target, 2)} past niet bij de relatieve streefwaarde, die op ${w.number(p.computed, 2)} uitkomt. Houd er één van de twee over, of pas ze op elkaar aan.`,
    ),
    direction: message<{ goal: string; direction: 'increase' | 'decrease'; baseline: number; target: number }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} is to ${p.direction === 'decrease' ? 'lower' : 'raise'} the metric, but its target ${w.number(p.target, 2)} is ${p.direction === 'decrease' ? 'above' : 'below'} the baseline ${w.number(p.baseline, 2)}.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} wil de maatstaf ${p.direction === 'decrease' ? 'omlaag' : 'omhoog'} krijgen, maar de streefwaarde ${w.number(p.target, 2)} ligt ${p.direction === 'decrease' ? 'boven' : 'onder'} de nulmeting ${w.number(p.baseline, 2)}.`,
    ),
    'looks-relative': message<{ goal: string; baseline: number; target: number }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} goes from ${w.number(p.baseline, 2)} to ${w.percent(p.target)}: if you mean ${w.percent(p.target)} more than the baseline, write it as a relative target (target_change with percent ${w.number(p.target, 2)}).`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} gaat van ${w.number(p.baseline, 2)} naar ${w.percent(p.target)}. Bedoel je ${w.percent(p.target)} méér dan de nulmeting? Vul dat dan in als relatieve streefwaarde: een stijging van ${w.percent(p.target)}.`,
    ),
  },
  check({ strategy, report }) {
    for (const [id, goal] of entries(strategy.goals)) {
      const at = (field: string): string => pointer('goals', id, field);
      const kind = goal.kind ?? 'level';
      if (goal.target_change && goal.baseline === undefined) {
        report({ pointer: at('target_change'), messageId: 'change-needs-baseline', data: { goal: id } });
        continue;
      }
      if (goal.baseline === undefined) {
        if (kind !== 'total' && (goal.target !== undefined || goal.metric))
          report({ pointer: pointer('goals', id), at: 'key', messageId: 'no-baseline', data: { goal: id } });
        continue;
      }
      if (goal.target_change && goal.target !== undefined) {
        const expected = targetOf({ ...goal, target: undefined } as Goal)!;
        if (Math.abs(expected - goal.target) > Math.max(0.5, Math.abs(expected) * 0.01)) {
          report({
            pointer: at('target'),
            messageId: 'change-disagrees',
            data: { goal: id, target: goal.target, computed: Math.round(expected * 100) / 100 },
          });
          continue;
        }
      }
      const target = targetOf(goal);
      if (target === undefined || target === goal.baseline) continue;
      if (goal.unit?.trim() === '%' && goal.target !== undefined && goal.baseline > 100 && goal.target < goal.baseline && !goal.direction) {
        report({ pointer: at('target'), messageId: 'looks-relative', data: { goal: id, baseline: goal.baseline, target: goal.target } });
        continue;
      }
      if (goal.direction && (goal.direction === 'decrease') !== target < goal.baseline) {
        report({
          pointer: at(goal.target_change ? 'target_change' : 'target'),
          messageId: 'direction',
          data: { goal: id, direction: goal.direction, baseline: goal.baseline, target },
        });
      }
    }
  },
});
