// The holidays the calendar skips are known for the whole period: the data shipped with the
// tool covers some school years, and a period beyond them would quietly get posts in holidays.
import { defineRule, message } from './types.js';
import { pointer } from './util.js';
import { holidaySettings, publicCoverage, schoolCoverage } from '../core/holidays.js';
import type { Region } from '../core/holidays.js';

export default defineRule({
  id: 'holiday-data',
  severity: 'warning',
  options: {},
  description: {
    en: 'The public and school holidays are known for the whole period.',
    nl: 'De feestdagen en schoolvakanties zijn bekend voor de hele periode.',
  },
  docs: {
    rationale: {
      en: 'The calendar knows the Dutch public holidays and the school holidays of each region (noord, midden, zuid) for the years in the data it ships with: the public holidays from the date-holidays library (CC BY 3.0), the school holidays from the open data of the Dutch government (CC0). For a period that runs beyond them, posts would be planned in holidays nobody told the calendar about. Add those holidays under `calendar.holidays.local`, or update the tool.',
      nl: 'De kalender kent de Nederlandse feestdagen en de schoolvakanties per regio (noord, midden, zuid) voor de jaren in de meegeleverde gegevens: de feestdagen uit de bibliotheek date-holidays (CC BY 3.0), de schoolvakanties uit de open data van de Rijksoverheid (CC0). Loopt de periode verder, dan plant de kalender berichten in vakanties die hij niet kent. Zet die vakanties onder `calendar.holidays.local`, of werk de tool bij.',
    },
    example: 'version: 1\nperiod: {start: 2030-08-01, end: 2031-07-31}\ncalendar:\n  holidays: {region: midden}\n',
  },
  messages: {
    school: message<{ region: Region; until: string; end: string }>(
      (p, w) =>
        `The school holidays of ${w.value('region', p.region)} are known until ${w.date(p.until)}, but the period runs to ${w.date(p.end)}: after that, posts are planned in school holidays. Add them under calendar.holidays.local, or install a newer version of the tool.`,
      (p, w) =>
        `De kalender kent de schoolvakanties van ${w.value('region', p.region)} tot en met ${w.date(p.until)}, maar de periode loopt tot ${w.date(p.end)}. Daarna plant de kalender dus ook berichten in schoolvakanties. Vul die vakanties zelf in bij de vrije dagen van de kalender, of installeer een nieuwere versie van het programma.`,
    ),
    public: message<{ from: string; until: string }>(
      (p, w) =>
        `Public holidays are known from ${w.date(p.from)} to ${w.date(p.until)}; the period runs outside that, where posts are planned on public holidays. Install a newer version of the tool.`,
      (p, w) =>
        `De kalender kent de feestdagen van ${w.date(p.from)} tot en met ${w.date(p.until)}; de periode valt daarbuiten, en daar plant de kalender ook berichten op feestdagen. Installeer een nieuwere versie van het programma.`,
    ),
  },
  check({ strategy, report }) {
    const period = strategy.period;
    if (!period || period.start > period.end) return;
    const settings = holidaySettings(strategy);
    if (settings.public !== 'ignore') {
      const known = publicCoverage();
      if (period.start < known.from || period.end > known.to)
        report({ pointer: pointer('period'), messageId: 'public', data: { from: known.from, until: known.to } });
    }
    if (settings.region && settings.school !== 'ignore') {
      const known = schoolCoverage(settings.region);
      if (known && (period.end > known.to || period.start < known.from)) {
        report({
          pointer: pointer('calendar', 'holidays', 'region'),
          messageId: 'school',
          data: { region: settings.region, until: known.to, end: period.end },
        });
      }
    }
  },
});
