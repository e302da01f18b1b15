// De woorden van de wizard in het Nederlands, met de sleutels van de Engelse.
import type { essentialQuestions as english } from '../en/questions-essentials.js';

export const essentialQuestions: typeof english = {
  'We start with what every strategy needs: the organisation and the period, who does the work, the goals, the audiences and channels, how often you post and about what. That takes about fifteen minutes. After that you can fill in the other parts, now or later.':
    'We beginnen met wat elke strategie nodig heeft: de organisatie en de periode, wie het werk doet, de doelen, de doelgroepen en kanalen, hoe vaak je post en waarover. Dat kost ongeveer een kwartier. Daarna kun je de andere onderdelen invullen, nu of later.',
  'Name of the school or organisation': 'Naam van de school of organisatie',
  'Kind of education': 'Soort onderwijs',
  'First day of the strategy (YYYY-MM-DD)': 'Eerste dag van de strategie (JJJJ-MM-DD)',
  'Last day of the strategy (YYYY-MM-DD)': 'Laatste dag van de strategie (JJJJ-MM-DD)',
  'Which region are the school holidays in? (the calendar then plans no posts in them)':
    'In welke regio liggen de schoolvakanties? (dan plant de kalender er geen berichten in)',
  'Not sure / not a school': 'Weet ik niet / geen school',
  'Who is responsible for social media in the end? (name)': 'Wie is eindverantwoordelijk voor sociale media? (naam)',
  'Who else works on it? (names, comma-separated; empty if nobody)':
    'Wie werkt er nog meer aan mee? (namen, gescheiden door komma’s; leeg als niemand)',
  'How many hours a week does {name} have for social media?': 'Hoeveel uur per week heeft {name} voor sociale media?',
  'Goals: make them SMART, with a metric, a baseline, a target and a deadline. Start with the most important; you can give three here (more later in the file).':
    'Doelen: maak ze SMART, met een maatstaf, een nulmeting, een streefwaarde en een deadline. Begin met het belangrijkste; je kunt er drie opgeven (meer kan later in het bestand).',
  'Goal 1: what do you want to achieve? (one sentence)': 'Doel 1: wat wil je bereiken? (één zin)',
  'Goal {n}: what else do you want to achieve? (leave empty when done)':
    'Doel {n}: wat wil je nog meer bereiken? (leeg laten als je klaar bent)',
  'Goal {n}: how do you measure it? (for example: applications via Instagram, followers on LinkedIn)':
    'Doel {n}: hoe meet je dat? (bijvoorbeeld: aanmeldingen via Instagram, volgers op LinkedIn)',
  'Goal {n}: in what do you count it? (applications, followers, %)': 'Doel {n}: waarin druk je dat uit? (aanmeldingen, volgers, %)',
  'Goal {n}: where are you now? (the baseline, a number)': 'Doel {n}: waar sta je nu? (de nulmeting, een getal)',
  'Goal {n}: where do you want to get? (the target, a number)': 'Doel {n}: waar wil je uitkomen? (de streefwaarde, een getal)',
  'Goal {n}: by when? (YYYY-MM-DD)': 'Doel {n}: wanneer moet dat bereikt zijn? (JJJJ-MM-DD)',
  'Whom do you want to reach? (choose one or more)': 'Wie wil je bereiken? (kies er één of meer)',
  'Any other audiences? (names, comma-separated; empty if none)':
    'Nog andere doelgroepen? (namen, gescheiden door komma’s; leeg als er geen zijn)',
  'Which platforms are you on, or will be? (choose one or more)':
    'Op welke platforms zijn jullie actief, of willen jullie dat worden? (kies er één of meer)',
  'Name of the account on {platform} (for example @ourschool; empty if there is none yet)':
    'Naam van het account op {platform} (bijvoorbeeld @onzeschool; leeg als het er nog niet is)',
  'Whom do you reach via {platform}?': 'Wie bereik je via {platform}?',
  'Who administer the account on {platform}? (choose at least two, so that someone can always get in)':
    'Wie beheert het account op {platform}? (kies er minstens twee, zodat er altijd iemand bij kan)',
  'Who mainly makes the posts on {platform}?': 'Wie maakt vooral de berichten op {platform}?',
  'How many posts a week on {platform}?': 'Hoeveel berichten per week op {platform}?',
  'On which days do you post on {platform}? (ticked: the days when users of {platform} are most active)':
    'Op welke dagen post je op {platform}? (aangevinkt: de dagen waarop gebruikers van {platform} het actiefst zijn)',
  'At what times do you post on {platform}? (for example 08:30, 12:00; the calendar takes them in turn)':
    'Op welke tijden post je op {platform}? (bijvoorbeeld 08.30, 12.00; de kalender wisselt ze af)',
  'Write times as HH:MM, such as 12:15, 19:30.': 'Schrijf tijden als 12.15 of 19:30, gescheiden door komma’s.',
  'What do you post about? (topics, comma-separated, for example: school life, open days, work placements)':
    'Waarover post je? (onderwerpen, gescheiden door komma’s, bijvoorbeeld: leven op school, open dagen, stages)',
  'What do you post about? (topics, comma-separated, for example: studying with us, research, alumni at work)':
    'Waarover post je? (onderwerpen, gescheiden door komma’s, bijvoorbeeld: studeren bij ons, onderzoek, alumni aan het werk)',
  'What do you post about? (topics, comma-separated, for example: learners’ stories, new courses, the language café)':
    'Waarover post je? (onderwerpen, gescheiden door komma’s, bijvoorbeeld: verhalen van cursisten, nieuwe cursussen, het taalcafé)',
  'When you post photos or video of students: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)':
    'Als je foto’s of video’s van studenten plaatst: hoe vraag je toestemming en waar leg je die vast? (bijvoorbeeld: bij de inschrijving, apart voor website, sociale media en folder)',
  'When you post photos or video of pupils: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)':
    'Als je foto’s of video’s van leerlingen plaatst: hoe vraag je toestemming en waar leg je die vast? (bijvoorbeeld: bij de inschrijving, apart voor website, sociale media en folder)',
  'Write the unit in words, such as applications, followers or %.': 'Schrijf de eenheid in woorden, zoals aanmeldingen, volgers of %.',
  'Welcome back: you go on at the question where you stopped.': 'Welkom terug: je gaat verder bij de vraag waar je was gebleven.',
  'How often do you report the results?': 'Hoe vaak rapporteer je de resultaten?',
  'To whom? (for example: the management)': 'Aan wie? (bijvoorbeeld: de directie)',
  'Type a number, such as 1,240 or 12.5.': 'Typ een getal, zoals 1.240 of 12,5.',
  'Write the date as YYYY-MM-DD, such as 2026-08-01.': 'Schrijf de datum als JJJJ-MM-DD, zoals 2026-08-01.',
  'The last day must come after the first day ({start}).': 'De laatste dag moet na de eerste dag ({start}) liggen.',
  "Choose a date within the strategy's period ({start} to {end}).":
    'Kies een datum in de periode van de strategie ({start} tot en met {end}).',
  'The target must differ from the baseline.': 'De streefwaarde moet verschillen van de nulmeting.',
  'Choose at least one (with the space bar).': 'Kies er minstens één (met de spatiebalk).',
  'the period': 'de periode',
  'goal {n}': 'doel {n}',
  'the channel {platform}': 'het kanaal {platform}',
  'the hours, who makes the posts and how often': 'de uren, wie de berichten maakt en hoe vaak',
  'consent for images': 'de toestemming voor beeld',
  'the audiences': 'de doelgroepen',
  'the channels': 'de kanalen',
  'the team': 'het team',
  'the topics': 'de onderwerpen',
  'the reporting': 'de rapportage',
  'Which other platform is it? (its name)': 'Welk ander platform is het? (de naam)',
  'Which parents’ app is it? (Parro, Social Schools …)': 'Welke ouderapp gebruiken jullie? (Parro, Social Schools …)',
  '{audience}: which other platforms are they on? (their names, comma-separated)':
    '{audience}: op welke andere platforms zitten ze? (de namen, gescheiden door komma’s)',
  'What do you post about? (topics, comma-separated, for example: a day in class, school trips, news for parents)':
    'Waarover post je? (onderwerpen, gescheiden door komma’s, bijvoorbeeld: een dag in de klas, schoolreisjes, nieuws voor ouders)',
  'What do you post about? (topics, comma-separated, for example: school life, open days, pupils’ achievements)':
    'Waarover post je? (onderwerpen, gescheiden door komma’s, bijvoorbeeld: leven op school, open dagen, prestaties van leerlingen)',
  '{audience}: on which platforms are they active already? (none if you do not know)':
    '{audience}: op welke platforms zijn ze al actief? (geen als je het niet weet)',
};
