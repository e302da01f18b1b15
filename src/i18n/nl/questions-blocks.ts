// De woorden van de wizard in het Nederlands, met de sleutels van de Engelse.
import type { blockQuestions as english } from '../en/questions-blocks.js';

export const blockQuestions: typeof english = {
  'First, where do you stand: how does your organisation use social media today? Everything that follows is measured against this.':
    'Eerst kijken we waar jullie nu staan: hoe gebruikt jullie organisatie sociale media op dit moment? Alles wat volgt, vergelijken we hiermee.',
  'How do you use social media now, in a few sentences?': 'Hoe gebruiken jullie sociale media nu, in een paar zinnen?',
  'Which formats (photo, video, story …) do you use already?': 'Welke vormen (foto, video, story …) gebruiken jullie al?',
  'How many hours a week does it take now, everyone together?': 'Hoeveel uur per week besteden jullie er nu aan, iedereen bij elkaar?',
  'How is content made today, and by whom?': 'Hoe wordt de content nu gemaakt, en door wie?',
  'How satisfied are you with the current situation?': 'Hoe tevreden zijn jullie met de huidige situatie?',
  '1 – very dissatisfied': '1 – zeer ontevreden',
  '2 – dissatisfied': '2 – ontevreden',
  '3 – neutral': '3 – neutraal',
  '4 – satisfied': '4 – tevreden',
  '5 – very satisfied': '5 – zeer tevreden',
  Platform: 'Platform',
  'Account name': 'Accountnaam',
  'Number of followers': 'Aantal volgers',
  'Posts per week': 'Berichten per week',
  'Is the account really active?': 'Is het account echt actief?',
  'Will you keep this account under the new strategy?': 'Houden jullie dit account aan in de nieuwe strategie?',
  'What does social media contribute to your organisation’s core strategy, and who works on it? Social media is not a goal in itself.':
    'Wat dragen sociale media bij aan de kernstrategie van jullie organisatie, en wie werkt eraan? Sociale media zijn geen doel op zich.',
  'Name of the organisation': 'Naam van de organisatie',
  Sector: 'Sector',
  'What does social media contribute to your core strategy?': 'Wat is de bijdrage van sociale media aan jullie kernstrategie?',
  'For example: show what studying with us is like, so prospective students can choose.':
    'Bijvoorbeeld: laten zien hoe het is om bij ons te leren, zodat aankomende leerlingen en studenten kunnen kiezen.',
  'In which domains do you use social media?': 'Voor welke domeinen zetten jullie sociale media in?',
  'First day of the strategy period (YYYY-MM-DD)': 'Eerste dag van de strategieperiode (JJJJ-MM-DD)',
  'Last day of the strategy period (YYYY-MM-DD)': 'Laatste dag van de strategieperiode (JJJJ-MM-DD)',
  'Name of the team member': 'Naam van het teamlid',
  'Role or job title': 'Rol of functie',
  'Hours per week for social media': 'Uren per week voor sociale media',
  'The most important step. Make every goal SMART. Vague: "we want more fans". SMART: "by the end of December the Facebook page has 10% more fans".':
    'De belangrijkste stap. Maak elk doel SMART. Vaag: "we willen meer fans". SMART: "eind december heeft de Facebookpagina 10% meer fans".',
  'The goal in one sentence': 'Het doel in één zin',
  'Specific, measurable, achievable, relevant, time-bound. Not "more fans" but "10% more fans on the Facebook page by the end of December".':
    'Specifiek, meetbaar, acceptabel, realistisch, tijdgebonden. Niet "meer fans", maar "eind december 10% meer fans op de Facebookpagina".',
  'What do you measure to know the goal is reached (metric)?': 'Wat meten jullie om te weten of het doel is bereikt (maatstaf)?',
  'Value now (baseline)': 'Huidige waarde (nulmeting)',
  'Target value': 'Streefwaarde',
  'Unit (followers, registrations, %)': 'Eenheid (volgers, aanmeldingen, %)',
  'Deadline (YYYY-MM-DD)': 'Deadline (JJJJ-MM-DD)',
  'Who is responsible for this goal?': 'Wie is verantwoordelijk voor dit doel?',
  'Whom do you want to reach, and where are they active already? Follow your audience: don’t try to pull it to your own platform.':
    'Wie willen jullie bereiken, en waar zijn die mensen al actief? Volg je doelgroep: zoek haar op waar ze al is, in plaats van haar naar een ander platform te willen trekken.',
  'Name of the audience': 'Naam van de doelgroep',
  'Who are they and what do they need from you?': 'Wie zijn het en wat hebben ze van jullie nodig?',
  'Which goals are aimed at this audience?': 'Welke doelen zijn op deze doelgroep gericht?',
  'Persona – age': 'Persona – leeftijd',
  'Persona – occupation or study': 'Persona – beroep of opleiding',
  'Persona – hobbies and interests (comma-separated)': 'Persona – hobby’s en interesses (gescheiden door komma’s)',
  'Which user types are in this audience?': 'Welke gebruikerstypen zitten in deze doelgroep?',
  'traditionalists (read along)': 'traditionalisten (lezen mee)',
  'networkers (share and connect)': 'netwerkers (delen en verbinden)',
  'gamers (play and compete)': 'gamers (spelen en wedijveren)',
  'producers (make content)': 'producenten (maken zelf content)',
  'Does this group spread your message in its own network (multiplier)?':
    'Brengt deze doelgroep jullie boodschap verder in haar eigen netwerk (verspreider)?',
  'On which platforms is this audience active?': 'Op welke platforms is deze doelgroep actief?',
  'Which other platforms are they on? (their names, comma-separated)':
    'Op welke andere platforms zitten ze? (de namen, gescheiden door komma’s)',
  'How do they use those platforms?': 'Hoe gebruiken ze die platforms?',
  'Choose a channel because your audience is already there and it fits your brand. Start small, and give every account at least two administrators.':
    'Kies een kanaal omdat jullie doelgroep er al is en het bij jullie merk past. Begin klein, en zorg voor minstens twee beheerders per account.',
  'What do you use this channel for?': 'Waarvoor gebruiken jullie dit kanaal?',
  'Which audiences do you reach through this channel?': 'Welke doelgroepen bereiken jullie via dit kanaal?',
  'Which goals does this channel serve?': 'Aan welke doelen draagt dit kanaal bij?',
  'Administrators (at least two, for holidays and illness)': 'Beheerders (minstens twee, voor vakanties en ziekte)',
  'With one administrator the account is fragile: choose at least two (add a team member under Vision and team if needed).':
    'Met één beheerder zijn jullie kwetsbaar: kies er minstens twee (voeg zo nodig een teamlid toe bij Visie en team).',
  'Public or closed?': 'Openbaar of besloten?',
  'On which days do you post on this channel?': 'Op welke dagen posten jullie op dit kanaal?',
  'Suggestion: the days when users of this platform are most active.':
    'Voorstel: de dagen waarop gebruikers van dit platform het actiefst zijn.',
  'At what times do you post? (HH:MM, comma-separated; the calendar takes them in turn)':
    'Hoe laat posten jullie? (UU:MM, gescheiden door komma’s; de kalender wisselt ze af)',
  'Which formats do you post on this channel?': 'Welke vormen plaatsen jullie op dit kanaal?',
  'Which messages, on which channel, how often? Instagram is for images, YouTube for video. Tell honest stories, also from students and colleagues.':
    'Welke boodschappen brengen jullie, op welk kanaal en hoe vaak? Instagram is voor beeld, YouTube voor video. Vertel eerlijke verhalen, ook van leerlingen, studenten en collega’s.',
  'Principles for content (comma-separated)': 'Uitgangspunten voor de content (gescheiden door komma’s)',
  'Name of the content pillar': 'Naam van de contentpijler',
  'A recurring theme you post about, for example "In the workshop".':
    'Een vast thema waar jullie steeds over posten, bijvoorbeeld "In de werkplaats".',
  'What are the posts about?': 'Waar gaan de berichten over?',
  'Which goals does this content pillar serve?': 'Aan welke doelen draagt deze contentpijler bij?',
  'For which audiences?': 'Voor welke doelgroepen?',
  'On which channels?': 'Op welke kanalen?',
  'What share of the posts is about this, in percent? (empty: as often as the others)':
    'Welk deel van de berichten gaat hierover, in procent? (leeg: even vaak als de andere)',
  'In which formats?': 'In welke vormen?',
  Channel: 'Kanaal',
  'Content pillar': 'Contentpijler',
  'On which days?': 'Op welke dagen?',
  'At what time (HH:MM)?': 'Hoe laat (UU:MM)?',
  'Minutes per post (make and publish)': 'Minuten per bericht (maken en plaatsen)',
  'Who makes these posts?': 'Wie maakt deze berichten?',
  'Who is accountable, who does the three core tasks (content management, webcare, administration), and how do you handle questions, criticism and crises?':
    'Wie is eindverantwoordelijk, wie doet de drie kerntaken (contentbeheer, webcare, accountbeheer), en hoe gaan jullie om met vragen, kritiek en crises?',
  'Who is accountable?': 'Wie is eindverantwoordelijk?',
  'Content management: who plans, makes and publishes?': 'Contentbeheer: wie plant, maakt en plaatst?',
  'Webcare: who keeps track of questions and reactions and answers them?': 'Webcare: wie houdt vragen en reacties bij en antwoordt?',
  'Administration: who manages accounts and access?': 'Accountbeheer: wie regelt accounts en toegang?',
  'Who is responsible for webcare?': 'Wie is verantwoordelijk voor webcare?',
  'Within how many hours does every message get an answer?': 'Binnen hoeveel uur krijgt elk bericht antwoord?',
  'Who detects messages and mentions?': 'Wie signaleert berichten en vermeldingen?',
  'Who writes the answer?': 'Wie schrijft het antwoord?',
  'Who approves sensitive answers and posts?': 'Wie keurt gevoelige antwoorden en berichten goed?',
  'Who publishes the answers and posts?': 'Wie plaatst de antwoorden en berichten?',
  'When and to whom do you escalate?': 'Wanneer en naar wie escaleren jullie?',
  'What happens in a crisis, step by step?': 'Wat gebeurt er bij een crisis, stap voor stap?',
  'Who is the spokesperson?': 'Wie is woordvoerder?',
  'Where is the social-media protocol?': 'Waar staat het socialemediaprotocol?',
  'Style guide and tone of voice': 'Stijlgids en toon',
  'How do you ask and record consent for photos and videos?': 'Hoe vragen en registreren jullie toestemming voor foto’s en video’s?',
  'What do comparable organisations do well, and which mistakes do you want to avoid?':
    'Wat doen vergelijkbare organisaties goed, en welke fouten willen jullie vermijden?',
  Organisation: 'Organisatie',
  'What do they do well (comma-separated)?': 'Wat doen ze goed (gescheiden door komma’s)?',
  'What do you want to avoid (comma-separated)?': 'Wat willen jullie vermijden (gescheiden door komma’s)?',
  'Measure the results, evaluate them and adjust course where needed. Give every goal at least one KPI.':
    'Meet de resultaten, evalueer ze en stuur bij waar nodig. Geef elk doel minstens één KPI.',
  'How often do you report?': 'Hoe vaak rapporteren jullie?',
  'To whom?': 'Aan wie?',
  'Which tools do you measure with (comma-separated)?': 'Met welke hulpmiddelen meten jullie (gescheiden door komma’s)?',
  'What is measured?': 'Wat wordt gemeten?',
  'Which goal does this KPI measure?': 'Welk doel meet deze KPI?',
  'Source of the figure': 'Bron van het cijfer',
  'How often do you measure this KPI?': 'Hoe vaak meten jullie deze KPI?',
  'Key dates (open days, enrolment deadlines) and blackout periods such as school holidays.':
    'Leg belangrijke datums vast (open dagen, aanmelddeadlines) en stilteperiodes: periodes zonder berichten, zoals schoolvakanties.',
  'How many days before a key date do you announce it? (0 = not)':
    'Hoeveel dagen voor een belangrijke datum kondigen jullie die aan? (0 = niet)',
  'And how many days before does a reminder follow? (0 = none)': 'En hoeveel dagen ervoor volgt een herinnering? (0 = geen)',
  'Do you also post on the day itself?': 'Posten jullie ook op de dag zelf?',
  'How many posts a day can the team make at most? (empty: what the hours allow)':
    'Hoeveel berichten per dag kan het team hoogstens maken? (leeg: wat de uren toelaten)',
  'Date (YYYY-MM-DD)': 'Datum (JJJJ-MM-DD)',
  'What happens?': 'Wat gebeurt er?',
  'On which channels do you cover it?': 'Op welke kanalen besteden jullie er aandacht aan?',
  'First day (YYYY-MM-DD)': 'Eerste dag (JJJJ-MM-DD)',
  'Last day (YYYY-MM-DD)': 'Laatste dag (JJJJ-MM-DD)',
  Reason: 'Reden',
  'Optional: communities you take part in, costs and benefits, and a look back (rose, thorn, bud).':
    'Optioneel: community’s waar jullie aan deelnemen, kosten en baten, en een terugblik (roos, doorn, knop).',
  'Costs and benefits in a few sentences': 'Kosten en baten in een paar zinnen',
  'Rose: a high point': 'Roos: een hoogtepunt',
  'Thorn: what was hard?': 'Doorn: wat was lastig?',
  'Bud: a new idea': 'Knop: een nieuw idee',
  'Name of the community': 'Naam van de community',
  'Number of members': 'Aantal leden',
  'Share of active members (between 0 and 1; 0.2 = 20%)': 'Aandeel actieve leden (tussen 0 en 1; 0,2 = 20%)',
  'Look back on the past period with the team (usually a quarter): what went well (rose), what was hard (thorn), what to try next (bud), and what you decide. strategy review writes the report with the figures.':
    'Blik met het team terug op de afgelopen periode (meestal een kwartaal): wat ging goed (roos), wat was lastig (doorn), wat gaan jullie proberen (knop), en wat besluiten jullie? Het verslag met de cijfers maak je met strategy review.',
  'Date of the review (YYYY-MM-DD)': 'Datum van de terugblik (JJJJ-MM-DD)',
  'Which period? A quarter (2026-Q4), a month (2026-11) or two dates (2026-09-01/2026-11-15)':
    'Over welke periode? Een kwartaal (2026-Q4), een maand (2026-11) of twee datums (2026-09-01/2026-11-15)',
  'Who took part? (comma-separated)': 'Wie deden er mee? (gescheiden door komma’s)',
  'Rose: what went well?': 'Roos: wat ging goed?',
  'Thorn: what was hard or went wrong?': 'Doorn: wat was lastig of ging mis?',
  'Bud: which idea will you try next?': 'Knop: welk idee gaan jullie proberen?',
  'Decisions: what do you change in goals, channels, content or the team? (separated by semicolons)':
    'Besluiten: wat veranderen jullie aan doelen, kanalen, content of team? (gescheiden door puntkomma’s)',
  'Prospective students': 'Aankomende studenten',
  'Current students': 'Huidige studenten',
  'Parents and carers': 'Ouders en verzorgers',
  Staff: 'Medewerkers',
  Alumni: 'Alumni',
  'Businesses and work-placement companies': 'Bedrijven en leerbedrijven',
  'Prospective pupils': 'Aankomende leerlingen',
  'Current pupils': 'Huidige leerlingen',
  'Former pupils': 'Oud-leerlingen',
  'Work-placement companies': 'Leerbedrijven',
  'The professional field: employers and internships': 'Het werkveld: werkgevers en stageplaatsen',
  'Media and journalists': 'Media en journalisten',
  'The region and the neighbourhood': 'Regio en buurt',
  'Note: {formats} does not fit {platform}.': 'Let op: {formats} past niet bij {platform}.',
  'Note: {formats} do not fit {platform}.': 'Let op: {formats} passen niet bij {platform}.',
  'Note: none of these formats fits {platforms}.': 'Let op: geen van deze vormen past bij {platforms}.',
  'Address of the website (https://…), for the links in posts': 'Adres van de website (https://…), voor de links in berichten',
  'Do pupils give consent themselves once they turn 16?': 'Geven leerlingen of studenten vanaf hun zestiende zelf toestemming?',
  'Does one person do all of webcare alone (a small school where the head answers directly)?':
    'Doet één persoon de webcare helemaal alleen (een kleine school waar de directeur zelf antwoordt)?',
  'How are the people who post trained and supported?': 'Hoe worden de mensen die posten getraind en ondersteund?',
  'How do parents and pupils learn what the school does online, and why? (an information evening, a letter, the school guide)':
    'Hoe horen ouders en leerlingen of studenten wat de school online doet, en waarom? (een informatieavond, een brief, de schoolgids)',
  'How many hours a week do measuring and reporting take?': 'Hoeveel uur per week kosten meten en rapporteren?',
  'How many hours a week does webcare take, everyone together?': 'Hoeveel uur per week kost de webcare, iedereen bij elkaar?',
  'In which format, mostly?': 'In welke vorm, meestal?',
  'Its own target, for a figure that supports the goal (reach a month, say; empty if none)':
    'Een eigen streefwaarde, voor een cijfer dat het doel ondersteunt (bijvoorbeeld bereik per maand; leeg als er geen is)',
  'Last day (YYYY-MM-DD; empty for one day)': 'Laatste dag (JJJJ-MM-DD; leeg bij één dag)',
  'Name of the day or days off (a study day, say)': 'Naam van de vrije dag of dagen (bijvoorbeeld een studiedag)',
  'Not sure (leave it to the figures)': 'Weet ik niet (laat het aan de cijfers over)',
  'Or as a share more than the baseline, in % (10 for 10% more; negative for less)':
    'Of als percentage meer dan de nulmeting (10 voor 10% meer; negatief voor minder)',
  'Public holidays (King’s Day, Christmas):': 'Feestdagen (Koningsdag, Kerstmis):',
  'Should the figure go up or down?': 'Moet het cijfer omhoog of omlaag?',
  'The school holidays of the region:': 'De schoolvakanties van de regio:',
  'Unit of the figures (empty: the goal’s unit)': 'Eenheid van de cijfers (leeg: de eenheid van het doel)',
  'Until when must the result hold once it is reached? (YYYY-MM-DD; empty if not)':
    'Tot wanneer moet het resultaat standhouden als het bereikt is? (JJJJ-MM-DD; leeg als dat niet hoeft)',
  'What do you do when an account is taken over? (who recovers it, who warns the followers)':
    'Wat doen jullie als een account wordt overgenomen? (wie haalt het terug, wie waarschuwt de volgers)',
  'What does the automatic answer outside those hours say? (empty if there is none)':
    'Wat zegt het automatische antwoord buiten die uren? (leeg als er geen is)',
  'What happens when consent is withdrawn? (which posts are removed, by whom, how fast)':
    'Wat gebeurt er als iemand toestemming intrekt? (welke berichten gaan offline, door wie, hoe snel)',
  'What is consent asked for separately?': 'Waarvoor vragen jullie apart toestemming?',
  'What is one figure of this KPI?': 'Wat geeft één meting van deze KPI weer?',
  'What kind of figure is it?': 'Wat voor cijfer is het?',
  'When is webcare staffed? (school days 8:00–17:00, say)': 'Wanneer is de webcare bemand? (bijvoorbeeld schooldagen 8.00–17.00 uur)',
  'Which KPI says how far this goal is?': 'Welke KPI laat zien hoe ver jullie met dit doel zijn?',
  'Which board member or head backs the strategy and makes room for it? (name or role)':
    'Welke bestuurder of leidinggevende staat achter de strategie en maakt er ruimte voor? (naam of functie)',
  'Which region are the school holidays in?': 'In welke regio liggen de schoolvakanties?',
  'Who keeps the record of consent, and where?': 'Wie houdt de toestemmingen bij, en waar?',
  'Who reads along in the evenings, at weekends and in holidays? (or: nobody, and the auto-reply says so)':
    "Wie leest er 's avonds, in het weekend en in de vakanties mee? (of: niemand, en het automatische antwoord zegt dat)",
  'Who takes part for you?': 'Wie doet er namens jullie mee?',
  'a count of what happened in its period (applications this month)':
    'een telling van wat er in die periode gebeurde (aanmeldingen deze maand)',
  'a level on its date (followers)': 'een stand op de dag van meten (volgers)',
  'a level that moves (followers)': 'een stand die beweegt (volgers)',
  'a rate (a share or a speed)': 'een percentage of snelheid',
  'a total counted within the period (applications this year)':
    'een totaal dat binnen de periode wordt geteld (aanmeldingen dit schooljaar)',
  'down (fewer complaints, a shorter response time)': 'omlaag (minder klachten, een kortere reactietijd)',
  'leave them out of the calendar': 'laat ze weg uit de kalender',
  'no posts then': 'dan geen berichten',
  'per platform': 'per platform',
  'per purpose (website, social media, brochure)': 'per doel (website, sociale media, brochure)',
  'show them, and post as planned': 'zet ze in de kalender, en post zoals gepland',
  'up (more followers)': 'omhoog (meer volgers)',
  'The team’s reviews of a quarter are not part of the strategy the board adopts: strategy review shows the last one with the figures of its quarter, and the board overview (strategy report) when it was held.':
    'De terugblikken van het team op een kwartaal horen niet bij de strategie die het bestuur vaststelt: strategy review toont de laatste met de cijfers van dat kwartaal, en het bestuursoverzicht (strategy report) wanneer hij was.',
  'The posts themselves: the calendar plans them from the cadence and the key dates; editors add their own in the file.':
    'De berichten zelf: de kalender plant ze op basis van het publicatieritme en de belangrijke datums; redacteuren zetten hun eigen berichten in het bestand.',
  'Keeps a key date’s events when its title changes; made from the title.':
    'Houdt de agenda-items van een belangrijke datum bij elkaar als de titel verandert; afgeleid van de titel.',
  'A key date’s own run-up; the calendar’s run-up, which the wizard asks, applies to every key date.':
    'De eigen aanloop van een belangrijke datum; de aanloop van de kalender, die de wizard vraagt, geldt voor elke belangrijke datum.',
  'A school that moves a holiday of its region; rare, and named by the holiday’s id.':
    'Een school die een vakantie van haar regio verschuift; dat komt weinig voor, en je noemt de vakantie dan bij haar id.',
  'Europe/Amsterdam unless a school posts from elsewhere.': 'Europe/Amsterdam, tenzij een school van elders post.',
  'Keeps calendar events apart in a calendar app; made from the website.':
    'Houdt agenda-items uit elkaar in een agenda-app; afgeleid van het websiteadres.',
  'Link tracking for web statistics; its defaults suit most schools.':
    'Het volgen van links voor webstatistieken; de standaardwaarden passen bij de meeste scholen.',
  'Another way to write the crisis plan, as a list of steps; the wizard asks the plan.':
    'Een andere manier om het crisisplan te schrijven, als lijst van stappen; de wizard vraagt naar het plan.',
  'How `strategy measure import` reads a platform’s export; written by whoever sets up the import.':
    'Hoe `strategy measure import` de export van een platform leest; in te vullen door wie de import instelt.',
  'The figures themselves: written by `strategy measure import`, or by hand from the platforms’ statistics.':
    'De cijfers zelf: in te vullen met `strategy measure import`, of met de hand over te nemen uit de statistieken van de platforms.',
  'Only in the normalised file that `strategy render --format yaml` writes.':
    'Alleen in het genormaliseerde bestand dat `strategy render --format yaml` schrijft.',
  'Another way to give webcare’s time (messages × minutes); the wizard asks the hours.':
    'Een andere manier om de tijd voor webcare op te geven (berichten × minuten); de wizard vraagt naar de uren.',
  'A step’s own time, within the response time the wizard asks.':
    'De eigen tijd van een stap, binnen de reactietijd waarnaar de wizard vraagt.',
  'Whom do you call in from outside when time or skills fall short? (a trainer, an agency, an adviser)':
    'Wie schakelen jullie van buiten in als tijd of kennis tekortschiet? (een trainer, een bureau, een adviseur)',
  'How often and how do you look for messages and mentions? (three times a working day, with the platforms’ notifications)':
    'Hoe vaak en hoe kijken jullie naar berichten en vermeldingen? (drie keer per werkdag, met de meldingen van de platforms)',
  'How do you try things out in the first weeks, and how do you handle mistakes?':
    'Hoe proberen jullie in de eerste weken dingen uit, en hoe gaan jullie om met fouten?',
  'Guidelines for students, alumni or staff who post for you as ambassadors (what they post, how you support and credit them)':
    'Richtlijnen voor leerlingen of studenten, alumni of medewerkers die als ambassadeur voor jullie posten (wat ze posten, hoe jullie ze ondersteunen en hun naam vermelden)',
  'How do pupils learn to use social media well? (lessons, a mentor hour, a project)':
    'Hoe leren leerlingen of studenten goed met sociale media omgaan? (in de lessen, een mentoruur, een project)',
  'Do recognisable people under 18 appear in your posts? (young visitors at an open day, children at an event)':
    'Staan er herkenbare mensen onder de 18 in jullie berichten? (jonge bezoekers van een open dag, kinderen bij een evenement)',
  'Which platform is it? (its name)': 'Welk platform is het? (de naam)',
  'Which parents’ app is it? (Parro, Social Schools …)': 'Welke ouderapp gebruiken jullie? (Parro, Social Schools …)',
  'Parents of new pupils': 'Ouders van nieuwe leerlingen',
  'The neighbourhood': 'De buurt',
  'Childcare and other partners': 'Kinderopvang en andere partners',
  'Prospective learners': 'Aankomende cursisten',
  'Current learners': 'Huidige cursisten',
  'Partners: the municipality, libraries, welfare': 'Partners: gemeente, bibliotheken, welzijnsorganisaties',
  Employers: 'Werkgevers',
  'Staff and volunteers': 'Medewerkers en vrijwilligers',
};
