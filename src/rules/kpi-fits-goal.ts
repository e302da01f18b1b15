// A goal's figures must be comparable with its target: the KPI that measures it counts the
// same kind of thing, in the same unit. Otherwise every percentage and forecast printed from
// them is nonsense that looks authoritative.
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';
import { measuringKpi, mismatchOf } from '../core/measures/goal.js';
import type { GoalKind, KpiKind } from '../core/measures/goal.js';
import { own } from '../util/own.js';

const GOAL_KIND = {
  en: {
    level: 'a level (a value that stands, such as followers)',
    total: 'a total counted within the period',
    rate: 'a rate (a share or a speed)',
  },
  nl: {
    level: 'een stand (een waarde die staat, zoals volgers)',
    total: 'een totaal dat binnen de periode wordt geteld',
    rate: 'een percentage of snelheid',
  },
} as const;
const KPI_KIND = {
  en: { level: 'a level on its date', count: 'a count of what happened in its period', rate: 'a rate' },
  nl: {
    level: 'een stand op de dag van meten',
    count: 'een telling van wat er in die periode gebeurde',
    rate: 'een percentage of snelheid',
  },
} as const;

export default defineRule({
  id: 'kpi-fits-goal',
  severity: 'error',
  options: {},
  description: {
    en: 'The KPI that measures a goal counts the same kind of figure in the same unit as the goal’s target.',
    nl: 'De KPI die een doel meet, telt hetzelfde soort cijfer in dezelfde eenheid als de streefwaarde van het doel.',
  },
  docs: {
    rationale: {
      en: 'Goals must be measurable to be checked, and only figures of the same kind can be compared with a target. A level (followers) is measured by a level; a total counted within the period (applications this school year) by a count per period, which is added up, or by the running total; a rate by a rate. The KPI’s `unit` is the goal’s `unit`, and a percentage is never counted up. A goal with several KPIs names the one that measures it in `measured_by`; it must be one of its own.',
      nl: 'Doelen moeten meetbaar zijn om te kunnen toetsen, en alleen cijfers van dezelfde soort zijn te vergelijken met een streefwaarde. Een stand (volgers) meet je met een stand; een totaal dat binnen de periode wordt geteld (aanmeldingen dit schooljaar) met een telling per periode, die wordt opgeteld, of met het totaal tot nu toe; een percentage met een percentage. De eenheid (`unit`) van de KPI is die van het doel, en een percentage tel je nooit op. Een doel met meer KPI’s noemt in `measured_by` de KPI die het meet; dat moet een KPI van dat doel zijn.',
    },
    example:
      'version: 1\ngoals:\n  volgers:\n    statement: Eind 2027 volgen 1500 mensen ons Instagram-account.\n    baseline: 1000\n    target: 1500\n    unit: volgers\n    deadline: 2027-12-31\ncontrol:\n  kpis:\n    nieuwe-volgers:\n      goal: volgers\n      import: {platform: instagram, column: new_followers, aggregate: sum}\n',
    sources: ['epale', 'training'],
  },
  messages: {
    'kind-mismatch': message<{ goal: string; kpi: string; goalKind: GoalKind; kpiKind: KpiKind }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} is ${GOAL_KIND.en[p.goalKind]}, but KPI ${w.quote(p.kpi)} that measures it is ${KPI_KIND.en[p.kpiKind]}: its figures cannot be compared with the target. Measure the goal with a KPI of its kind (set the KPI's kind), or change the goal's kind.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} is ${GOAL_KIND.nl[p.goalKind]}, maar de KPI ${w.quote(p.kpi)} die het meet is ${KPI_KIND.nl[p.kpiKind]}: die cijfers zijn niet te vergelijken met de streefwaarde. Meet het doel met een KPI van dezelfde soort (vul bij de KPI de soort in), of pas de soort van het doel aan.`,
    ),
    'unit-mismatch': message<{ goal: string; kpi: string; goalUnit: string; kpiUnit: string }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} is in ${w.quote(p.goalUnit)}, but KPI ${w.quote(p.kpi)} that measures it is in ${w.quote(p.kpiUnit)}. Measure the goal in its own unit, or name another KPI in measured_by.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} is in ${w.quote(p.goalUnit)}, maar de KPI ${w.quote(p.kpi)} die het meet, is in ${w.quote(p.kpiUnit)}. Meet het doel in zijn eigen eenheid, of noem een andere KPI bij measured_by.`,
    ),
    'percent-count': message<{ goal: string; kpi: string }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} has a target in %, but it is counted up (KPI ${w.quote(p.kpi)}): percentages do not add up. Give the goal a unit that is counted (applications, followers), or measure it with a rate.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} heeft een streefwaarde in %, maar wordt opgeteld (KPI ${w.quote(p.kpi)}): percentages kun je niet optellen. Geef het doel een eenheid die je telt (aanmeldingen, volgers), of meet het met een percentage.`,
    ),
    'unknown-kpi': message<{ goal: string; kpi: string }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} is measured by KPI ${w.quote(p.kpi)}, which the strategy does not have. Name one of the goal's own KPIs in measured_by.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} wordt gemeten met KPI ${w.quote(p.kpi)}, maar die staat niet in de strategie. Noem bij measured_by een KPI van dit doel zelf.`,
    ),
    'other-goal': message<{ goal: string; kpi: string; of: string }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} is measured by KPI ${w.quote(p.kpi)}, which belongs to goal ${w.quote(p.of)}. Name one of this goal's own KPIs in measured_by.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} wordt gemeten met KPI ${w.quote(p.kpi)}, maar die hoort bij doel ${w.quote(p.of)}. Noem bij measured_by een KPI van dit doel zelf.`,
    ),
  },
  check({ strategy, report }) {
    for (const [id, goal] of entries(strategy.goals)) {
      const measuring = measuringKpi(strategy, id);
      if ('problem' in measuring) {
        if (measuring.problem === 'other-goal')
          report({
            pointer: pointer('goals', id, 'measured_by'),
            messageId: 'other-goal',
            data: { goal: id, kpi: measuring.kpi, of: measuring.of },
          });
        if (measuring.problem === 'unknown-kpi')
          report({ pointer: pointer('goals', id, 'measured_by'), messageId: 'unknown-kpi', data: { goal: id, kpi: measuring.kpi } });
        continue;
      }
      const kpi = own(strategy.control?.kpis, measuring.kpi);
      const mismatch = kpi ? mismatchOf(goal, kpi) : null;
      if (!mismatch) continue;
      const at = (field: string): string => pointer('control', 'kpis', measuring.kpi, field);
      if (mismatch.problem === 'kind-mismatch') {
        report({
          pointer: kpi!.kind ? at('kind') : kpi!.import ? at('import') : pointer('goals', id),
          ...(kpi!.kind || kpi!.import ? {} : { at: 'key' as const }),
          messageId: 'kind-mismatch',
          data: { goal: id, kpi: measuring.kpi, goalKind: mismatch.goalKind, kpiKind: mismatch.kpiKind },
        });
      } else if (mismatch.problem === 'unit-mismatch') {
        report({
          pointer: at('unit'),
          messageId: 'unit-mismatch',
          data: { goal: id, kpi: measuring.kpi, goalUnit: mismatch.goalUnit, kpiUnit: mismatch.kpiUnit },
        });
      } else if (mismatch.problem === 'percent-count') {
        report({ pointer: pointer('goals', id, 'unit'), messageId: 'percent-count', data: { goal: id, kpi: measuring.kpi } });
      }
    }
  },
});
