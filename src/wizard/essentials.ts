// The first walk through the method for a new strategy: only what a strategy cannot do
// without, in the order a communications officer thinks of it: the organisation and the
// period, who does the work, at most three SMART goals, the audiences and the channels that
// reach them, how often to post and about what, and consent for photos. Ids are made from
// names; lists are typed on one line; what was answered earlier is offered as the default.
// Every answer is kept under its own key as soon as it is given, so a draft resumes at the
// exact question and Ctrl-C loses nothing.
import type { Language } from '../model/strategy.js';
import { slugify } from '../model/ids.js';
import { platformName } from '../render/labels.js';
import { isDate } from '../util/today.js';
import { PLATFORM_FORMATS } from '../rules/platforms.js';
import { VOCABULARY } from '../i18n/vocabulary.js';
import { suggestedSlots } from '../core/posting-times.js';
import { readAnswer } from './answers.js';
import { TYPICAL_AUDIENCES, say } from './catalogue.js';
import type { Bi } from './catalogue.js';
import type { Prompter } from './prompter.js';
import { wizardText } from './texts.js';

export type Answers = Record<string, unknown>;

export interface EssentialsOptions {
  prompter: Prompter;
  language: Language;
  /** Answers so far (a resumed draft); filled in as the questions are answered. */
  answers: Answers;
  /** Called after every answer, to save the draft. */
  onAnswer?: (answers: Answers) => Promise<void>;
  /** Earlier answers to questions asked again (to fix a finding): offered as the defaults. */
  previous?: Answers;
  /** The day of the run, for defaults. */
  today: () => string;
}

const bi = (nl: string, en: string): Bi => ({ nl, en });
export const MAX_GOALS = 3;
/** Sectors with pupils under 18, whose photos need consent. */
const MINORS = new Set(['po', 'vo', 'mbo']);
const VISUAL = new Set(['instagram', 'tiktok', 'youtube', 'facebook', 'snapchat']);
const SECTORS = ['po', 'vo', 'mbo', 'hbo', 'wo', 'adult-education', 'other'];
const PLATFORMS = Object.keys(PLATFORM_FORMATS);
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A time as typed (8.30, 08:30, 19.30) as HH:MM; anything else as it is, for the check to refuse. */
const clock = (typed: string): string => {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(typed.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : typed.trim();
};

const Q = {
  intro: bi(
    'We beginnen met wat elke strategie nodig heeft: de organisatie en de periode, wie het werk doet, de doelen, de doelgroepen en kanalen, hoe vaak je post en waarover. Dat kost ongeveer een kwartier. Daarna kun je de andere onderdelen invullen, nu of later.',
    'We start with what every strategy needs: the organisation and the period, who does the work, the goals, the audiences and channels, how often you post and about what. That takes about fifteen minutes. After that you can fill in the other parts, now or later.',
  ),
  name: bi('Naam van de school of organisatie', 'Name of the school or organisation'),
  sector: bi('Soort onderwijs', 'Kind of education'),
  start: bi('Eerste dag van de strategie (JJJJ-MM-DD)', 'First day of the strategy (YYYY-MM-DD)'),
  end: bi('Laatste dag van de strategie (JJJJ-MM-DD)', 'Last day of the strategy (YYYY-MM-DD)'),
  region: bi('In welke regio liggen de schoolvakanties? (dan plant de kalender er geen berichten in)', 'Which region are the school holidays in? (the calendar then plans no posts in them)'),
  regionUnknown: bi('Weet ik niet / geen school', 'Not sure / not a school'),
  owner: bi('Wie is eindverantwoordelijk voor sociale media? (naam)', 'Who is responsible for social media in the end? (name)'),
  others: bi('Wie werkt er nog meer aan mee? (namen, gescheiden door komma’s; leeg als niemand)', 'Who else works on it? (names, comma-separated; empty if nobody)'),
  hours: (name: string) => bi(`Hoeveel uur per week heeft ${name} voor sociale media?`, `How many hours a week does ${name} have for social media?`),
  goalsIntro: bi(
    'Doelen: maak ze SMART, met een maatstaf, een nulmeting, een streefwaarde en een deadline. Begin met het belangrijkste; je kunt er drie opgeven (meer kan later in het bestand).',
    'Goals: make them SMART, with a metric, a baseline, a target and a deadline. Start with the most important; you can give three here (more later in the file).',
  ),
  statement: (n: number) => (n === 1 ? bi('Doel 1: wat wil je bereiken? (één zin)', 'Goal 1: what do you want to achieve? (one sentence)') : bi(`Doel ${n}: wat wil je nog meer bereiken? (leeg laten als je klaar bent)`, `Goal ${n}: what else do you want to achieve? (leave empty when done)`)),
  metric: (n: number) => bi(`Doel ${n}: hoe meet je dat? (bijvoorbeeld: aanmeldingen via Instagram, volgers op LinkedIn)`, `Goal ${n}: how do you measure it? (for example: applications via Instagram, followers on LinkedIn)`),
  unit: (n: number) => bi(`Doel ${n}: waarin druk je dat uit? (aanmeldingen, volgers, %)`, `Goal ${n}: in what do you count it? (applications, followers, %)`),
  baseline: (n: number) => bi(`Doel ${n}: waar sta je nu? (de nulmeting, een getal)`, `Goal ${n}: where are you now? (the baseline, a number)`),
  target: (n: number) => bi(`Doel ${n}: waar wil je uitkomen? (de streefwaarde, een getal)`, `Goal ${n}: where do you want to get? (the target, a number)`),
  deadline: (n: number) => bi(`Doel ${n}: wanneer moet dat bereikt zijn? (JJJJ-MM-DD)`, `Goal ${n}: by when? (YYYY-MM-DD)`),
  audiences: bi('Wie wil je bereiken? (kies er één of meer)', 'Whom do you want to reach? (choose one or more)'),
  moreAudiences: bi('Nog andere doelgroepen? (namen, gescheiden door komma’s; leeg als er geen zijn)', 'Any other audiences? (names, comma-separated; empty if none)'),
  channels: bi('Op welke platforms zijn jullie actief, of willen jullie dat worden? (kies er één of meer)', 'Which platforms are you on, or will be? (choose one or more)'),
  handle: (platform: string) => bi(`Naam van het account op ${platform} (bijvoorbeeld @onzeschool; leeg als het er nog niet is)`, `Name of the account on ${platform} (for example @ourschool; empty if there is none yet)`),
  reaches: (platform: string) => bi(`Wie bereik je via ${platform}?`, `Whom do you reach via ${platform}?`),
  admins: (platform: string) => bi(`Wie beheert het account op ${platform}? (kies er minstens twee, zodat er altijd iemand bij kan)`, `Who administer the account on ${platform}? (choose at least two, so that someone can always get in)`),
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
  pillars: bi('Waarover post je? (onderwerpen, gescheiden door komma’s, bijvoorbeeld: leven op school, open dagen, stages)', 'What do you post about? (topics, comma-separated, for example: school life, open days, work placements)'),
  consent: bi(
    'Als je foto’s of video’s van leerlingen plaatst: hoe vraag je toestemming en waar leg je die vast? (bijvoorbeeld: bij de inschrijving, apart voor website, sociale media en folder)',
    'When you post photos or video of pupils: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)',
  ),
  unitInWords: bi('Schrijf de eenheid in woorden, zoals aanmeldingen, volgers of %.', 'Write the unit in words, such as applications, followers or %.'),
  welcomeBack: bi('Welkom terug: je gaat verder bij de vraag waar je was gebleven.', 'Welcome back: you go on at the question where you stopped.'),
  reporting: bi('Hoe vaak rapporteer je de resultaten?', 'How often do you report the results?'),
  reportTo: bi('Aan wie? (bijvoorbeeld: de directie)', 'To whom? (for example: the management)'),
  badNumber: bi('Typ een getal, zoals 1.240 of 12,5.', 'Type a number, such as 1,240 or 12.5.'),
  badDate: bi('Schrijf de datum als JJJJ-MM-DD, zoals 2026-08-01.', 'Write the date as YYYY-MM-DD, such as 2026-08-01.'),
  endBeforeStart: (start: string) => bi(`De laatste dag moet na de eerste dag (${start}) liggen.`, `The last day must come after the first day (${start}).`),
  outsidePeriod: (start: string, end: string) => bi(`Kies een datum in de periode van de strategie (${start} tot en met ${end}).`, `Choose a date within the strategy's period (${start} to ${end}).`),
  sameAsBaseline: bi('De streefwaarde moet verschillen van de nulmeting.', 'The target must differ from the baseline.'),
  pickOne: bi('Kies er minstens één (met de spatiebalk).', 'Choose at least one (with the space bar).'),
};

/** The first day a new strategy can start: 1 August in August (a school year), else the first of next month. */
function firstDay(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month === 8) return `${year}-08-01`;
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

function dayBefore(iso: string, years: number): string {
  const date = new Date(Date.parse(iso));
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return new Date(date.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** Ids made from names, unique within their list. */
export function idsFor(names: readonly string[], fallback: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = slugify(name) || fallback;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : []);

export async function runEssentials(options: EssentialsOptions): Promise<Answers> {
  const { prompter, language, answers } = options;
  const t = wizardText(language);
  const s = (text: Bi): string => say(text, language);

  /** Asks once: an answer already given (a resumed draft) is kept; a new one is saved at once. */
  let asking = '';
  const ask = async <T>(id: string, asker: () => Promise<T>): Promise<T> => {
    if (id in answers) return answers[id] as T;
    asking = id;
    // An empty answer is kept too (as null), so a resume does not ask it again.
    const value = await asker();
    answers[id] = value ?? null;
    await options.onAnswer?.(answers);
    return value;
  };
  const earlier = (): unknown => options.previous?.[asking];
  const typed = async (message: Bi, kind: 'text' | 'number' | 'date' | 'list', settings: { default?: string; required?: boolean; check?: (value: unknown) => Bi | undefined } = {}): Promise<unknown> => {
    const before = earlier();
    let shown = Array.isArray(before) ? before.join(', ') : typeof before === 'number' ? String(before).replace('.', language === 'nl' ? ',' : '.') : typeof before === 'string' ? before : settings.default;
    for (;;) {
      const raw = await prompter.input({
        message: s(message),
        ...(shown !== undefined ? { default: shown } : {}),
        validate: (text) => {
          if (kind === 'list') {
            const problem = settings.check?.(text.split(text.includes(';') ? ';' : ',').map((part) => part.trim()).filter(Boolean));
            return problem ? s(problem) : true;
          }
          const reading = readAnswer(kind, text, language);
          if (reading.suggestion) return true;
          if (reading.value === undefined) return settings.required ? t.required : true;
          if (kind === 'number' && typeof reading.value !== 'number') return s(Q.badNumber);
          if (kind === 'date' && !isDate(String(reading.value))) return s(Q.badDate);
          const problem = settings.check?.(reading.value);
          return problem ? s(problem) : true;
        },
      });
      if (kind === 'list') return raw.split(raw.includes(';') ? ';' : ',').map((part) => part.trim()).filter(Boolean);
      const reading = readAnswer(kind, raw, language);
      if (reading.suggestion) {
        prompter.say(t.takeSuggestion(reading.suggestion));
        shown = reading.suggestion;
        continue;
      }
      if (reading.readAs !== undefined) prompter.say(t.readAs(reading.readAs));
      return reading.value;
    }
  };
  const pick = async (message: Bi, choices: { name: string; value: string }[], checked: readonly string[], required = true): Promise<string[]> =>
    prompter.checkbox<string>({
      message: s(message),
      choices: choices.map((choice) => ({ ...choice, checked: (Array.isArray(earlier()) ? (earlier() as string[]) : checked).includes(choice.value) })),
      validate: (values) => (required && values.length === 0 ? s(Q.pickOne) : true),
    });

  prompter.say(`\n${s(Object.keys(answers).length === 0 ? Q.intro : Q.welcomeBack)}\n`);

  // The organisation and the period.
  await ask('organisation.name', () => typed(Q.name, 'text', { required: true }));
  const sector = await ask('organisation.sector', () =>
    prompter.select<string>({ message: s(Q.sector), choices: SECTORS.map((value) => ({ name: (VOCABULARY[language].sector as Record<string, string>)[value] ?? value, value })) }),
  );
  const start = String(await ask('period.start', () => typed(Q.start, 'date', { required: true, default: firstDay(options.today()) })));
  await ask('period.end', () => typed(Q.end, 'date', { required: true, default: dayBefore(start, 1), check: (value) => (String(value) <= start ? Q.endBeforeStart(start) : undefined) }));
  const end = String(answers['period.end']);
  if (MINORS.has(String(sector))) {
    await ask('calendar.region', () =>
      prompter.select<string>({
        message: s(Q.region),
        choices: [...(['noord', 'midden', 'zuid'] as const).map((value) => ({ name: VOCABULARY[language].region[value], value })), { name: s(Q.regionUnknown), value: '' }],
      }),
    );
  }

  // Who does the work.
  const owner = String(await ask('team.owner', () => typed(Q.owner, 'text', { required: true })));
  const others = list(await ask('team.others', () => typed(Q.others, 'list')));
  const people = [owner, ...others.filter((name) => name !== owner)];
  for (const [index, name] of people.entries()) {
    await ask(`team.hours.${index}`, () => typed(Q.hours(name), 'number', { required: true, default: index === 0 ? '4' : '2', check: (value) => (typeof value === 'number' && value < 0 ? Q.badNumber : undefined) }));
  }

  // At most three SMART goals.
  if (!('goal.1.statement' in answers)) prompter.say(`\n${s(Q.goalsIntro)}\n`);
  for (let n = 1; n <= MAX_GOALS; n++) {
    const statement = await ask(`goal.${n}.statement`, () => typed(Q.statement(n), 'text', { required: n === 1 }));
    if (statement === undefined || statement === null || String(statement).trim() === '') break;
    await ask(`goal.${n}.metric`, () => typed(Q.metric(n), 'text', { required: true }));
    const metric = String(answers[`goal.${n}.metric`]);
    // The unit is often the last word of the metric: "aanmeldingen via Instagram" counts aanmeldingen.
    await ask(`goal.${n}.unit`, () => typed(Q.unit(n), 'text', { required: true, default: metric.split(/\s+/)[0]!.toLowerCase(), check: (value) => (/^[\d\s.,+-]+$/.test(String(value)) ? Q.unitInWords : undefined) }));
    const baseline = await ask(`goal.${n}.baseline`, () => typed(Q.baseline(n), 'number', { required: true }));
    await ask(`goal.${n}.target`, () => typed(Q.target(n), 'number', { required: true, check: (value) => (value === baseline ? Q.sameAsBaseline : undefined) }));
    await ask(`goal.${n}.deadline`, () => typed(Q.deadline(n), 'date', { required: true, default: end, check: (value) => (String(value) < start || String(value) > end ? Q.outsidePeriod(start, end) : undefined) }));
  }

  // The audiences, and the channels that reach them.
  const typical = TYPICAL_AUDIENCES.map((name) => s(name));
  const chosen = await ask('audiences.typical', () => pick(Q.audiences, typical.map((name) => ({ name, value: name })), [], false));
  await ask('audiences.other', () => typed(Q.moreAudiences, 'list'));
  const audienceNames = [...list(chosen), ...list(answers['audiences.other'])];
  const platforms = list(await ask('channels', () => pick(Q.channels, PLATFORMS.map((value) => ({ name: platformName(value, language), value })), [])));
  for (const platform of platforms) {
    const name = platformName(platform, language);
    await ask(`channel.${platform}.handle`, () => typed(Q.handle(name), 'text'));
    if (audienceNames.length > 0) await ask(`channel.${platform}.audiences`, () => pick(Q.reaches(name), audienceNames.map((value) => ({ name: value, value })), audienceNames));
    if (people.length > 1) {
      await ask(`channel.${platform}.admins`, () => pick(Q.admins(name), people.map((value) => ({ name: value, value })), people.slice(0, 2)));
      // The work shared out: by default the channels take turns among the team.
      const turn = people[platforms.indexOf(platform) % people.length]!;
      await ask(`channel.${platform}.maker`, () => prompter.select<string>({ message: s(Q.maker(name)), choices: people.map((value) => ({ name: value, value })), default: typeof earlier() === 'string' ? (earlier() as string) : turn }));
    }
    await ask(`channel.${platform}.per_week`, () => typed(Q.perWeek(name), 'number', { required: true, default: '2' }));
    // When the channel posts: offered from when the platform's users, and the audiences it reaches, are online.
    const suggested = suggestedSlots(platform, Array.isArray(answers[`channel.${platform}.audiences`]) ? list(answers[`channel.${platform}.audiences`]) : audienceNames);
    await ask(`channel.${platform}.days`, () => pick(Q.days(name), WEEKDAYS.map((value) => ({ name: VOCABULARY[language].weekday[value], value })), suggested.days));
    await ask(`channel.${platform}.times`, () =>
      typed(Q.times(name), 'list', {
        default: suggested.times.join(', '),
        check: (value) => (Array.isArray(value) && (value.length === 0 || value.some((time) => !TIME.test(clock(String(time))))) ? Q.badTimes : undefined),
      }),
    );
  }
  await ask('content.pillars', () => typed(Q.pillars, 'list'));
  if (MINORS.has(String(sector)) && platforms.some((platform) => VISUAL.has(platform))) {
    await ask('privacy.consent', () => typed(Q.consent, 'text', { required: true }));
  }
  await ask('control.reporting.cadence', () =>
    prompter.select<string>({ message: s(Q.reporting), choices: (['monthly', 'quarterly'] as const).map((value) => ({ name: VOCABULARY[language].frequency[value], value })), default: 'quarterly' }),
  );
  await ask('control.reporting.audience', () => typed(Q.reportTo, 'text'));
  return answers;
}

/** The strategy the answers make, in the shape of strategy.yaml. */
export function essentialsStrategy(answers: Answers, language: Language): Record<string, unknown> {
  const text = (key: string): string | undefined => (typeof answers[key] === 'string' && (answers[key] as string).trim() !== '' ? (answers[key] as string).trim() : undefined);
  const number = (key: string): number | undefined => (typeof answers[key] === 'number' ? (answers[key] as number) : undefined);
  const owner = text('team.owner') ?? '';
  const people = [owner, ...list(answers['team.others']).filter((name) => name !== owner)].filter(Boolean);
  const memberIds = idsFor(people, 'lid');
  const memberOf = new Map(people.map((name, index) => [name, memberIds[index]!]));
  const members = Object.fromEntries(people.map((name, index) => [memberIds[index]!, { name, ...(number(`team.hours.${index}`) !== undefined ? { hours_per_week: number(`team.hours.${index}`) } : {}) }]));

  const goalNumbers: number[] = [];
  for (let n = 1; n <= MAX_GOALS && text(`goal.${n}.statement`); n++) goalNumbers.push(n);
  const goalIds = idsFor(goalNumbers.map((n) => text(`goal.${n}.metric`) ?? text(`goal.${n}.statement`)!), 'doel');
  const goals = Object.fromEntries(
    goalNumbers.map((n, index) => [
      goalIds[index]!,
      {
        statement: text(`goal.${n}.statement`),
        ...(text(`goal.${n}.metric`) ? { metric: text(`goal.${n}.metric`) } : {}),
        ...(number(`goal.${n}.baseline`) !== undefined ? { baseline: number(`goal.${n}.baseline`) } : {}),
        ...(number(`goal.${n}.target`) !== undefined ? { target: number(`goal.${n}.target`) } : {}),
        ...(text(`goal.${n}.unit`) ? { unit: text(`goal.${n}.unit`) } : {}),
        ...(text(`goal.${n}.deadline`) ? { deadline: text(`goal.${n}.deadline`) } : {}),
        ...(memberIds[0] ? { owner: memberIds[0] } : {}),
      },
    ]),
  );

  const audienceNames = [...list(answers['audiences.typical']), ...list(answers['audiences.other'])];
  const audienceIds = idsFor(audienceNames, 'doelgroep');
  const audienceOf = new Map(audienceNames.map((name, index) => [name, audienceIds[index]!]));
  const platforms = list(answers.channels);
  const reaching = (platform: string): string[] => (Array.isArray(answers[`channel.${platform}.audiences`]) ? list(answers[`channel.${platform}.audiences`]) : audienceNames);
  const audiences = Object.fromEntries(
    audienceNames.map((name, index) => [audienceIds[index]!, { name, platforms: platforms.filter((platform) => reaching(platform).includes(name)) }]),
  );
  // A goal that names platforms is served by those channels; one that names none, by all.
  const goalText = (n: number): string => `${text(`goal.${n}.statement`) ?? ''} ${text(`goal.${n}.metric`) ?? ''}`.toLowerCase();
  const named = (n: number): string[] => platforms.filter((platform) => goalText(n).includes(platformName(platform, language).toLowerCase()));
  const goalsOf = (platform: string): string[] => goalNumbers.filter((n) => named(n).length === 0 || named(n).includes(platform)).map((n) => goalIds[goalNumbers.indexOf(n)]!);
  const slotsOf = (platform: string): { days: string[]; times: string[] } | undefined => {
    const days = list(answers[`channel.${platform}.days`]).filter((day) => (WEEKDAYS as readonly string[]).includes(day));
    const times = [...new Set(list(answers[`channel.${platform}.times`]).map(clock).filter((time) => TIME.test(time)))].sort();
    if (days.length === 0 && times.length === 0) return undefined;
    const suggested = suggestedSlots(platform, reaching(platform));
    return { days: days.length > 0 ? WEEKDAYS.filter((day) => days.includes(day)) : suggested.days, times: times.length > 0 ? times : suggested.times };
  };
  const channels = Object.fromEntries(
    platforms.map((platform) => {
      const admins = Array.isArray(answers[`channel.${platform}.admins`]) ? list(answers[`channel.${platform}.admins`]) : people.slice(0, 2);
      return [
        platform,
        {
          platform,
          ...(text(`channel.${platform}.handle`) ? { handle: text(`channel.${platform}.handle`) } : {}),
          audiences: reaching(platform).map((name) => audienceOf.get(name)).filter(Boolean),
          goals: goalsOf(platform),
          admins: admins.map((name) => memberOf.get(name)).filter(Boolean),
          ...(slotsOf(platform) ? { slots: slotsOf(platform) } : {}),
        },
      ];
    }),
  );
  const pillarNames = list(answers['content.pillars']);
  const pillarIds = idsFor(pillarNames, 'onderwerp');
  // One line per channel: whole posts, whose topics the calendar takes in turn from the pillars on the channel.
  const cadence = platforms.flatMap((platform) => {
    const perWeek = number(`channel.${platform}.per_week`);
    if (perWeek === undefined) return [];
    const maker = memberOf.get(text(`channel.${platform}.maker`) ?? '') ?? memberIds[0];
    return [{ channel: platform, per_week: perWeek, ...(maker ? { owner: maker } : {}) }];
  });
  const content = {
    ...(pillarNames.length > 0
      ? { pillars: Object.fromEntries(pillarNames.map((name, index) => [pillarIds[index]!, { name, goals: goalIds, audiences: audienceIds, channels: platforms }])) }
      : {}),
    cadence,
  };
  const region = text('calendar.region');
  // Each list its own, so nothing is written as a YAML alias.
  return structuredCopy({
    version: 1,
    language,
    organisation: { name: text('organisation.name'), ...(text('organisation.sector') ? { sector: text('organisation.sector') } : {}) },
    period: { start: text('period.start'), end: text('period.end') },
    goals,
    audiences,
    channels,
    content,
    team: {
      ...(memberIds[0] ? { owner: memberIds[0] } : {}),
      members,
      tasks: {
        content_management: memberIds,
        webcare: memberIds.slice(0, 1),
        administration: [...new Set(Object.values(channels).flatMap((channel) => channel.admins as string[]))],
      },
    },
    ...(text('privacy.consent') ? { privacy: { consent: text('privacy.consent') } } : {}),
    control: {
      // Measured as often as it is reported.
      kpis: Object.fromEntries(goalNumbers.map((n, index) => [goalIds[index]!, { goal: goalIds[index]!, metric: text(`goal.${n}.metric`) ?? text(`goal.${n}.statement`), frequency: text('control.reporting.cadence') ?? 'monthly' }])),
      ...(text('control.reporting.cadence') ? { reporting: { cadence: text('control.reporting.cadence'), ...(text('control.reporting.audience') ? { audience: text('control.reporting.audience') } : {}) } } : {}),
    },
    ...(region ? { calendar: { holidays: { region } } } : {}),
  });
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const FIX_LABELS = {
  period: bi('de periode', 'the period'),
  goal: (n: number) => bi(`doel ${n}`, `goal ${n}`),
  channel: (platform: string) => bi(`het kanaal ${platform}`, `the channel ${platform}`),
  hours: bi('de uren, wie de berichten maakt en hoe vaak', 'the hours, who makes the posts and how often'),
  consent: bi('de toestemming voor beeld', 'consent for images'),
  audiences: bi('de doelgroepen', 'the audiences'),
  channels: bi('de kanalen', 'the channels'),
  team: bi('het team', 'the team'),
  topics: bi('de onderwerpen', 'the topics'),
  reporting: bi('de rapportage', 'the reporting'),
};

/**
 * The questions to ask again to fix a finding, by where it points; none when the essentials
 * do not ask about it (the file or `init --block` is the place then).
 */
export function questionsToFix(finding: { pointer: string; ruleId: string; data: Record<string, unknown> }, answers: Answers, language: Language): { keys: string[]; label: string } | undefined {
  const pointer = finding.pointer;
  const keys = Object.keys(answers);
  const matching = (prefix: string): string[] => keys.filter((key) => key.startsWith(prefix));
  const label = (text: Bi): string => say(text, language);
  const parts = pointer.split('/').slice(1);
  const goalNumbers: number[] = [];
  for (let n = 1; n <= MAX_GOALS && typeof answers[`goal.${n}.statement`] === 'string' && (answers[`goal.${n}.statement`] as string).trim(); n++) goalNumbers.push(n);
  const goalIds = idsFor(goalNumbers.map((n) => String(answers[`goal.${n}.metric`] ?? answers[`goal.${n}.statement`])), 'doel');
  switch (parts[0]) {
    case 'period':
      return { keys: ['period.start', 'period.end'], label: label(FIX_LABELS.period) };
    case 'goals': {
      const n = goalNumbers[goalIds.indexOf(parts[1] ?? '')];
      return n ? { keys: matching(`goal.${n}.`).filter((key) => !key.endsWith('.statement')), label: label(FIX_LABELS.goal(n)) } : undefined;
    }
    case 'channels':
      return parts[1] ? { keys: matching(`channel.${parts[1]}.`), label: label(FIX_LABELS.channel(platformName(parts[1], language))) } : { keys: ['channels'], label: label(FIX_LABELS.channels) };
    case 'team':
      return parts[1] === 'owner' ? { keys: ['team.owner'], label: label(FIX_LABELS.team) } : { keys: [...matching('team.hours.'), ...keys.filter((key) => key.endsWith('.per_week') || key.endsWith('.maker'))], label: label(FIX_LABELS.hours) };
    case 'content':
      return parts[1] === 'cadence' ? { keys: [...matching('team.hours.'), ...keys.filter((key) => key.endsWith('.per_week') || key.endsWith('.maker'))], label: label(FIX_LABELS.hours) } : { keys: ['content.pillars'], label: label(FIX_LABELS.topics) };
    case 'privacy':
      return { keys: ['privacy.consent'], label: label(FIX_LABELS.consent) };
    case 'audiences':
      return { keys: ['audiences.typical', 'audiences.other'], label: label(FIX_LABELS.audiences) };
    case 'control':
      return { keys: matching('control.'), label: label(FIX_LABELS.reporting) };
    case undefined:
      if (finding.ruleId === 'image-consent') return { keys: ['privacy.consent'], label: label(FIX_LABELS.consent) };
      if (finding.ruleId === 'essentials' && finding.data.block === 'audiences') return { keys: ['audiences.typical', 'audiences.other'], label: label(FIX_LABELS.audiences) };
      if (finding.ruleId === 'essentials' && finding.data.block === 'channels') return { keys: ['channels'], label: label(FIX_LABELS.channels) };
      if (finding.ruleId === 'essentials' && finding.data.block === 'period') return { keys: ['period.start', 'period.end'], label: label(FIX_LABELS.period) };
      return undefined;
    default:
      return undefined;
  }
}
