// A school's calendar knows its school holidays: po, vo and mbo follow the holidays of their
// region, and without the region the calendar plans posts in them.
import { defineRule, message } from './types.js';
import { pointer } from './util.js';

const SCHOOLS = new Set(['po', 'vo', 'mbo']);

export default defineRule({
  id: 'holiday-region',
  severity: 'warning',
  options: {},
  description: {
    en: 'A primary, secondary or mbo school names its school-holiday region.',
    nl: 'Een school in po, vo of mbo noemt haar vakantieregio.',
  },
  docs: {
    rationale: {
      en: 'Primary and secondary schools keep the school holidays of their region (noord, midden or zuid): summer, Christmas and May are fixed, autumn and spring are advisory dates. Mbo institutions set their own holidays; choose the region that fits best and add the weeks that differ as days off of your own. With `calendar.holidays.region` the calendar leaves those weeks out, or marks them, instead of planning posts nobody reads and nobody answers. A school that posts in the holidays on purpose sets `school: mark`.',
      nl: 'Scholen in het po en vo houden de schoolvakanties van hun regio aan (noord, midden of zuid): de zomer-, kerst- en meivakantie liggen vast, de herfst- en voorjaarsvakantie zijn adviesdata. Mbo-instellingen stellen hun vakanties zelf vast; kies dan de regio die het best past en vul afwijkende weken aan als eigen vrije dagen. Met `calendar.holidays.region` slaat de kalender die weken over, of markeert hij ze, in plaats van berichten te plannen die niemand leest en niemand beantwoordt. Een school die in de vakanties bewust doorgaat, kiest `school: mark`.',
    },
    example: 'version: 1\norganisation: {name: Basisschool De Klimop, sector: po}\n',
  },
  messages: {
    missing: message<Record<string, never>>(
      () => 'The calendar does not know your school holidays. Give calendar.holidays.region: noord, midden or zuid.',
      () =>
        'De kalender kent de schoolvakanties van jullie school nog niet. Vul bij de kalender jullie vakantieregio in (noord, midden of zuid); dan plant de kalender geen berichten in de vakanties.',
    ),
  },
  check({ strategy, report }) {
    const sector = strategy.organisation?.sector;
    const holidays = strategy.calendar?.holidays;
    if (!sector || !SCHOOLS.has(sector) || holidays?.region || holidays?.school === 'ignore') return;
    report({ pointer: holidays ? pointer('calendar', 'holidays') : pointer('organisation', 'sector'), messageId: 'missing', data: {} });
  },
});
