// The rules' texts in Dutch: the calendar, its days off and slots. Each rule has a one-line
// description, the method's rationale (for docs/rules/) and the messages of its findings.
import type { Words } from '../words.js';
import { channelName } from '../rule-data.js';
import type { DayOff } from '../../core/holidays.js';
import type { calendarRules as english } from '../en/rules-calendar.js';

/** "Koningsdag", "de kerstvakantie", of een eigen vrije dag bij zijn naam. */
function holidayName(p: { kind: DayOff['kind']; id: string; name: string }, w: Words): string {
  if (p.kind === 'public') return w.value('publicHoliday', p.id);
  if (p.kind === 'school' && p.id) return `de ${w.value('schoolHoliday', p.id)}`;
  if (p.kind === 'school') return p.name ? w.quote(p.name) : 'de schoolvakantie';
  return p.name ? w.quote(p.name) : 'een eigen vrije dag';
}

export const calendarRules: typeof english = {
  'cadence-days': {
    description: 'Een publicatieritme noemt minstens zoveel dagen als het berichten per week heeft.',
    rationale:
      'Een regel van het publicatieritme met eigen dagen post op die dagen: één keer per dag op de eigen `time`, of anders op elk van de tijden van het kanaal. Met meer berichten per week dan dat worden de extra berichten niet gepland, terwijl het document ze wel belooft. Met minder berichten dan dagen wisselen de dagen elkaar af: één bericht per week op dinsdag en vrijdag is de ene week dinsdag en de volgende vrijdag.',
    messages: {
      'too-few-days': (p, w) =>
        `${w.number(p.perWeek)} berichten per week op ${w.count(p.days.length, 'day')} (${w.list(p.days.map((day) => w.value('weekday', day)))}): de kalender plant er hoogstens ${p.slots} per week. Voeg dagen of tijden toe, of verlaag het aantal per week.`,
    },
  },
  'calendar-blackout': {
    description:
      'Geen kalenderitems in stilteperiodes of op de vrije dagen die de kalender overslaat, geen belangrijke datums in stilteperiodes, en geen stilteperiode die eindigt voordat ze begint.',
    rationale:
      'Geen kalenderitem valt in een stilteperiode (`calendar.blackout`): dan leest niemand mee en antwoordt niemand. Geschrapte kalenderitems blijven buiten beschouwing. Een belangrijke datum in een stilteperiode krijgt op de dag zelf geen berichten. Een kalenderitem op een feestdag of in een schoolvakantie die de kalender overslaat (`calendar.holidays`), wordt ook gemeld, met de naam van die dag of vakantie: de kalender plant dan niets, omdat er niemand is om te antwoorden. Een felicitatie of groet is een keuze: laat de kalender die dagen dan alleen markeren (`public: mark` of `school: mark`), of laat de waarschuwing staan. Een kalenderitem na 18.00 uur op 4 mei (Dodenherdenking) wordt ook gemeld. Een stilteperiode of vrije dag die eindigt voordat ze begint, houdt niets vrij en wordt gemeld.',
    messages: {
      inside: (p, w) =>
        `Het bericht op ${w.date(p.date)} valt in een stilteperiode (${p.reason ?? 'geen berichten'}); verplaats het of laat het vervallen.`,
      holiday: (p, w) =>
        `Het bericht op ${w.date(p.date)} valt ${p.kind === 'school' ? 'in' : 'op'} ${holidayName(p, w)}; ${p.kind === 'public' ? 'op feestdagen' : p.kind === 'school' ? 'in schoolvakanties' : 'op eigen vrije dagen'} plant de kalender geen berichten. Verplaats het, of laat de kalender ${p.kind === 'public' ? 'feestdagen' : 'vakanties en vrije dagen'} alleen markeren als je dan bewust post.`,
      remembrance: (p, w) =>
        `Het bericht om ${String(p.time).replace(':', '.')} uur op ${w.date(p.date)}, Dodenherdenking, gaat na 18.00 uur uit: om 20.00 uur is het land stil, en de kalender plant die avond niets. Plaats het vóór 18.00 uur of een dag later.`,
      reversed: (p, w) =>
        `Deze periode eindigt (${w.date(p.to)}) voordat ze begint (${w.date(p.from)}), dus ze houdt geen enkele dag vrij. Draai de datums om.`,
      'key-date-inside': (p, w) =>
        `De belangrijke datum ${w.quote(p.title)} op ${w.date(p.date)} valt in een stilteperiode (${p.reason ?? 'geen berichten'}), dus op de dag zelf verschijnt er niets over; kort de stilteperiode in of controleer de datum.`,
    },
  },
  'calendar-in-period': {
    description: 'Kalenderitems en belangrijke datums vallen binnen de periode, en bij elk kalenderitem staat het kanaal.',
    rationale:
      'Kalenderitems en belangrijke datums vallen binnen de periode van de strategie (`period`), en bij elk kalenderitem staat op welk kanaal het verschijnt (`channel`). (Of dat kanaal bestaat, toetst `references`.)',
    messages: {
      'duplicate-id': (p, w) =>
        `Het kenmerk ${w.quote(p.id)} staat twee keer in de kalender: agenda-apps halen de twee afspraken dan door elkaar. Geef elk een eigen kenmerk.`,
      outside: (p, w) =>
        `De datum ${w.date(p.date)} valt buiten de periode van de strategie (${w.date(p.start)} tot en met ${w.date(p.end)}).`,
      'no-channel': (p, w) => `Bij kalenderitem ${w.quote(p.title)} staat geen kanaal; vul in op welk kanaal het verschijnt.`,
    },
  },
  'calendar-slots': {
    description:
      'Elk bericht van het publicatieritme vindt een vast moment, geen twee berichten van een kanaal staan op dezelfde tijd, en geen dag heeft meer berichten dan het team kan maken.',
    rationale:
      'De kalender zet de berichten van elk kanaal op zijn vaste momenten (`channels.<id>.slots`: dagen maal tijden), hoogstens één per moment, en niet meer berichten op een dag dan het team kan maken (`calendar.max_posts_per_day`, of wat de uren toelaten: de uren per week verdeeld over vijf werkdagen, gedeeld door de minuten die een bericht kost). Valt een moment op een vrije dag, dan schuift het bericht naar het volgende vrije moment van dat kanaal in dezelfde week. Vindt een bericht in een week zonder vrije dagen toch geen moment, dan belooft het publicatieritme meer dan de kalender plant: voeg dagen of tijden toe, of post minder vaak. Twee kalenderitems op één kanaal op dezelfde tijd, of een dag met meer kalenderitems dan het team kan maken, worden ook gemeld.',
    messages: {
      'no-slot': (p, w) =>
        `${channelName(p, w)}: in ${w.count(p.weeks, 'week')} zonder vakantie ${p.most === 1 ? 'past' : 'passen'} er per week tot ${w.count(p.most, 'post')} niet in de dagen en tijden waarop het kanaal post (voor het eerst in de week van ${w.date(p.first)}). Voeg dagen of tijden toe, of plan minder berichten per week.`,
      'day-limit': (p, w) =>
        `In ${w.count(p.weeks, 'week')} zonder vakantie ${p.missed === 1 ? 'valt' : 'vallen'} ${w.count(p.missed, 'post')} van het publicatieritme weg: de kalender plant hoogstens ${w.count(p.maximum, 'post')} per dag${p.fromHours ? ', wat de uren van het team toelaten' : ''} (voor het eerst in de week van ${w.date(p.first)}). Verhoog het maximum per dag${p.fromHours ? ' of de uren van het team' : ''}, of plan minder berichten per week.`,
      'same-slot': (p, w) =>
        `Op ${w.date(p.date)} staan twee berichten om ${String(p.time).replace(':', '.')} uur op ${channelName(p, w)}: verplaats er één.`,
      'run-up-order': (p, w) =>
        `De herinnering (${w.count(p.remind, 'day')} ervoor) komt niet na de aankondiging (${w.count(p.announce, 'day')} ervoor), dus de kalender laat haar weg. Zet de herinnering dichter bij de datum dan de aankondiging.`,
      'run-up-lost': (p, w) =>
        `De kalender vindt geen dag voor ${w.list(p.stages.map((stage) => ({ announce: 'de aankondiging', remind: 'de herinnering', day: 'het bericht op de dag zelf' })[stage] ?? String(stage)))} van ${w.quote(p.title)} op ${w.list(p.channels.map((channel) => w.value('platform', channel)))}: ${p.stages.length === 1 ? 'die valt' : 'die vallen'} voor het begin van de periode, in een vakantie of stilteperiode, of op geen dag waarop het kanaal post. Verschuif de datum, of pas de aanloop aan.`,
      'day-full': (p, w) =>
        `Op ${w.date(p.date)} staan ${w.count(p.posts, 'post')}, meer dan het team op één dag aankan (hoogstens ${w.number(p.maximum)}); verplaats een bericht naar een andere dag of verhoog het maximum per dag.`,
    },
  },
  'calendar-timezone': {
    description: 'De tijdzone van de kalender is een bestaande tijdzone, zoals Europe/Amsterdam.',
    rationale:
      'De kalenderexports geven elk bericht zijn tijd in de tijdzone van de kalender (`timezone`, standaard Europe/Amsterdam), zodat Outlook en Google het op het juiste uur tonen, waar de lezer ook is. De naam is een IANA-tijdzonenaam: Gebied/Stad, in het Engels.',
    messages: {
      unknown: (p, w) => `${w.quote(p.zone)} is geen bekende tijdzone. Schrijf een IANA-naam, zoals Europe/Amsterdam of Europe/Brussels.`,
    },
  },
  'holiday-data': {
    description: 'De feestdagen en schoolvakanties zijn bekend voor de hele periode.',
    rationale:
      'De kalender kent de Nederlandse feestdagen en de schoolvakanties per regio (noord, midden, zuid) voor de jaren in de meegeleverde gegevens: de feestdagen uit de bibliotheek date-holidays (CC BY 3.0), de schoolvakanties uit de open data van de Rijksoverheid (CC0). Loopt de periode verder, dan plant de kalender berichten in vakanties die hij niet kent. Zet die vakanties onder `calendar.holidays.local`, of werk de tool bij.',
    messages: {
      school: (p, w) =>
        `De kalender kent de schoolvakanties van ${w.value('region', p.region)} tot en met ${w.date(p.until)}, maar de periode loopt tot ${w.date(p.end)}. Daarna plant de kalender dus ook berichten in schoolvakanties. Vul die vakanties zelf in bij de vrije dagen van de kalender, of installeer een nieuwere versie van het programma.`,
      public: (p, w) =>
        `De kalender kent de feestdagen van ${w.date(p.from)} tot en met ${w.date(p.until)}; de periode valt daarbuiten, en daar plant de kalender ook berichten op feestdagen. Installeer een nieuwere versie van het programma.`,
    },
  },
  'holiday-region': {
    description: 'Een school in po, vo of mbo noemt haar vakantieregio.',
    rationale:
      'Scholen in het po en vo houden de schoolvakanties van hun regio aan (noord, midden of zuid): de zomer-, kerst- en meivakantie liggen vast, de herfst- en voorjaarsvakantie zijn adviesdata. Mbo-instellingen stellen hun vakanties zelf vast; kies dan de regio die het best past en vul afwijkende weken aan als eigen vrije dagen. Met `calendar.holidays.region` slaat de kalender die weken over, of markeert hij ze, in plaats van berichten te plannen die niemand leest en niemand beantwoordt. Een school die in de vakanties bewust doorgaat, kiest `school: mark`.',
    messages: {
      missing: () =>
        'De kalender kent de schoolvakanties van jullie school nog niet. Vul bij de kalender jullie vakantieregio in (noord, midden of zuid); dan plant de kalender geen berichten in de vakanties.',
    },
  },
};
