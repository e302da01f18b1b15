// Hoe een doel ervoor staat, in het Nederlands: de koers in een paar woorden en in zinnen.
import type { MeasureWordsOf } from '../measure-words.js';

const KINDS = {
  level: 'een stand',
  total: 'een totaal binnen de periode',
  rate: 'een percentage of snelheid',
  count: 'een telling per periode',
} as const;

export const measureWords: MeasureWordsOf = (w) => {
  return {
    status: (s, date) =>
      s.kind === 'reached'
        ? 'streefwaarde gehaald'
        : s.kind === 'on-course'
          ? 'op schema'
          : s.kind === 'behind'
            ? 'achter op schema'
            : s.kind === 'missed'
              ? 'niet gehaald'
              : s.reason === 'stale'
                ? `onbekend sinds ${date(s.since!)}`
                : s.reason === 'no-measurements'
                  ? 'nog niet gemeten'
                  : s.reason === 'none-by-deadline'
                    ? 'onbekend: geen meting vóór de deadline'
                    : s.reason === 'too-few'
                      ? 'nog niet te zeggen (te weinig metingen)'
                      : s.reason === 'not-started'
                        ? 'periode nog niet begonnen'
                        : s.reason === 'no-deadline'
                          ? 'niet te zeggen (geen deadline)'
                          : s.reason === 'no-target'
                            ? 'niet te zeggen (geen streefwaarde)'
                            : 'niet berekend',
    standing: (p) =>
      `Stand per ${p.date}: ${p.value}` +
      (p.reached
        ? `; de streefwaarde van ${p.target} is gehaald.`
        : p.worse
          ? `, ${p.worse.increase ? 'onder' : 'boven'} het beginpunt van ${p.worse.start}.`
          : p.ofTarget !== null
            ? `, ${w.percent(Math.round(p.ofTarget * 100))} van de streefwaarde van ${p.target}.`
            : p.change?.points
              ? `, ${p.change.points.done} van de ${p.change.points.way} procentpunten van de beoogde ${p.change.increase ? 'verbetering' : 'daling'} (van ${p.change.start} naar ${p.target}).`
              : p.change
                ? `, ${w.percent(Math.round(p.change.share * 100))} van de beoogde ${p.change.increase ? 'groei' : 'daling'} (van ${p.change.start} naar ${p.target}).`
                : '.'),
    forecast: (p) =>
      p.reaches && p.bounded
        ? `Als dit tempo aanhoudt, wordt de streefwaarde van ${p.target} ${p.reachedIn ? `in ${p.reachedIn} ` : ''}gehaald, vóór de deadline van ${p.deadline}.`
        : p.reaches
          ? `Verwachte stand op ${p.deadline}: ongeveer ${p.value}. Als dit tempo aanhoudt, wordt de streefwaarde van ${p.target}${p.reachedIn ? ` in ${p.reachedIn}` : ''} gehaald.`
          : `Verwachte stand op ${p.deadline}: ongeveer ${p.value}, ${p.shortfall} ${p.increase ? 'minder' : 'meer'} dan de streefwaarde van ${p.target}.`,
    basis: (p) =>
      `Deze verwachting volgt de rechte lijn die het best past bij ${p.start === 'baseline' ? 'de nulmeting en ' : p.start === 'zero' ? 'het beginpunt (nul) en ' : ''}${w.count(p.count, 'reading')} van ${p.from} tot en met ${p.to}: een eerste aanwijzing, geen toezegging.`,
    missed: (p) =>
      `De deadline (${p.deadline}) is voorbij; de laatste stand ervoor was ${p.value}: de streefwaarde van ${p.target} is niet gehaald.`,
    reachedAt: (p) => `Op ${p.date} stond het op ${p.value}: de streefwaarde van ${p.target} was toen gehaald.`,
    noneByDeadline: (p) => `Er is geen meting van vóór de deadline (${p.deadline}): of de streefwaarde gehaald is, is niet te zeggen.`,
    stale: (p) => `De laatste meting is van ${p.since}: te oud om iets over de koers te zeggen. Vul de metingen aan.`,
    tooFew: 'Voor een verwachting zijn minstens twee metingen nodig.',
    problem: (problem, p) =>
      problem === 'no-kpi'
        ? 'Er is nog geen KPI die dit doel meet.'
        : problem === 'ambiguous'
          ? 'Welke KPI dit doel meet, is nog niet vastgelegd; de cijfers staan hieronder elk op zichzelf.'
          : problem === 'unknown-kpi' || problem === 'other-goal'
            ? 'De KPI die dit doel zou meten, hoort niet bij dit doel; de voortgang is daarom niet berekend.'
            : problem === 'kind-unknown'
              ? 'De KPI zegt niet of een meting de telling van één periode is of het totaal tot nu toe; de voortgang is daarom niet berekend.'
              : problem === 'kind-mismatch'
                ? `De KPI meet ${KINDS[p.kpiKind!]}, het doel is ${KINDS[p.goalKind!]}; de voortgang is daarom niet berekend.`
                : problem === 'unit-mismatch'
                  ? `De KPI meet in ${w.quote(p.kpiUnit)}, het doel in ${w.quote(p.goalUnit)}; de voortgang is daarom niet berekend.`
                  : problem === 'percent-count'
                    ? 'Percentages kun je niet optellen; de voortgang is daarom niet berekend.'
                    : problem === 'percent-range'
                      ? 'Het beginpunt of de streefwaarde ligt buiten 0 tot 100%; de voortgang is daarom niet berekend.'
                      : 'Alle metingen liggen ver onder de nulmeting: waarschijnlijk tellingen per maand en geen stand. De voortgang is daarom niet berekend.',
    figure: (p) =>
      p.value === null
        ? 'nog niet gemeten'
        : `${p.value} (${[p.date, p.target ? `streefwaarde ${p.target}` : null].filter(Boolean).join('; ')})`,
    withTotal: (value, total) => `${value} (samen ${total})`,
    points: (count, one) => `${count} ${one ? 'procentpunt' : 'procentpunten'}`,
  };
};
