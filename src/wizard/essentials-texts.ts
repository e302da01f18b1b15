// The questions of the essentials, and what is said when an answer cannot be taken, in Dutch
// and English.
import type { Bi } from './catalogue.js';

const bi = (nl: string, en: string): Bi => ({ nl, en });

export const Q = {
  intro: bi(
    'We beginnen met wat elke strategie nodig heeft: de organisatie en de periode, wie het werk doet, de doelen, de doelgroepen en kanalen, hoe vaak je post en waarover. Dat kost ongeveer een kwartier. Daarna kun je de andere onderdelen invullen, nu of later.',
    'We start with what every strategy needs: the organisation and the period, who does the work, the goals, the audiences and channels, how often you post and about what. That takes about fifteen minutes. After that you can fill in the other parts, now or later.',
  ),
  name: bi('Naam van de school of organisatie', 'Name of the school or organisation'),
  sector: bi('Soort onderwijs', 'Kind of education'),
  start: bi('Eerste dag van de strategie (JJJJ-MM-DD)', 'First day of the strategy (YYYY-MM-DD)'),
  end: bi('Laatste dag van de strategie (JJJJ-MM-DD)', 'Last day of the strategy (YYYY-MM-DD)'),
  region: bi(
    'In welke regio liggen de schoolvakanties? (dan plant de kalender er geen berichten in)',
    'Which region are the school holidays in? (the calendar then plans no posts in them)',
  ),
  regionUnknown: bi('Weet ik niet / geen school', 'Not sure / not a school'),
  owner: bi('Wie is eindverantwoordelijk voor sociale media? (naam)', 'Who is responsible for social media in the end? (name)'),
  others: bi(
    'Wie werkt er nog meer aan mee? (namen, gescheiden door komma’s; leeg als niemand)',
    'Who else works on it? (names, comma-separated; empty if nobody)',
  ),
  hours: (name: string) =>
    bi(`Hoeveel uur per week heeft ${name} voor sociale media?`, `How many hours a week does ${name} have for social media?`),
  goalsIntro: bi(
    'Doelen: maak ze SMART, met een maatstaf, een nulmeting, een streefwaarde en een deadline. Begin met het belangrijkste; je kunt er drie opgeven (meer kan later in het bestand).',
    'Goals: make them SMART, with a metric, a baseline, a target and a deadline. Start with the most important; you can give three here (more later in the file).',
  ),
  statement: (n: number) =>
    n === 1
      ? bi('Doel 1: wat wil je bereiken? (één zin)', 'Goal 1: what do you want to achieve? (one sentence)')
      : bi(
          `Doel ${n}: wat wil je nog meer bereiken? (leeg laten als je klaar bent)`,
          `Goal ${n}: what else do you want to achieve? (leave empty when done)`,
        ),
  metric: (n: number) =>
    bi(
      `Doel ${n}: hoe meet je dat? (bijvoorbeeld: aanmeldingen via Instagram, volgers op LinkedIn)`,
      `Goal ${n}: how do you measure it? (for example: applications via Instagram, followers on LinkedIn)`,
    ),
  unit: (n: number) =>
    bi(`Doel ${n}: waarin druk je dat uit? (aanmeldingen, volgers, %)`, `Goal ${n}: in what do you count it? (applications, followers, %)`),
  baseline: (n: number) =>
    bi(`Doel ${n}: waar sta je nu? (de nulmeting, een getal)`, `Goal ${n}: where are you now? (the baseline, a number)`),
  target: (n: number) =>
    bi(`Doel ${n}: waar wil je uitkomen? (de streefwaarde, een getal)`, `Goal ${n}: where do you want to get? (the target, a number)`),
  deadline: (n: number) => bi(`Doel ${n}: wanneer moet dat bereikt zijn? (JJJJ-MM-DD)`, `Goal ${n}: by when? (YYYY-MM-DD)`),
  audiences: bi('Wie wil je bereiken? (kies er één of meer)', 'Whom do you want to reach? (choose one or more)'),
  moreAudiences: bi(
    'Nog andere doelgroepen? (namen, gescheiden door komma’s; leeg als er geen zijn)',
    'Any other audiences? (names, comma-separated; empty if none)',
  ),
  channels: bi(
    'Op welke platforms zijn jullie actief, of willen jullie dat worden? (kies er één of meer)',
    'Which platforms are you on, or will be? (choose one or more)',
  ),
  handle: (platform: string) =>
    bi(
      `Naam van het account op ${platform} (bijvoorbeeld @onzeschool; leeg als het er nog niet is)`,
      `Name of the account on ${platform} (for example @ourschool; empty if there is none yet)`,
    ),
  reaches: (platform: string) => bi(`Wie bereik je via ${platform}?`, `Whom do you reach via ${platform}?`),
  admins: (platform: string) =>
    bi(
      `Wie beheert het account op ${platform}? (kies er minstens twee, zodat er altijd iemand bij kan)`,
      `Who administer the account on ${platform}? (choose at least two, so that someone can always get in)`,
    ),
  maker: (platform: string) => bi(`Wie maakt vooral de berichten op ${platform}?`, `Who mainly makes the posts on ${platform}?`),
  perWeek: (platform: string) => bi(`Hoeveel berichten per week op ${platform}?`, `How many posts a week on ${platform}?`),
  days: (platform: string) =>
    bi(
      `Op welke dagen post je op ${platform}? (aangevinkt: de dagen waarop gebruikers van ${platform} het actiefst zijn)`,
      `On which days do you post on ${platform}? (ticked: the days when users of ${platform} are most active)`,
    ),
  times: (platform: string) =>
    bi(
      `Op welke tijden post je op ${platform}? (bijvoorbeeld 08.30, 12.00; de kalender wisselt ze af)`,
      `At what times do you post on ${platform}? (for example 08:30, 12:00; the calendar takes them in turn)`,
    ),
  badTimes: bi('Schrijf tijden als 12.15 of 19:30, gescheiden door komma’s.', 'Write times as HH:MM, such as 12:15, 19:30.'),
  pillars: bi(
    'Waarover post je? (onderwerpen, gescheiden door komma’s, bijvoorbeeld: leven op school, open dagen, stages)',
    'What do you post about? (topics, comma-separated, for example: school life, open days, work placements)',
  ),
  consent: bi(
    'Als je foto’s of video’s van leerlingen plaatst: hoe vraag je toestemming en waar leg je die vast? (bijvoorbeeld: bij de inschrijving, apart voor website, sociale media en folder)',
    'When you post photos or video of pupils: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)',
  ),
  unitInWords: bi(
    'Schrijf de eenheid in woorden, zoals aanmeldingen, volgers of %.',
    'Write the unit in words, such as applications, followers or %.',
  ),
  welcomeBack: bi(
    'Welkom terug: je gaat verder bij de vraag waar je was gebleven.',
    'Welcome back: you go on at the question where you stopped.',
  ),
  reporting: bi('Hoe vaak rapporteer je de resultaten?', 'How often do you report the results?'),
  reportTo: bi('Aan wie? (bijvoorbeeld: de directie)', 'To whom? (for example: the management)'),
  badNumber: bi('Typ een getal, zoals 1.240 of 12,5.', 'Type a number, such as 1,240 or 12.5.'),
  badDate: bi('Schrijf de datum als JJJJ-MM-DD, zoals 2026-08-01.', 'Write the date as YYYY-MM-DD, such as 2026-08-01.'),
  endBeforeStart: (start: string) =>
    bi(`De laatste dag moet na de eerste dag (${start}) liggen.`, `The last day must come after the first day (${start}).`),
  outsidePeriod: (start: string, end: string) =>
    bi(
      `Kies een datum in de periode van de strategie (${start} tot en met ${end}).`,
      `Choose a date within the strategy's period (${start} to ${end}).`,
    ),
  sameAsBaseline: bi('De streefwaarde moet verschillen van de nulmeting.', 'The target must differ from the baseline.'),
  pickOne: bi('Kies er minstens één (met de spatiebalk).', 'Choose at least one (with the space bar).'),
};
