// The rules' texts in Dutch: goals, their KPIs and measurements, the period and the
// essentials. Each rule has a one-line description, the method's rationale (for docs/rules/)
// and the messages of its findings.
import type { GoalKind, KpiKind } from '../../core/measures/goal.js';
import type { goalsRules as english } from '../en/rules-goals.js';

const GOAL_KIND: Record<GoalKind, string> = {
  level: 'een stand (een waarde die staat, zoals volgers)',
  total: 'een totaal dat binnen de periode wordt geteld',
  rate: 'een percentage of snelheid',
};

const KPI_KIND: Record<KpiKind, string> = {
  level: 'een stand op de dag van meten',
  count: 'een telling van wat er in die periode gebeurde',
  rate: 'een percentage of snelheid',
};

export const goalsRules: typeof english = {
  completeness: {
    description: 'Content, de drie kerntaken en meten en evalueren zijn ingevuld zodra er kanalen zijn.',
    rationale:
      'Zodra een strategie kanalen heeft, heeft ze nodig wat die kanalen gaande houdt: content (contentpijlers en een publicatieritme), de drie kerntaken met elk iemand die ze doet (contentbeheer, webcare, accountbeheer), en meten en evalueren (KPI’s, en wie hoe vaak de rapportage krijgt). Elk onvolledig onderdeel is één melding die noemt wat er ontbreekt.',
    messages: {
      missing: (p, w) =>
        `${{ content: 'Bij content', tasks: 'Bij de kerntaken', control: 'Bij meten en evalueren' }[p.section]} ontbreekt nog: ${w.list(p.parts.map((field) => w.field(field)))}.`,
    },
  },
  essentials: {
    description: 'De strategie heeft een periode, doelen, doelgroepen, kanalen en een team met een eigenaar.',
    rationale:
      'De methode bouwt elk onderdeel op het vorige: zonder doelen valt er niets te meten, zonder doelgroepen is er geen reden voor een kanaal, zonder eigenaar is niemand verantwoordelijk. Een bestand met alleen een naam is nog geen strategie. Elk ontbrekend onderdeel wordt één keer gemeld; `strategy init` vraagt ze allemaal uit.',
    messages: {
      missing: (p) =>
        ({
          period: 'De strategie heeft nog geen periode: geef de eerste en de laatste dag (bijvoorbeeld een schooljaar).',
          goals:
            'De strategie heeft nog geen doelen. Doelen zijn de belangrijkste stap: wat moeten sociale media opleveren, hoe meet je dat en wanneer wil je het bereikt hebben?',
          audiences: 'De strategie heeft nog geen doelgroepen: wie wil je bereiken, en waar zijn ze actief?',
          channels: 'De strategie heeft nog geen kanalen: kies er minstens één, daar waar je doelgroepen zijn.',
          team: 'Nog niemand is verantwoordelijk voor de strategie: leg het team en de eigenaar vast.',
        })[p.block],
    },
  },
  'goal-kpi-clear': {
    description: 'Het is duidelijk welke KPI elk doel meet en wat één meting ervan is.',
    rationale:
      'Een doel wordt gemeten met één KPI; andere KPI’s bij dat doel zijn ondersteunende cijfers, elk in hun eigen eenheid (het bereik van Instagram-berichten ondersteunt een doel voor aanmeldingen, maar is geen aanmelding). Bij meer KPI’s noemt `measured_by` bij het doel de KPI die het meet. Bij een totaal dat binnen de periode wordt geteld, zegt de KPI of een meting de telling van haar eigen periode is (`kind: count`, die worden opgeteld) of het totaal tot nu toe (`kind: level`). Een stand waarvan alle metingen onder de helft van de nulmeting liggen, is waarschijnlijk een telling: zeg dat met `kind`. Tot dan worden voortgang, koers en verwachting weggelaten in plaats van geraden.',
    messages: {
      ambiguous: (p, w) =>
        `Doel ${w.quote(p.goal)} heeft ${p.kpis.length} KPI’s (${w.list(p.kpis.map((k) => w.quote(k)))}) en bij geen ervan staat dat die het doel meet. Vul bij het doel measured_by in met een van deze KPI’s; de andere worden dan als ondersteunende cijfers getoond.`,
      'kind-unknown': (p, w) =>
        `De KPI ${w.quote(p.kpi)} meet doel ${w.quote(p.goal)}, een totaal binnen de periode, maar zegt niet wat één meting is: de telling van die maand of periode (kind: count, die worden opgeteld) of het totaal tot nu toe (kind: level).`,
      'looks-like-count': (p, w) =>
        `Alle metingen van de KPI ${w.quote(p.kpi)} (hoogstens ${w.number(p.highest)}) liggen onder de helft van de nulmeting van doel ${w.quote(p.goal)} (${w.number(p.baseline)}). Is elke meting de telling van één maand, en niet de stand van het doel? Maak het doel dan een totaal (kind: total) en de KPI een telling (kind: count). Zijn de cijfers echt zo gedaald, zet dan kind: level bij de KPI.`,
      'percent-range': (p, w) =>
        `Doel ${w.quote(p.goal)} is in %, maar heeft een nulmeting of streefwaarde van ${w.number(p.value)}: een percentage ligt tussen 0 en 100. Is het doel een aantal (volgers), geef het dan die eenheid; voor "10% meer" gebruik je een relatieve streefwaarde (target_change).`,
    },
  },
  'goal-measured': {
    description: 'Elk doel wordt gemeten met minstens één KPI.',
    rationale:
      'Meet de resultaten, evalueer ze en stuur de aanpak bij: elk doel heeft minstens één KPI in het blok Meten en evalueren (`control.kpis`, met `goal: <id van het doel>`). Een doel dat niemand meet, kun je niet toetsen.',
    messages: {
      missing: (p, w) =>
        `Geen enkele KPI meet het doel ${w.quote(p.goal)}. Voeg in het blok Meten en evalueren een KPI voor dit doel toe: wat je meet, uit welke bron en hoe vaak. Een doel dat niemand meet, kun je niet toetsen.`,
    },
  },
  'goal-smart': {
    description:
      'Elk doel is SMART: met maatstaf, streefwaarde, eenheid en deadline; de streefwaarde verschilt van de nulmeting en de deadline valt binnen de periode.',
    rationale:
      'Een doel is specifiek, meetbaar, acceptabel, realistisch en tijdgebonden. De regel toetst wat een bestand kan laten zien: het doel heeft een maatstaf (`metric`), een streefwaarde (`target`), een eenheid (`unit`) en een deadline (`deadline`); de streefwaarde verschilt van de nulmeting (`baseline`), anders verandert er niets; de deadline valt binnen de periode van de strategie (`period`); en "vasthouden tot" (`sustain_until`) ligt, als het is ingevuld, na de deadline. Vaag: "we willen meer fans". SMART: "op 30 juni heeft de Facebookpagina 10% meer fans".',
    messages: {
      missing: (p, w) =>
        `Doel ${w.quote(p.goal)} is nog niet SMART. Nog in te vullen: ${w.list(p.fields.map((f) => w.field(`goal.${f}`)))}. Een SMART-doel zegt wat je meet, welke waarde je wilt bereiken, in welke eenheid en wanneer ("op 30 juni heeft de Facebookpagina 10% meer fans").`,
      'same-target': (p, w) =>
        `De streefwaarde is gelijk aan de nulmeting (${w.number(p.value, 2)}): er zou niets veranderen. Vul de waarde in die je met dit doel wilt bereiken.`,
      'deadline-outside': (p, w) =>
        `De deadline ${w.date(p.deadline)} valt buiten de periode van de strategie (${w.date(p.start)} tot en met ${w.date(p.end)}); een doel moet binnen de periode haalbaar én toetsbaar zijn.`,
      'sustain-before-deadline': (p, w) =>
        `De datum "vasthouden tot" (${w.date(p.date)}) ligt vóór de deadline (${w.date(p.deadline)}). Die datum geeft aan hoe lang het resultaat moet blijven staan nadat het is bereikt: kies een datum na de deadline.`,
    },
  },
  'goal-target': {
    description:
      'De streefwaarde van een doel gaat uit van een nulmeting, klopt met een relatieve streefwaarde en gaat de kant op van het doel.',
    rationale:
      'Een doel dat een niveau of een percentage omhoog of omlaag wil krijgen (volgers, een reactietijd) is alleen te toetsen aan het beginpunt: leg de nulmeting (`baseline`) vast. Een relatieve streefwaarde ("10% meer fans", het SMART-voorbeeld van de methode zelf) schrijf je als `target_change: {percent: 10}`; staat er ook een `target`, dan moeten die twee kloppen. Een doel met `direction: decrease` heeft een streefwaarde onder de nulmeting. Een totaal dat binnen de periode wordt geteld (aanmeldingen dit jaar, `kind: total`) heeft geen nulmeting nodig. Een streefwaarde in % ver onder een nulmeting van honderden was waarschijnlijk als relatieve streefwaarde bedoeld.',
    messages: {
      'no-baseline': (p, w) =>
        `Doel ${w.quote(p.goal)} heeft geen nulmeting: zonder de waarde waar je vandaan komt, kan niemand zien of het doel gehaald is. Meet die nu en leg hem vast als nulmeting (of geef aan dat het een totaal is dat binnen de periode wordt geteld).`,
      'change-needs-baseline': (p, w) =>
        `Doel ${w.quote(p.goal)} heeft een streefwaarde ten opzichte van de nulmeting, maar geen nulmeting om die op toe te passen. Vul de nulmeting in.`,
      'change-disagrees': (p, w) =>
        `Doel ${w.quote(p.goal)}: de streefwaarde ${w.number(p.target, 2)} past niet bij de relatieve streefwaarde, die op ${w.number(p.computed, 2)} uitkomt. Houd er één van de twee over, of pas ze op elkaar aan.`,
      direction: (p, w) =>
        `Doel ${w.quote(p.goal)} wil de maatstaf ${p.direction === 'decrease' ? 'omlaag' : 'omhoog'} krijgen, maar de streefwaarde ${w.number(p.target, 2)} ligt ${p.direction === 'decrease' ? 'boven' : 'onder'} de nulmeting ${w.number(p.baseline, 2)}.`,
      'looks-relative': (p, w) =>
        `Doel ${w.quote(p.goal)} gaat van ${w.number(p.baseline, 2)} naar ${w.percent(p.target)}. Bedoel je ${w.percent(p.target)} méér dan de nulmeting? Vul dat dan in als relatieve streefwaarde: een stijging van ${w.percent(p.target)}.`,
    },
  },
  'kpi-fits-goal': {
    description: 'De KPI die een doel meet, telt hetzelfde soort cijfer in dezelfde eenheid als de streefwaarde van het doel.',
    rationale:
      'Doelen moeten meetbaar zijn om te kunnen toetsen, en alleen cijfers van dezelfde soort zijn te vergelijken met een streefwaarde. Een stand (volgers) meet je met een stand; een totaal dat binnen de periode wordt geteld (aanmeldingen dit schooljaar) met een telling per periode, die wordt opgeteld, of met het totaal tot nu toe; een percentage met een percentage. De eenheid (`unit`) van de KPI is die van het doel, en een percentage tel je nooit op. Een doel met meer KPI’s noemt in `measured_by` de KPI die het meet; dat moet een KPI van dat doel zijn.',
    messages: {
      'kind-mismatch': (p, w) =>
        `Doel ${w.quote(p.goal)} is ${GOAL_KIND[p.goalKind]}, maar de KPI ${w.quote(p.kpi)} die het meet is ${KPI_KIND[p.kpiKind]}: die cijfers zijn niet te vergelijken met de streefwaarde. Meet het doel met een KPI van dezelfde soort (vul bij de KPI de soort in), of pas de soort van het doel aan.`,
      'unit-mismatch': (p, w) =>
        `Doel ${w.quote(p.goal)} is in ${w.quote(p.goalUnit)}, maar de KPI ${w.quote(p.kpi)} die het meet, is in ${w.quote(p.kpiUnit)}. Meet het doel in zijn eigen eenheid, of noem een andere KPI bij measured_by.`,
      'percent-count': (p, w) =>
        `Doel ${w.quote(p.goal)} heeft een streefwaarde in %, maar wordt opgeteld (KPI ${w.quote(p.kpi)}): percentages kun je niet optellen. Geef het doel een eenheid die je telt (aanmeldingen, volgers), of meet het met een percentage.`,
      'unknown-kpi': (p, w) =>
        `Doel ${w.quote(p.goal)} wordt gemeten met KPI ${w.quote(p.kpi)}, maar die staat niet in de strategie. Noem bij measured_by een KPI van dit doel zelf.`,
      'other-goal': (p, w) =>
        `Doel ${w.quote(p.goal)} wordt gemeten met KPI ${w.quote(p.kpi)}, maar die hoort bij doel ${w.quote(p.of)}. Noem bij measured_by een KPI van dit doel zelf.`,
    },
  },
  'measurement-date': {
    description: 'Elke meting heeft een datum die al geweest is en bij de periode van de strategie hoort.',
    rationale:
      'Voortgang en verwachtingen komen uit de metingen: een meting met een datum na de dag van de controle (`strategy check --date` of `SOURCE_DATE_EPOCH` kiest een andere dag) kan nog niet gedaan zijn en zou als actuele stand worden getoond. Een datum meer dan een jaar (`margin_days`) voor het begin of na het einde van de periode is een tikfout; een beginwaarde van voor de periode hoort in de nulmeting (`baseline`) van het doel.',
    messages: {
      future: (p, w) =>
        `Deze meting heeft als datum ${w.date(p.date)}, na de dag van de controle (${w.date(p.today)}): een cijfer kan niet gemeten zijn voordat die dag er is. Verbeter de datum.`,
      'far-outside': (p, w) =>
        `Deze meting heeft als datum ${w.date(p.date)}, ver buiten de periode van de strategie (${w.date(p.start)} tot en met ${w.date(p.end)}). Verbeter de datum; een cijfer van voor de periode hoort in de nulmeting van het doel.`,
    },
  },
  'measurements-current': {
    description: 'Elke KPI heeft een meting die zo recent is als de meetfrequentie zegt.',
    rationale:
      'Resultaten worden gemeten, geëvalueerd en opgevolgd: alleen een strategie die gemeten wordt, kan koers houden en op tijd bijsturen. Voor elke KPI met een meetfrequentie (`frequency`) kijkt de regel naar de laatste meting in `control.measurements` op de dag van de controle (`strategy check --date` kiest een andere dag) en waarschuwt als de volgende te laat is: een maand en een week bij een maandelijkse KPI, enzovoort. Voordat de periode begint, is er niets te laat.',
    messages: {
      late: (p, w) =>
        `De KPI ${w.quote(p.kpi)} moet ${w.value('frequency', p.frequency)} gemeten worden, maar de laatste meting is van ${w.date(p.last)}. De volgende was op ${w.date(p.due)} nodig, ${w.count(p.overdue, 'day')} geleden. Vul de metingen sindsdien aan, zodat je op tijd kunt bijsturen.`,
      none: (p, w) =>
        `De KPI ${w.quote(p.kpi)} moet ${w.value('frequency', p.frequency)} gemeten worden, maar sinds de periode op ${w.date(p.start)} begon, is er nog geen meting ingevuld; de eerste is ${w.count(p.overdue, 'day')} te laat.`,
    },
  },
  'on-course': {
    description: 'In het tempo van de metingen tot nu toe haalt elk doel zijn streefwaarde op de deadline.',
    rationale:
      'Koers houden: meten, evalueren en bijsturen als je achterloopt. Zodra twee derde (`min_elapsed`) van de tijd tot de deadline van een doel voorbij is (eerder misleiden seizoenscijfers zoals aanmeldingen), trekt de regel een rechte lijn door de nulmeting aan het begin van de periode (nul bij een totaal dat binnen de periode wordt geteld) en de metingen tot nu toe van de KPI die het doel meet, en waarschuwt als die lijn de streefwaarde op de deadline met meer dan 10% van de afstand mist (`tolerance`): ver achter, niet een beetje. De voorspelling is een rechte lijn: een eerste signaal, geen belofte.',
    messages: {
      behind: (p, w) =>
        `In het tempo tot nu toe (de rechte lijn die het best past bij ${w.count(p.points, 'reading')}) komt doel ${w.quote(p.goal)} op ${w.date(p.deadline)} uit op ongeveer ${w.number(p.forecast)}, terwijl de streefwaarde ${w.number(p.target)} is: een achterstand van ongeveer ${w.number(p.short)}. Stuur nu bij: meer inzet, een andere aanpak of een haalbare streefwaarde.`,
    },
  },
  'period-order': {
    description: 'De periode eindigt na de eerste dag.',
    rationale:
      'De periode van de strategie (`period`) loopt van `start` tot en met `end`. Een periode die eindigt voordat ze begint, laat geen tijd voor de doelen, en de kalender blijft leeg.',
    messages: {
      reversed: (p, w) =>
        `De periode eindigt (${w.date(p.end)}) voordat ze begint (${w.date(p.start)}). Controleer de twee datums: een schooljaar loopt van augustus of september tot en met juli.`,
    },
  },
  'review-due': {
    description:
      'De strategie wordt geëvalueerd (roos, doorn, knop en besluiten in `reviews`) zo vaak als de resultaten worden gerapporteerd, minstens eens per kwartaal.',
    rationale:
      'Meten is maar de helft van bijsturen: de resultaten worden met het team geëvalueerd en opgevolgd, en de koers wordt aangepast als een doel achterloopt. De regel neemt de rapportagefrequentie (`control.reporting.cadence`), maar niet vaker dan eens per kwartaal (`min_interval`), en waarschuwt als de laatste evaluatie in `reviews` (of het begin van de periode, als er nog geen is) langer geleden is dan dat plus een maand speling. `strategy review` schrijft het verslag om te bespreken; `strategy init --block review` legt de evaluatie vast.',
    messages: {
      late: (p, w) =>
        `De laatste evaluatie (over ${p.period}) was op ${w.date(p.last)}; met een ${w.value('frequency', p.cadence).replace(/^elk /, '')} verslag was de volgende uiterlijk ${w.date(p.due)} nodig. Maak het verslag met strategy review, bespreek het met het team en leg de evaluatie vast met strategy init --block review.`,
      none: (p, w) =>
        `Sinds de periode op ${w.date(p.start)} begon, is er geen evaluatie vastgelegd; met een ${w.value('frequency', p.cadence).replace(/^elk /, '')} verslag was de eerste uiterlijk ${w.date(p.due)} nodig. Maak het verslag met strategy review, bespreek het met het team en leg de evaluatie vast met strategy init --block review.`,
    },
  },
};
