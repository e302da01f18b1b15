// The strategy the essentials' answers make, in the shape of strategy.yaml: ids made from
// names, each block from the answers that fill it.
import type { Language } from '../model/strategy.js';
import { platformName } from '../render/labels.js';
import { suggestedSlots } from '../core/posting-times.js';
import { clock, idsFor, list, MAX_GOALS, TIME, WEEKDAYS } from './essentials-shared.js';
import type { Answers } from './essentials-shared.js';

/** Platforms only parents or staff can read: a channel there is closed. */
const CLOSED_PLATFORMS = new Set(['parents-app', 'teams', 'viva-engage']);

type Block = Record<string, unknown>;

/** The answers, read back: text trimmed, numbers as numbers, and the people, goals and audiences with their ids. */
function reader(answers: Answers) {
  const text = (key: string): string | undefined =>
    typeof answers[key] === 'string' && (answers[key] as string).trim() !== '' ? (answers[key] as string).trim() : undefined;
  const number = (key: string): number | undefined => (typeof answers[key] === 'number' ? (answers[key] as number) : undefined);
  const owner = text('team.owner') ?? '';
  const people = [owner, ...list(answers['team.others']).filter((name) => name !== owner)].filter(Boolean);
  const memberIds = idsFor(people, 'lid');
  const goalNumbers: number[] = [];
  for (let n = 1; n <= MAX_GOALS && text(`goal.${n}.statement`); n++) goalNumbers.push(n);
  const goalIds = idsFor(
    goalNumbers.map((n) => text(`goal.${n}.metric`) ?? text(`goal.${n}.statement`)!),
    'doel',
  );
  const audienceNames = [...list(answers['audiences.typical']), ...list(answers['audiences.other'])];
  const platforms = list(answers.channels);
  const reaching = (platform: string): string[] =>
    Array.isArray(answers[`channel.${platform}.audiences`]) ? list(answers[`channel.${platform}.audiences`]) : audienceNames;
  return {
    answers,
    text,
    number,
    people,
    memberIds,
    memberOf: new Map(people.map((name, index) => [name, memberIds[index]!])),
    goalNumbers,
    goalIds,
    audienceNames,
    audienceIds: idsFor(audienceNames, 'doelgroep'),
    platforms,
    reaching,
  };
}
type Reader = ReturnType<typeof reader>;

function membersOf(r: Reader): Block {
  return Object.fromEntries(
    r.people.map((name, index) => [
      r.memberIds[index]!,
      { name, ...(r.number(`team.hours.${index}`) !== undefined ? { hours_per_week: r.number(`team.hours.${index}`) } : {}) },
    ]),
  );
}

function goalsOf(r: Reader): Block {
  const { text, number } = r;
  return Object.fromEntries(
    r.goalNumbers.map((n, index) => [
      r.goalIds[index]!,
      {
        statement: text(`goal.${n}.statement`),
        ...(text(`goal.${n}.metric`) ? { metric: text(`goal.${n}.metric`) } : {}),
        ...(number(`goal.${n}.baseline`) !== undefined ? { baseline: number(`goal.${n}.baseline`) } : {}),
        ...(number(`goal.${n}.target`) !== undefined ? { target: number(`goal.${n}.target`) } : {}),
        ...(text(`goal.${n}.unit`) ? { unit: text(`goal.${n}.unit`) } : {}),
        ...(text(`goal.${n}.deadline`) ? { deadline: text(`goal.${n}.deadline`) } : {}),
        ...(r.memberIds[0] ? { owner: r.memberIds[0] } : {}),
      },
    ]),
  );
}

function audiencesOf(r: Reader): Block {
  return Object.fromEntries(
    r.audienceNames.map((name, index) => [
      r.audienceIds[index]!,
      // Where the audience is active, as the user said; not where the wizard chose to reach it.
      {
        name,
        ...(list(r.answers[`audience.${index + 1}.platforms`]).length > 0
          ? { platforms: list(r.answers[`audience.${index + 1}.platforms`]) }
          : {}),
        ...(list(r.answers[`audience.${index + 1}.platforms`]).includes('other') &&
        list(r.answers[`audience.${index + 1}.other_platforms`]).length > 0
          ? { other_platforms: list(r.answers[`audience.${index + 1}.other_platforms`]) }
          : {}),
      },
    ]),
  );
}

/** When a channel posts: the days and times answered, else those suggested for its platform and audiences. */
function slotsOf(r: Reader, platform: string): { days: string[]; times: string[] } | undefined {
  const days = list(r.answers[`channel.${platform}.days`]).filter((day) => (WEEKDAYS as readonly string[]).includes(day));
  const times = [
    ...new Set(
      list(r.answers[`channel.${platform}.times`])
        .map(clock)
        .filter((time) => TIME.test(time)),
    ),
  ].sort();
  if (days.length === 0 && times.length === 0) return undefined;
  const suggested = suggestedSlots(platform, r.reaching(platform));
  return {
    days: days.length > 0 ? WEEKDAYS.filter((day) => days.includes(day)) : suggested.days,
    times: times.length > 0 ? times : suggested.times,
  };
}

function channelsOf(r: Reader, language: Language): Record<string, Block & { admins: string[] }> {
  const audienceOf = new Map(r.audienceNames.map((name, index) => [name, r.audienceIds[index]!]));
  // A goal that names platforms is served by those channels; one that names none, by all.
  const goalText = (n: number): string => `${r.text(`goal.${n}.statement`) ?? ''} ${r.text(`goal.${n}.metric`) ?? ''}`.toLowerCase();
  const named = (n: number): string[] =>
    r.platforms.filter((platform) => goalText(n).includes(platformName(platform, language).toLowerCase()));
  const goalsServed = (platform: string): string[] =>
    r.goalNumbers.filter((n) => named(n).length === 0 || named(n).includes(platform)).map((n) => r.goalIds[r.goalNumbers.indexOf(n)]!);
  return Object.fromEntries(
    r.platforms.map((platform) => {
      const admins = Array.isArray(r.answers[`channel.${platform}.admins`])
        ? list(r.answers[`channel.${platform}.admins`])
        : r.people.slice(0, 2);
      const slots = slotsOf(r, platform);
      return [
        platform,
        {
          platform,
          ...(r.text(`channel.${platform}.platform_name`) ? { platform_name: r.text(`channel.${platform}.platform_name`) } : {}),
          ...(r.text(`channel.${platform}.handle`) ? { handle: r.text(`channel.${platform}.handle`) } : {}),
          // Only parents, or only staff, can read these: closed by their nature.
          ...(CLOSED_PLATFORMS.has(platform) ? { visibility: 'closed' } : {}),
          audiences: r
            .reaching(platform)
            .map((name) => audienceOf.get(name))
            .filter(Boolean),
          goals: goalsServed(platform),
          admins: admins.map((name) => r.memberOf.get(name)).filter((id): id is string => Boolean(id)),
          ...(slots ? { slots } : {}),
        },
      ];
    }),
  );
}

function contentOf(r: Reader): Block {
  const pillarNames = list(r.answers['content.pillars']);
  const pillarIds = idsFor(pillarNames, 'onderwerp');
  // One line per channel: whole posts, whose topics the calendar takes in turn from the pillars on the channel.
  const cadence = r.platforms.flatMap((platform) => {
    const perWeek = r.number(`channel.${platform}.per_week`);
    if (perWeek === undefined) return [];
    const maker = r.memberOf.get(r.text(`channel.${platform}.maker`) ?? '') ?? r.memberIds[0];
    return [{ channel: platform, per_week: perWeek, ...(maker ? { owner: maker } : {}) }];
  });
  return {
    ...(pillarNames.length > 0
      ? {
          pillars: Object.fromEntries(
            pillarNames.map((name, index) => [
              pillarIds[index]!,
              { name, goals: r.goalIds, audiences: r.audienceIds, channels: r.platforms },
            ]),
          ),
        }
      : {}),
    cadence,
  };
}

function controlOf(r: Reader): Block {
  const { text } = r;
  return {
    // Measured as often as it is reported.
    kpis: Object.fromEntries(
      r.goalNumbers.map((n, index) => [
        r.goalIds[index]!,
        {
          goal: r.goalIds[index]!,
          metric: text(`goal.${n}.metric`) ?? text(`goal.${n}.statement`),
          frequency: text('control.reporting.cadence') ?? 'monthly',
        },
      ]),
    ),
    ...(text('control.reporting.cadence')
      ? {
          reporting: {
            cadence: text('control.reporting.cadence'),
            ...(text('control.reporting.audience') ? { audience: text('control.reporting.audience') } : {}),
          },
        }
      : {}),
  };
}

/** The strategy the answers make, in the shape of strategy.yaml. */
export function essentialsStrategy(answers: Answers, language: Language): Record<string, unknown> {
  const r = reader(answers);
  const { text, memberIds } = r;
  const channels = channelsOf(r, language);
  const region = text('calendar.region');
  // Each list its own, so nothing is written as a YAML alias.
  return structuredCopy({
    version: 1,
    language,
    organisation: { name: text('organisation.name'), ...(text('organisation.sector') ? { sector: text('organisation.sector') } : {}) },
    period: { start: text('period.start'), end: text('period.end') },
    goals: goalsOf(r),
    audiences: audiencesOf(r),
    channels,
    content: contentOf(r),
    team: {
      ...(memberIds[0] ? { owner: memberIds[0] } : {}),
      members: membersOf(r),
      tasks: {
        content_management: memberIds,
        webcare: memberIds.slice(0, 1),
        administration: [...new Set(Object.values(channels).flatMap((channel) => channel.admins))],
      },
    },
    ...(text('privacy.consent') ? { privacy: { consent: text('privacy.consent') } } : {}),
    control: controlOf(r),
    ...(region ? { calendar: { holidays: { region } } } : {}),
  });
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
