// The questions of the essentials, and what is said when an answer cannot be taken; their
// texts are in the catalogues (src/i18n/<language>/questions-essentials.ts).
import { q } from './question-types.js';

export const Q = {
  intro: q(
    'We start with what every strategy needs: the organisation and the period, who does the work, the goals, the audiences and channels, how often you post and about what. That takes about fifteen minutes. After that you can fill in the other parts, now or later.',
  ),
  name: q('Name of the school or organisation'),
  sector: q('Kind of education'),
  start: q('First day of the strategy (YYYY-MM-DD)'),
  end: q('Last day of the strategy (YYYY-MM-DD)'),
  region: q('Which region are the school holidays in? (the calendar then plans no posts in them)'),
  regionUnknown: q('Not sure / not a school'),
  owner: q('Who is responsible for social media in the end? (name)'),
  others: q('Who else works on it? (names, comma-separated; empty if nobody)'),
  hours: (name: string) => q('How many hours a week does {name} have for social media?', { name }),
  goalsIntro: q(
    'Goals: make them SMART, with a metric, a baseline, a target and a deadline. Start with the most important; you can give three here (more later in the file).',
  ),
  statement: (n: number) =>
    n === 1
      ? q('Goal 1: what do you want to achieve? (one sentence)')
      : q('Goal {n}: what else do you want to achieve? (leave empty when done)', { n }),
  metric: (n: number) => q('Goal {n}: how do you measure it? (for example: applications via Instagram, followers on LinkedIn)', { n }),
  unit: (n: number) => q('Goal {n}: in what do you count it? (applications, followers, %)', { n }),
  baseline: (n: number) => q('Goal {n}: where are you now? (the baseline, a number)', { n }),
  target: (n: number) => q('Goal {n}: where do you want to get? (the target, a number)', { n }),
  deadline: (n: number) => q('Goal {n}: by when? (YYYY-MM-DD)', { n }),
  audiences: q('Whom do you want to reach? (choose one or more)'),
  moreAudiences: q('Any other audiences? (names, comma-separated; empty if none)'),
  channels: q('Which platforms are you on, or will be? (choose one or more)'),
  otherPlatform: q('Which other platform is it? (its name)'),
  parentsApp: q('Which parents’ app is it? (Parro, Social Schools …)'),
  otherPlatformsOf: (audience: string) => q('{audience}: which other platforms are they on? (their names, comma-separated)', { audience }),
  handle: (platform: string) => q('Name of the account on {platform} (for example @ourschool; empty if there is none yet)', { platform }),
  activeOn: (audience: string) => q('{audience}: on which platforms are they active already? (none if you do not know)', { audience }),
  reaches: (platform: string) => q('Whom do you reach via {platform}?', { platform }),
  admins: (platform: string) =>
    q('Who administer the account on {platform}? (choose at least two, so that someone can always get in)', { platform }),
  maker: (platform: string) => q('Who mainly makes the posts on {platform}?', { platform }),
  perWeek: (platform: string) => q('How many posts a week on {platform}?', { platform }),
  days: (platform: string) =>
    q('On which days do you post on {platform}? (ticked: the days when users of {platform} are most active)', { platform }),
  times: (platform: string) =>
    q('At what times do you post on {platform}? (for example 08:30, 12:00; the calendar takes them in turn)', { platform }),
  badTimes: q('Write times as HH:MM, such as 12:15, 19:30.'),
  pillars: (sector: string) =>
    sector === 'po'
      ? q('What do you post about? (topics, comma-separated, for example: a day in class, school trips, news for parents)')
      : sector === 'vo'
        ? q('What do you post about? (topics, comma-separated, for example: school life, open days, pupils’ achievements)')
        : sector === 'hbo' || sector === 'wo'
          ? q('What do you post about? (topics, comma-separated, for example: studying with us, research, alumni at work)')
          : sector === 'adult-education'
            ? q('What do you post about? (topics, comma-separated, for example: learners’ stories, new courses, the language café)')
            : q('What do you post about? (topics, comma-separated, for example: school life, open days, work placements)'),
  consent: (sector: string) =>
    sector === 'mbo'
      ? q(
          'When you post photos or video of students: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)',
        )
      : q(
          'When you post photos or video of pupils: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)',
        ),
  unitInWords: q('Write the unit in words, such as applications, followers or %.'),
  welcomeBack: q('Welcome back: you go on at the question where you stopped.'),
  reporting: q('How often do you report the results?'),
  reportTo: q('To whom? (for example: the management)'),
  badNumber: q('Type a number, such as 1,240 or 12.5.'),
  badDate: q('Write the date as YYYY-MM-DD, such as 2026-08-01.'),
  endBeforeStart: (start: string) => q('The last day must come after the first day ({start}).', { start }),
  outsidePeriod: (start: string, end: string) => q("Choose a date within the strategy's period ({start} to {end}).", { start, end }),
  sameAsBaseline: q('The target must differ from the baseline.'),
  pickOne: q('Choose at least one (with the space bar).'),
};
