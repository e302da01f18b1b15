import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

const SMART_FIELDS = ['metric', 'target', 'unit', 'deadline'] as const;
type SmartField = (typeof SMART_FIELDS)[number];

export default defineRule({
  id: 'goal-smart',
  severity: 'error',
  options: {},
  description: {
    en: 'Every goal is SMART: a metric, a target, a unit and a deadline; a target that differs from the baseline and a deadline inside the period.',
    nl: 'Elk doel is SMART: met maatstaf, streefwaarde, eenheid en deadline; de streefwaarde verschilt van de nulmeting en de deadline valt binnen de periode.',
  },
  docs: {
    rationale: {
      en: 'A goal is specific, measurable, achievable, relevant and time-bound. The rule checks what a file can show: the goal has a `metric`, a `target`, a `unit` and a `deadline`; the target differs from the `baseline` (otherwise nothing changes); the deadline lies inside the strategy `period`; and `sustain_until`, if given, comes after the deadline. Vague: "we want more fans". SMART: "by 30 June the Facebook page has 10% more fans".',
      nl: 'Een doel is specifiek, meetbaar, acceptabel, realistisch en tijdgebonden. De regel toetst wat een bestand kan laten zien: het doel heeft een maatstaf (`metric`), een streefwaarde (`target`), een eenheid (`unit`) en een deadline (`deadline`); de streefwaarde verschilt van de nulmeting (`baseline`), anders verandert er niets; de deadline valt binnen de periode van de strategie (`period`); en "vasthouden tot" (`sustain_until`) ligt, als het is ingevuld, na de deadline. Vaag: "we willen meer fans". SMART: "op 30 juni heeft de Facebookpagina 10% meer fans".',
    },
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ngoals:\n  more-fans:\n    statement: Meer fans op Facebook\n    metric: Facebook fans\n    baseline: 1200\n    target: 1200\n',
    sources: ['training', 'social'],
  },
  messages: {
    missing: message<{ goal: string; fields: readonly SmartField[] }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} is not SMART yet: it still needs ${w.list(p.fields.map((f) => w.field(`goal.${f}`)))}. A SMART goal says what is measured, the value to reach, in which unit and by when ("by 30 June the Facebook page has 10% more fans").`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} is nog niet SMART. Nog in te vullen: ${w.list(p.fields.map((f) => w.field(`goal.${f}`)))}. Een SMART-doel zegt wat je meet, welke waarde je wilt bereiken, in welke eenheid en wanneer ("op 30 juni heeft de Facebookpagina 10% meer fans").`,
    ),
    'same-target': message<{ value: number }>(
      (p, w) =>
        `The target equals the baseline (${w.number(p.value, 2)}): nothing would change. Set the value you want to reach with this goal.`,
      (p, w) =>
        `De streefwaarde is gelijk aan de nulmeting (${w.number(p.value, 2)}): er zou niets veranderen. Vul de waarde in die je met dit doel wilt bereiken.`,
    ),
    'deadline-outside': message<{ deadline: string; start: string; end: string }>(
      (p, w) =>
        `The deadline ${w.date(p.deadline)} lies outside the strategy period (${w.date(p.start)} to ${w.date(p.end)}); a goal must be reachable, and checkable, within the period.`,
      (p, w) =>
        `De deadline ${w.date(p.deadline)} valt buiten de periode van de strategie (${w.date(p.start)} tot en met ${w.date(p.end)}); een doel moet binnen de periode haalbaar én toetsbaar zijn.`,
    ),
    'sustain-before-deadline': message<{ date: string; deadline: string }>(
      (p, w) =>
        `"Hold until" (${w.date(p.date)}) comes before the deadline (${w.date(p.deadline)}). It says how long the result must hold after it is reached: choose a date after the deadline.`,
      (p, w) =>
        `De datum "vasthouden tot" (${w.date(p.date)}) ligt vóór de deadline (${w.date(p.deadline)}). Die datum geeft aan hoe lang het resultaat moet blijven staan nadat het is bereikt: kies een datum na de deadline.`,
    ),
  },
  check({ strategy, report }) {
    const period = strategy.period;
    for (const [id, goal] of entries(strategy.goals)) {
      // A target relative to the baseline (`target_change`) is a target too.
      const missing = SMART_FIELDS.filter(
        (field) => (goal[field] === undefined || goal[field] === '') && !(field === 'target' && goal.target_change),
      );
      if (missing.length > 0)
        report({ pointer: pointer('goals', id), at: 'key', messageId: 'missing', data: { goal: id, fields: missing } });
      if (goal.target !== undefined && goal.baseline !== undefined && goal.target === goal.baseline) {
        report({ pointer: pointer('goals', id, 'target'), messageId: 'same-target', data: { value: goal.target } });
      }
      if (goal.deadline && period && (goal.deadline < period.start || goal.deadline > period.end)) {
        report({
          pointer: pointer('goals', id, 'deadline'),
          messageId: 'deadline-outside',
          data: { deadline: goal.deadline, start: period.start, end: period.end },
        });
      }
      if (goal.sustain_until && goal.deadline && goal.sustain_until < goal.deadline) {
        report({
          pointer: pointer('goals', id, 'sustain_until'),
          messageId: 'sustain-before-deadline',
          data: { date: goal.sustain_until, deadline: goal.deadline },
        });
      }
    }
  },
});
