// The first walk through the method for a new strategy: only what a strategy cannot do
// without, in the order a communications officer thinks of it: the organisation and the
// period, who does the work, at most three SMART goals, the audiences and the channels that
// reach them, how often to post and about what, and consent for photos. Ids are made from
// names; lists are typed on one line; what was answered earlier is offered as the default.
// Every answer is kept under its own key as soon as it is given, so a draft resumes at the
// exact question and Ctrl-C loses nothing.
import type { Language } from '../model/strategy.js';
import { platformName } from '../render/labels.js';
import { platformLabel, platformsFor } from './questions/shared.js';
import { isDate } from '../util/today.js';
import { LEXICONS, VOCABULARY } from '../i18n/vocabulary.js';
import { suggestedSlots } from '../core/posting-times.js';
import { readAnswer } from './answers.js';
import { typicalAudiences, say } from './catalogue.js';
import type { Bi } from './catalogue.js';
import type { Prompter } from './prompter.js';
import { wizardText } from './texts.js';
import { clock, dayBefore, firstDay, list, MAX_GOALS, SECTORS, TIME, VISUAL, WEEKDAYS } from './essentials-shared.js';
import { SCHOOL_SECTORS } from '../core/sectors.js';
import type { Answers } from './essentials-shared.js';
import { Q } from './essentials-texts.js';

export type { Answers } from './essentials-shared.js';
export { essentialsStrategy } from './essentials-strategy.js';
export { questionsToFix } from './essentials-fix.js';

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

type TypedKind = 'text' | 'number' | 'date' | 'list';
interface TypedSettings {
  default?: string;
  required?: boolean;
  check?: (value: unknown) => Bi | undefined;
}

const splitList = (text: string): string[] =>
  text
    .split(text.includes(';') ? ';' : ',')
    .map((part) => part.trim())
    .filter(Boolean);

/** What the earlier answer shows as the default: a list on one line, a number in the language's way. */
function shownDefault(before: unknown, language: Language, fallback: string | undefined): string | undefined {
  if (Array.isArray(before)) return before.join(', ');
  if (typeof before === 'number') return String(before).replace('.', LEXICONS[language].marks.decimal);
  return typeof before === 'string' ? before : fallback;
}

/** The ways of asking: once per answer key, typed or picked, with the earlier answer offered. */
function asker(options: EssentialsOptions) {
  const { prompter, language, answers } = options;
  const t = wizardText(language);
  const s = (text: Bi): string => say(text, language);
  let asking = '';
  const earlier = (): unknown => options.previous?.[asking];

  /** Asks once: an answer already given (a resumed draft) is kept; a new one is saved at once. */
  const ask = async <T>(id: string, asker: () => Promise<T>): Promise<T> => {
    if (id in answers) return answers[id] as T;
    asking = id;
    // An empty answer is kept too (as null), so a resume does not ask it again.
    const value = await asker();
    answers[id] = value ?? null;
    await options.onAnswer?.(answers);
    return value;
  };

  const validate = (kind: TypedKind, settings: TypedSettings) => (text: string) => {
    if (kind === 'list') {
      const problem = settings.check?.(splitList(text));
      return problem ? s(problem) : true;
    }
    const reading = readAnswer(kind, text, language);
    if (reading.suggestion) return true;
    if (reading.value === undefined) return settings.required ? t.required : true;
    if (kind === 'number' && typeof reading.value !== 'number') return s(Q.badNumber);
    if (kind === 'date' && !isDate(String(reading.value))) return s(Q.badDate);
    const problem = settings.check?.(reading.value);
    return problem ? s(problem) : true;
  };

  const typed = async (message: Bi, kind: TypedKind, settings: TypedSettings = {}): Promise<unknown> => {
    let shown = shownDefault(earlier(), language, settings.default);
    for (;;) {
      const raw = await prompter.input({
        message: s(message),
        ...(shown !== undefined ? { default: shown } : {}),
        validate: validate(kind, settings),
      });
      if (kind === 'list') return splitList(raw);
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

  const pick = async (message: Bi, choices: { name: string; value: string }[], checked: readonly string[], required = true) =>
    prompter.checkbox<string>({
      message: s(message),
      choices: choices.map((choice) => ({
        ...choice,
        checked: (Array.isArray(earlier()) ? (earlier() as string[]) : checked).includes(choice.value),
      })),
      validate: (values) => (required && values.length === 0 ? s(Q.pickOne) : true),
    });

  return { options, prompter, language, answers, s, earlier, ask, typed, pick };
}
type Asker = ReturnType<typeof asker>;

/** The organisation and the period. */
async function askOrganisation(a: Asker): Promise<{ sector: string; start: string; end: string }> {
  const { ask, typed, prompter, s, language, answers } = a;
  await ask('organisation.name', () => typed(Q.name, 'text', { required: true }));
  const sector = await ask('organisation.sector', () =>
    prompter.select<string>({
      message: s(Q.sector),
      choices: SECTORS.map((value) => ({ name: (VOCABULARY[language].sector as Record<string, string>)[value] ?? value, value })),
    }),
  );
  const start = String(await ask('period.start', () => typed(Q.start, 'date', { required: true, default: firstDay(a.options.today()) })));
  await ask('period.end', () =>
    typed(Q.end, 'date', {
      required: true,
      default: dayBefore(start, 1),
      check: (value) => (String(value) <= start ? Q.endBeforeStart(start) : undefined),
    }),
  );
  if (SCHOOL_SECTORS.has(String(sector))) {
    await ask('calendar.region', () =>
      prompter.select<string>({
        message: s(Q.region),
        choices: [
          ...(['noord', 'midden', 'zuid'] as const).map((value) => ({ name: VOCABULARY[language].region[value], value })),
          { name: s(Q.regionUnknown), value: '' },
        ],
      }),
    );
  }
  return { sector: String(sector), start, end: String(answers['period.end']) };
}

/** Who does the work, and their hours. */
async function askTeam(a: Asker): Promise<string[]> {
  const { ask, typed } = a;
  const owner = String(await ask('team.owner', () => typed(Q.owner, 'text', { required: true })));
  const others = list(await ask('team.others', () => typed(Q.others, 'list')));
  const people = [owner, ...others.filter((name) => name !== owner)];
  for (const [index, name] of people.entries()) {
    await ask(`team.hours.${index}`, () =>
      typed(Q.hours(name), 'number', {
        required: true,
        default: index === 0 ? '4' : '2',
        check: (value) => (typeof value === 'number' && value < 0 ? Q.badNumber : undefined),
      }),
    );
  }
  return people;
}

/** At most three SMART goals. */
async function askGoals(a: Asker, start: string, end: string): Promise<void> {
  const { ask, typed, answers, prompter, s } = a;
  if (!('goal.1.statement' in answers)) prompter.say(`\n${s(Q.goalsIntro)}\n`);
  for (let n = 1; n <= MAX_GOALS; n++) {
    const statement = await ask(`goal.${n}.statement`, () => typed(Q.statement(n), 'text', { required: n === 1 }));
    if (statement === undefined || statement === null || String(statement).trim() === '') break;
    await ask(`goal.${n}.metric`, () => typed(Q.metric(n), 'text', { required: true }));
    const metric = String(answers[`goal.${n}.metric`]);
    // The unit is often the last word of the metric: "aanmeldingen via Instagram" counts aanmeldingen.
    await ask(`goal.${n}.unit`, () =>
      typed(Q.unit(n), 'text', {
        required: true,
        default: metric.split(/\s+/)[0]!.toLowerCase(),
        check: (value) => (/^[\d\s.,+-]+$/.test(String(value)) ? Q.unitInWords : undefined),
      }),
    );
    const baseline = await ask(`goal.${n}.baseline`, () => typed(Q.baseline(n), 'number', { required: true }));
    await ask(`goal.${n}.target`, () =>
      typed(Q.target(n), 'number', { required: true, check: (value) => (value === baseline ? Q.sameAsBaseline : undefined) }),
    );
    await ask(`goal.${n}.deadline`, () =>
      typed(Q.deadline(n), 'date', {
        required: true,
        default: end,
        check: (value) => (String(value) < start || String(value) > end ? Q.outsidePeriod(start, end) : undefined),
      }),
    );
  }
}

/** The audiences, and the channels that reach them. */
async function askAudiencesAndChannels(a: Asker, people: readonly string[]): Promise<string[]> {
  const { ask, typed, pick, answers, s, language } = a;
  const typical = typicalAudiences(answers['organisation.sector']).map((name) => s(name));
  const chosen = await ask('audiences.typical', () =>
    pick(
      Q.audiences,
      typical.map((name) => ({ name, value: name })),
      [],
      false,
    ),
  );
  await ask('audiences.other', () => typed(Q.moreAudiences, 'list'));
  const audienceNames = [...list(chosen), ...list(answers['audiences.other'])];
  // Where each audience is already active: the channels follow the audience, not the other way round.
  const offered = platformsFor(answers['organisation.sector']).map((value) => ({ name: platformName(value, language), value }));
  for (const [index, name] of audienceNames.entries()) {
    const active = await ask(`audience.${index + 1}.platforms`, () => pick(Q.activeOn(name), offered, [], false));
    if (list(active).includes('other')) await ask(`audience.${index + 1}.other_platforms`, () => typed(Q.otherPlatformsOf(name), 'list'));
  }
  const platforms = list(
    await ask('channels', () =>
      pick(
        Q.channels,
        platformsFor(answers['organisation.sector']).map((value) => ({ name: platformLabel(value, language), value })),
        [],
      ),
    ),
  );
  for (const platform of platforms) await askChannel(a, platform, platforms, people, audienceNames);
  return platforms;
}

/** One channel: its handle, audiences, administrators, maker, posts a week and posting slots. */
async function askChannel(a: Asker, platform: string, platforms: readonly string[], people: readonly string[], audienceNames: string[]) {
  const { ask, typed, pick, answers, prompter, s, language, earlier } = a;
  const name = platformName(platform, language);
  const choices = (values: readonly string[]) => values.map((value) => ({ name: value, value }));
  if (platform === 'other') await ask('channel.other.platform_name', () => typed(Q.otherPlatform, 'text'));
  // A parents' app has no account to name: which app it is names the channel.
  if (platform === 'parents-app') await ask('channel.parents-app.platform_name', () => typed(Q.parentsApp, 'text'));
  else await ask(`channel.${platform}.handle`, () => typed(Q.handle(name), 'text'));
  if (audienceNames.length > 0)
    await ask(`channel.${platform}.audiences`, () => pick(Q.reaches(name), choices(audienceNames), audienceNames));
  if (people.length > 1) {
    await ask(`channel.${platform}.admins`, () => pick(Q.admins(name), choices(people), people.slice(0, 2)));
    // The work shared out: by default the channels take turns among the team.
    const turn = people[platforms.indexOf(platform) % people.length]!;
    await ask(`channel.${platform}.maker`, () =>
      prompter.select<string>({
        message: s(Q.maker(name)),
        choices: choices(people),
        default: typeof earlier() === 'string' ? (earlier() as string) : turn,
      }),
    );
  }
  await ask(`channel.${platform}.per_week`, () => typed(Q.perWeek(name), 'number', { required: true, default: '2' }));
  // When the channel posts: offered from when the platform's users, and the audiences it reaches, are online.
  const suggested = suggestedSlots(
    platform,
    Array.isArray(answers[`channel.${platform}.audiences`]) ? list(answers[`channel.${platform}.audiences`]) : audienceNames,
  );
  await ask(`channel.${platform}.days`, () =>
    pick(
      Q.days(name),
      WEEKDAYS.map((value) => ({ name: VOCABULARY[language].weekday[value], value })),
      suggested.days,
    ),
  );
  await ask(`channel.${platform}.times`, () =>
    typed(Q.times(name), 'list', {
      default: suggested.times.join(', '),
      check: (value) =>
        Array.isArray(value) && (value.length === 0 || value.some((time) => !TIME.test(clock(String(time))))) ? Q.badTimes : undefined,
    }),
  );
}

/** The topics, consent for images where minors are pictured, and the reporting. */
async function askClosing(a: Asker, sector: string, platforms: readonly string[]): Promise<void> {
  const { ask, typed, prompter, s, language } = a;
  await ask('content.pillars', () => typed(Q.pillars(sector), 'list'));
  if (SCHOOL_SECTORS.has(sector) && platforms.some((platform) => VISUAL.has(platform))) {
    await ask('privacy.consent', () => typed(Q.consent(sector), 'text', { required: true }));
  }
  await ask('control.reporting.cadence', () =>
    prompter.select<string>({
      message: s(Q.reporting),
      choices: (['monthly', 'quarterly'] as const).map((value) => ({ name: VOCABULARY[language].frequency[value], value })),
      default: 'quarterly',
    }),
  );
  await ask('control.reporting.audience', () => typed(Q.reportTo, 'text'));
}

export async function runEssentials(options: EssentialsOptions): Promise<Answers> {
  const a = asker(options);
  a.prompter.say(`\n${a.s(Object.keys(options.answers).length === 0 ? Q.intro : Q.welcomeBack)}\n`);
  const { sector, start, end } = await askOrganisation(a);
  const people = await askTeam(a);
  await askGoals(a, start, end);
  const platforms = await askAudiencesAndChannels(a, people);
  await askClosing(a, sector, platforms);
  return options.answers;
}
