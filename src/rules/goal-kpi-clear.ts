// Which figures say how far a goal is must be clear from the file: one KPI measures it, and
// that KPI says what one measurement is. Where the file leaves it open, the document shows
// each KPI on its own instead of guessing.
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';
import { looksLikeCount, measuringKpi, mismatchOf } from '../core/measures/goal.js';
import { measurementsOf } from '../core/measures/assess.js';
import { own } from '../util/own.js';
import type { Goal } from '../model/strategy.js';

const looksRelative = (goal: Goal): boolean =>
  goal.target !== undefined && goal.baseline !== undefined && goal.baseline > 100 && goal.target < goal.baseline && !goal.direction;

export default defineRule({
  id: 'goal-kpi-clear',
  severity: 'warning',
  options: {},
  description: {
    en: 'It is clear which KPI measures each goal and what one of its measurements is.',
    nl: 'Het is duidelijk welke KPI elk doel meet en wat één meting ervan is.',
  },
  docs: {
    rationale: {
      en: 'A goal is measured by one KPI; others linked to it are supporting figures, each in its own unit (the reach of Instagram posts supports a goal for applications, but is not an application). With several KPIs, `measured_by` on the goal names the one. For a total counted within the period, the KPI says whether a measurement is the count of its own period (`kind: count`, added up) or the running total so far (`kind: level`). A level whose figures all lie below half its baseline is probably a count: say so with `kind`. Until then progress, course and forecast are left out rather than guessed.',
      nl: 'Een doel wordt gemeten met één KPI; andere KPI’s bij dat doel zijn ondersteunende cijfers, elk in hun eigen eenheid (het bereik van Instagram-berichten ondersteunt een doel voor aanmeldingen, maar is geen aanmelding). Bij meer KPI’s noemt `measured_by` bij het doel de KPI die het meet. Bij een totaal dat binnen de periode wordt geteld, zegt de KPI of een meting de telling van haar eigen periode is (`kind: count`, die worden opgeteld) of het totaal tot nu toe (`kind: level`). Een stand waarvan alle metingen onder de helft van de nulmeting liggen, is waarschijnlijk een telling: zeg dat met `kind`. Tot dan worden voortgang, koers en verwachting weggelaten in plaats van geraden.',
    },
    example:
      'version: 1\ngoals:\n  aanmeldingen:\n    statement: In schooljaar 2026-2027 melden zich 300 leerlingen aan.\n    kind: total\n    target: 300\n    unit: aanmeldingen\n    deadline: 2027-06-30\ncontrol:\n  kpis:\n    aanmeldingen-maand: {goal: aanmeldingen, metric: aanmeldingen per maand}\n    ig-bereik: {goal: aanmeldingen, metric: bereik op Instagram}\n',
    sources: ['epale'],
  },
  messages: {
    ambiguous: message<{ goal: string; kpis: string[] }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} has ${p.kpis.length} KPIs (${w.list(p.kpis.map((k) => w.quote(k)))}) and none is named as the one that measures it. Set measured_by on the goal to one of them; the others are then shown as supporting figures.`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} heeft ${p.kpis.length} KPI’s (${w.list(p.kpis.map((k) => w.quote(k)))}) en bij geen ervan staat dat die het doel meet. Vul bij het doel measured_by in met een van deze KPI’s; de andere worden dan als ondersteunende cijfers getoond.`,
    ),
    'kind-unknown': message<{ goal: string; kpi: string }>(
      (p, w) =>
        `KPI ${w.quote(p.kpi)} measures goal ${w.quote(p.goal)}, a total counted within the period, but does not say what one measurement is: the count of its own period (kind: count, added up) or the running total so far (kind: level).`,
      (p, w) =>
        `De KPI ${w.quote(p.kpi)} meet doel ${w.quote(p.goal)}, een totaal binnen de periode, maar zegt niet wat één meting is: de telling van die maand of periode (kind: count, die worden opgeteld) of het totaal tot nu toe (kind: level).`,
    ),
    'looks-like-count': message<{ goal: string; kpi: string; baseline: number; highest: number }>(
      (p, w) =>
        `Every measurement of KPI ${w.quote(p.kpi)} (at most ${w.number(p.highest)}) lies below half the baseline of goal ${w.quote(p.goal)} (${w.number(p.baseline)}): is each one a count of its own month rather than where the goal stands? Then make the goal a total (kind: total) and the KPI a count (kind: count); if the figures really fell, say so with kind: level on the KPI.`,
      (p, w) =>
        `Alle metingen van de KPI ${w.quote(p.kpi)} (hoogstens ${w.number(p.highest)}) liggen onder de helft van de nulmeting van doel ${w.quote(p.goal)} (${w.number(p.baseline)}). Is elke meting de telling van één maand, en niet de stand van het doel? Maak het doel dan een totaal (kind: total) en de KPI een telling (kind: count). Zijn de cijfers echt zo gedaald, zet dan kind: level bij de KPI.`,
    ),
    'percent-range': message<{ goal: string; value: number }>(
      (p, w) =>
        `Goal ${w.quote(p.goal)} is in %, but has a baseline or target of ${w.number(p.value)}: a share lies between 0 and 100. If the goal is a number (followers), give it that unit; for "10% more", use a relative target (target_change).`,
      (p, w) =>
        `Doel ${w.quote(p.goal)} is in %, maar heeft een nulmeting of streefwaarde van ${w.number(p.value)}: een percentage ligt tussen 0 en 100. Is het doel een aantal (volgers), geef het dan die eenheid; voor "10% meer" gebruik je een relatieve streefwaarde (target_change).`,
    ),
  },
  check({ strategy, today, report }) {
    for (const [id, goal] of entries(strategy.goals)) {
      const measuring = measuringKpi(strategy, id);
      if ('problem' in measuring) {
        if (measuring.problem === 'ambiguous')
          report({ pointer: pointer('goals', id), at: 'key', messageId: 'ambiguous', data: { goal: id, kpis: measuring.kpis } });
        continue;
      }
      const kpi = own(strategy.control?.kpis, measuring.kpi);
      if (!kpi) continue;
      const mismatch = mismatchOf(goal, kpi);
      if (mismatch?.problem === 'kind-unknown')
        report({
          pointer: pointer('control', 'kpis', measuring.kpi),
          at: 'key',
          messageId: 'kind-unknown',
          data: { goal: id, kpi: measuring.kpi },
        });
      // A baseline in the hundreds with a small target in % is the relative target goal-target names.
      else if (mismatch?.problem === 'percent-range' && !looksRelative(goal))
        report({ pointer: pointer('goals', id, 'unit'), messageId: 'percent-range', data: { goal: id, value: mismatch.value } });
      if (mismatch) continue;
      const values = measurementsOf(strategy, measuring.kpi, today ?? '9999-12-31', strategy.period?.start).map((m) => m.value);
      const count = looksLikeCount(goal, kpi, values);
      if (count?.problem === 'looks-like-count')
        report({
          pointer: pointer('goals', id, 'baseline'),
          messageId: 'looks-like-count',
          data: { goal: id, kpi: measuring.kpi, baseline: count.baseline, highest: count.highest },
        });
    }
  },
});
