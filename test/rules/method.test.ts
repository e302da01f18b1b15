// The rules that hold a strategy to the whole method, each with its table; the probes of the
// method's sources are the invalid cases (and the valid ones where a rule must keep quiet).
import { ruleTable, yaml } from './rule-tester.js';

const period = 'period: {start: 2026-08-01, end: 2027-07-31}';

ruleTable('essentials', {
  valid: [
    {
      name: 'a period, a goal, an audience, a channel and an owner',
      yaml: yaml(
        'version: 1',
        period,
        'goals:',
        '  g: {statement: Meer volgers}',
        'audiences:',
        '  ouders: {name: Ouders}',
        'channels:',
        '  fb: {platform: facebook}',
        'team: {owner: an}',
      ),
    },
  ],
  invalid: [
    {
      name: 'probe: only an organisation name and a period that ends before it starts',
      yaml: yaml('version: 1', 'organisation: {name: Basisschool De Klimop}', 'period: {start: 2027-07-31, end: 2026-08-01}'),
      errors: [
        { line: 1, column: 1, message: /^The strategy has no audiences yet/ },
        { line: 1, column: 1, message: /^The strategy has no channels yet/ },
        { line: 1, column: 1, message: /^The strategy has no goals yet\./ },
        { line: 1, column: 1, message: /^Nobody is responsible for the strategy yet/ },
      ],
    },
    {
      name: 'a team without an owner',
      yaml: yaml(
        'version: 1',
        period,
        'goals:',
        '  g: {statement: Meer volgers}',
        'audiences:',
        '  ouders: {name: Ouders}',
        'channels:',
        '  fb: {platform: facebook}',
        'team:',
        '  members:',
        '    an: {name: An}',
      ),
      errors: [{ line: 9, column: 1, message: /^Nobody is responsible for the strategy yet: name the team and its owner\./ }],
    },
  ],
});

ruleTable('completeness', {
  valid: [
    {
      name: 'content, the three tasks and reporting',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  fb: {platform: facebook}',
        'content:',
        '  pillars:',
        '    nieuws: {name: Nieuws}',
        '  cadence:',
        '    - {channel: fb, per_week: 1}',
        'team:',
        '  tasks: {content_management: [an], webcare: [an], administration: [an, bo]}',
        'control:',
        '  reporting: {cadence: monthly}',
      ),
    },
  ],
  invalid: [
    {
      name: 'probe: none of the blocks filled in beyond a channel',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  fb: {platform: facebook}',
        'team:',
        '  owner: an',
        '  tasks:',
        '    content_management: [an]',
      ),
      errors: [
        { line: 1, column: 1, message: /^Content still needs content pillars \(what you post about\) and a cadence/ },
        { line: 1, column: 1, message: /^Control still needs how often results are reported, and to whom\./ },
        { line: 6, column: 3, message: /^The core tasks still need who does webcare and who administers the accounts/ },
      ],
    },
  ],
});

ruleTable('goal-target', {
  valid: [
    {
      name: 'the method’s own example as a relative target',
      yaml: yaml(
        'version: 1',
        'goals:',
        '  fans: {statement: 10% meer fans, metric: fans, baseline: 412, target_change: {percent: 10}, unit: fans}',
      ),
    },
    {
      name: 'a relative target and a target that agree',
      yaml: yaml('version: 1', 'goals:', '  fans: {statement: 10% meer fans, baseline: 412, target: 453, target_change: {percent: 10}}'),
    },
    {
      name: 'a total within the period needs no baseline',
      yaml: yaml('version: 1', 'goals:', '  aanmeldingen: {statement: 600 aanmeldingen, metric: aanmeldingen, kind: total, target: 600}'),
    },
    {
      name: 'a decrease',
      yaml: yaml(
        'version: 1',
        'goals:',
        '  sneller: {statement: Sneller antwoord, baseline: 30, target: 12, unit: uur, direction: decrease}',
      ),
    },
  ],
  invalid: [
    {
      name: 'probe: "10% more fans" stored as baseline 412, target 10, unit %',
      yaml: yaml('version: 1', 'goals:', '  fans:', '    statement: 10% meer fans', '    baseline: 412', '    target: 10', '    unit: "%"'),
      errors: [
        {
          line: 6,
          column: 13,
          message: /^Goal "fans" goes from 412 to 10%: if you mean 10% more than the baseline, write it as a relative target/,
        },
      ],
    },
    {
      name: 'probe: a goal without a baseline ("more parents at open mornings")',
      yaml: yaml(
        'version: 1',
        'goals:',
        '  inloop:',
        '    statement: Meer ouders op de inloopochtenden',
        '    metric: ouders per inloopochtend',
        '    target: 25',
      ),
      errors: [{ line: 3, column: 3, message: /^Goal "inloop" has no baseline: without the value you start from/ }],
    },
    {
      name: 'a relative target without a baseline, one that disagrees, a decrease that rises',
      yaml: yaml(
        'version: 1',
        'goals:',
        '  a: {statement: A, target_change: {percent: 10}}',
        '  b: {statement: B, baseline: 100, target: 150, target_change: {percent: 10}}',
        '  c: {statement: C, baseline: 30, target: 40, direction: decrease}',
      ),
      errors: [
        { line: 3, column: 36, message: /^Goal "a" has a target relative to the baseline, but no baseline/ },
        { line: 4, column: 44, message: /^Goal "b": the target 150 does not agree with the relative target, which gives 110\./ },
        { line: 5, column: 43, message: /^Goal "c" is to lower the metric, but its target 40 is above the baseline 30\./ },
      ],
    },
  ],
});

const audiences = [
  'audiences:',
  '  ouders: {name: Ouders, platforms: [facebook]}',
  '  jongeren: {name: Jongeren, platforms: [instagram, tiktok]}',
];

ruleTable('follow-audience', {
  valid: [
    {
      name: 'channels where their audiences are',
      yaml: yaml(
        'version: 1',
        ...audiences,
        'channels:',
        '  fb: {platform: facebook, audiences: [ouders]}',
        '  ig: {platform: instagram, audiences: [jongeren, ouders]}',
      ),
    },
    {
      name: 'audiences without platforms say nothing',
      yaml: yaml('version: 1', 'audiences:', '  ouders: {name: Ouders}', 'channels:', '  ig: {platform: instagram, audiences: [ouders]}'),
    },
  ],
  invalid: [
    {
      name: 'probe: an Instagram channel for an audience active only on Facebook',
      yaml: yaml(
        'version: 1',
        ...audiences,
        'channels:',
        '  ig:',
        '    platform: instagram',
        '    audiences: [ouders]',
        '  tt: {platform: tiktok, audiences: [jongeren]}',
      ),
      errors: [
        { line: 3, column: 37, message: /^No channel reaches "Ouders" on Facebook, where this audience is active\./ },
        { line: 7, column: 15, message: /^Channel "ig" is on Instagram, but "Ouders" is active on Facebook\. Follow your audience/ },
      ],
    },
  ],
});

const team = (hours: string, extra: string[] = []): string[] => [
  'team:',
  '  members:',
  `    an: {name: An${hours}}`,
  '    bo: {name: Bo, hours_per_week: 2}',
  ...extra,
];

ruleTable('capacity', {
  valid: [
    {
      name: 'posting and webcare within the hours',
      yaml: yaml(
        'version: 1',
        ...team(', hours_per_week: 4'),
        'content:',
        '  cadence:',
        '    - {channel: fb, per_week: 2, minutes_per_post: 30, owner: an}',
        'webcare: {hours_per_week: 1}',
        'control: {hours_per_week: 0.5}',
      ),
    },
  ],
  invalid: [
    {
      name: 'probe: webcare and monitoring count, and a member without hours gets no posts',
      yaml: yaml(
        'version: 1',
        ...team(''),
        'content:',
        '  cadence:',
        '    - {channel: fb, per_week: 2, minutes_per_post: 30, owner: an}',
        'webcare: {messages_per_week: 30, minutes_per_message: 4}',
        'control: {hours_per_week: 1}',
      ),
      errors: [
        {
          line: 4,
          column: 5,
          message: /^The work of An \(posts and webcare\) takes 1 hour a week, but An has no hours for social media\./,
        },
        {
          line: 7,
          column: 3,
          message:
            /^The work takes 4 hours a week \(1 hour posting, 2 hours webcare, 1 hour monitoring and reporting\), but the team has 2 hours\./,
        },
      ],
    },
  ],
});

const staffed = [
  'version: 1',
  'channels:',
  '  fb: {platform: facebook}',
  'webcare:',
  '  response_time_hours: 24',
  '  hours: ma-vr 08:30-17:00',
];

ruleTable('webcare-practice', {
  valid: [
    {
      name: 'steps within the promise, evenings covered',
      yaml: yaml(
        ...staffed,
        '  coverage: Kim leest tot 20.00 uur en in het weekend mee.',
        '  workflow:',
        '    detect: {by: [kim], within_hours: 4}',
        '    respond: {by: [kim], within_hours: 16}',
        '    approve: {by: [an], within_hours: 2}',
        '    publish: {by: [kim], within_hours: 2}',
      ),
    },
    { name: 'an auto-reply that says when', yaml: yaml(...staffed, '  auto_reply: We antwoorden op werkdagen binnen 24 uur.') },
    {
      name: 'a promise longer than a weekend needs no cover',
      yaml: yaml('version: 1', 'channels:', '  fb: {platform: facebook}', 'webcare: {response_time_hours: 72, hours: ma-vr 09:00-17:00}'),
    },
  ],
  invalid: [
    {
      name: 'probe: the mbo example’s steps add up to 34 hours against 24, with nobody covering the weekend',
      yaml: yaml(
        ...staffed,
        '  workflow:',
        '    detect: {by: [kim], within_hours: 4}',
        '    respond: {by: [kim], within_hours: 24}',
        '    approve: {by: [an], within_hours: 4}',
        '    publish: {by: [kim], within_hours: 2}',
      ),
      errors: [
        {
          line: 6,
          column: 10,
          message:
            /^Webcare is staffed "ma-vr 08:30-17:00", but promises an answer within 24 hours: nobody covers evenings, weekends and holidays\./,
        },
        {
          line: 7,
          column: 3,
          message:
            /^The workflow’s steps take up to 34 hours together \(spot 4, answer 24, approve 4, post 2\), more than the 24 hours promised\./,
        },
      ],
    },
  ],
});

ruleTable('webcare-defined', {
  valid: [
    {
      name: 'probe: the head teacher answers directly, one person for every step',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  fb: {platform: facebook}',
        'webcare:',
        '  owner: directeur',
        '  response_time_hours: 24',
        '  one_person: true',
      ),
    },
  ],
  invalid: [
    {
      name: 'without one_person, the steps still need people',
      yaml: yaml('version: 1', 'channels:', '  fb: {platform: facebook}', 'webcare:', '  owner: directeur', '  response_time_hours: 24'),
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^Webcare is not arranged yet\. Still to record: who spots messages and mentions, who writes the answers, who approves sensitive answers and who posts the answers\./,
        },
      ],
    },
  ],
});

const school = (sector: string, extra: string[] = []): string =>
  yaml(
    'version: 1',
    `organisation: {name: De Klimop, sector: ${sector}}`,
    'channels:',
    '  fb: {platform: facebook, formats: [photo]}',
    ...extra,
  );

ruleTable('image-consent', {
  valid: [
    { name: 'a university', yaml: school('hbo') },
    {
      name: 'a school with a consent policy',
      yaml: school('po', ['privacy:', '  consent: Ouders geven bij inschrijving per doel toestemming.']),
    },
    {
      name: 'a school that posts only text',
      yaml: yaml('version: 1', 'organisation: {name: De Klimop, sector: po}', 'channels:', '  fb: {platform: facebook, formats: [text]}'),
    },
    {
      name: 'an mbo college whose posts show adults only, as it says',
      yaml: school('mbo', ['privacy:', '  minors: false']),
    },
  ],
  invalid: [
    {
      name: 'a hogeschool whose open-day photos show visitors under 18',
      yaml: school('hbo', ['privacy:', '  minors: true']),
      errors: [{ line: 5, column: 1, message: /^This school posts photos or video but records no consent policy\./ }],
    },
    {
      name: 'probe: a primary school that posts classroom photos without a consent policy',
      yaml: school('po'),
      errors: [{ line: 1, column: 1, message: /^This school posts photos or video but records no consent policy\./ }],
    },
    {
      name: 'a secondary school on Instagram with a privacy block but no consent',
      yaml: yaml(
        'version: 1',
        'organisation: {name: Lyceum Noord, sector: vo}',
        'channels:',
        '  ig: {platform: instagram}',
        'privacy:',
        '  policy: Privacyreglement op de website.',
      ),
      errors: [{ line: 5, column: 1, message: /^This school posts photos or video but records no consent policy\./ }],
    },
  ],
});

ruleTable('consent-details', {
  valid: [
    {
      name: 'consent per purpose, a register, withdrawal and asking again at 16',
      yaml: school('vo', [
        'privacy:',
        '  consent: Bij inschrijving, per doel.',
        '  consent_per: [purpose, platform]',
        '  register: De administratie, in het leerlingvolgsysteem.',
        '  withdrawal: Binnen vijf werkdagen offline.',
        '  reconsent_at_16: true',
      ]),
    },
    {
      name: 'a primary school need not ask again at 16',
      yaml: school('po', [
        'privacy:',
        '  consent: Bij inschrijving.',
        '  consent_per: [purpose]',
        '  register: De administratie.',
        '  withdrawal: Binnen een week offline.',
      ]),
    },
  ],
  invalid: [
    {
      name: 'a consent sentence and nothing more',
      yaml: school('mbo', ['privacy:', '  consent: Studenten geven bij inschrijving toestemming.']),
      errors: [
        {
          line: 6,
          column: 12,
          message:
            /^Record in the consent policy for images of students, each on its own: consent per purpose \(website, social media, brochure\), who keeps the record of consent and where, what happens when consent is withdrawn and whether young people give consent themselves from 16\./,
        },
      ],
    },
  ],
});

ruleTable('crisis-ready', {
  valid: [
    { name: 'only closed channels', yaml: yaml('version: 1', 'channels:', '  app: {platform: other, visibility: closed}') },
    {
      name: 'a plan that names a hack, a spokesperson and a protocol',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  fb: {platform: facebook}',
        'crisis:',
        '  plan: Berichten stoppen; bij een hack herstelt de beheerder het account.',
        '  spokesperson: Directeur',
        'guidelines:',
        '  protocol: Op het intranet.',
      ),
    },
  ],
  invalid: [
    {
      name: 'probe: a primary school with public channels and no crisis plan or protocol',
      yaml: school('po'),
      errors: [
        {
          line: 1,
          column: 1,
          message:
            /^The strategy has public channels but does not yet record, for when things go wrong, a crisis plan with the first steps, a spokesperson and what to do when an account is hacked\./,
        },
        { line: 1, column: 1, message: /^The strategy has public channels but no social-media protocol/ },
      ],
    },
  ],
});

ruleTable('community-participation', {
  valid: [],
  invalid: [
    {
      name: 'probe: an 8-member WhatsApp group at 50% active is small, not a source of content',
      yaml: yaml(
        'version: 1',
        'communities:',
        '  - {name: Klassenouders, platform: whatsapp, members: 8, active_share: 0.5}',
        '  - {name: Vakgenoten, platform: linkedin, members: 400, active_share: 0.35}',
      ),
      errors: [
        {
          line: 3,
          column: 73,
          message: /^50% of the 8 members of "Klassenouders" are active: taking part is worth it, but with so few members it reaches few/,
        },
        {
          line: 4,
          column: 72,
          message: /^35% of the members of "Vakgenoten" are active: you must take part; this is the best source of usable content\./,
        },
      ],
    },
  ],
});

const measured = (measurements: string[], kpi = '{goal: volgers, metric: volgers op Instagram, frequency: monthly}'): string =>
  yaml(
    'version: 1',
    'period: {start: 2026-08-01, end: 2027-07-31}',
    'goals:',
    '  volgers: {statement: Meer volgers, baseline: 1000, target: 1600, deadline: 2027-07-01}',
    'control:',
    '  kpis:',
    `    ig: ${kpi}`,
    '  measurements:',
    ...measurements,
  );

ruleTable('measurements-current', {
  valid: [
    { name: 'measured last month', today: '2026-12-05', yaml: measured(['    - {kpi: ig, date: 2026-11-01, value: 1100}']) },
    {
      name: 'before the period starts nothing is due',
      today: '2026-07-01',
      yaml: measured(['    - {kpi: ig, date: 2026-06-01, value: 990}']),
    },
    { name: 'without the day of the check nothing is due', yaml: measured(['    - {kpi: ig, date: 2026-08-01, value: 1000}']) },
  ],
  invalid: [
    {
      name: 'probe: the last measurement is older than the KPI’s frequency',
      today: '2027-02-15',
      yaml: measured(['    - {kpi: ig, date: 2026-11-01, value: 1100}']),
      errors: [
        {
          line: 7,
          column: 66,
          message:
            /^KPI "volgers op Instagram" is measured monthly, but was last measured on 1 November 2026: the next measurement was due on 2 December 2026, 75 days ago\./,
        },
      ],
    },
    {
      name: 'no measurement at all since the period started',
      today: '2026-11-29',
      yaml: measured([], '{goal: volgers, frequency: quarterly}').replace('  measurements:\n', ''),
      errors: [
        {
          line: 7,
          column: 5,
          message:
            /^KPI "ig" is measured quarterly, but has no measurement since the period started on 1 August 2026; the first is 28 days overdue\./,
        },
      ],
    },
  ],
});

ruleTable('on-course', {
  valid: [
    {
      name: 'on course at two thirds of the way',
      today: '2027-05-01',
      yaml: measured(['    - {kpi: ig, date: 2026-12-01, value: 1250}', '    - {kpi: ig, date: 2027-04-01, value: 1450}']),
    },
    {
      name: 'behind, but only a quarter of the way: seasonal figures mislead',
      today: '2026-11-15',
      yaml: measured(['    - {kpi: ig, date: 2026-10-01, value: 1010}', '    - {kpi: ig, date: 2026-11-01, value: 1020}']),
    },
  ],
  invalid: [
    {
      name: 'probe: a KPI far behind at two thirds of its deadline',
      today: '2027-05-01',
      yaml: measured([
        '    - {kpi: ig, date: 2026-11-01, value: 1050}',
        '    - {kpi: ig, date: 2027-02-01, value: 1100}',
        '    - {kpi: ig, date: 2027-04-01, value: 1130}',
      ]),
      errors: [
        {
          line: 4,
          column: 62,
          message:
            /^At the pace so far \(the straight line that best fits 3 measurements\), goal "volgers" reaches about 1,180 by 1 July 2027, while its target is 1,600: about 420 behind\./,
        },
      ],
    },
  ],
});

ruleTable('backing', {
  valid: [
    {
      name: 'a sponsor, training, outside help, media literacy and informed parents',
      yaml: yaml(
        'version: 1',
        'organisation: {name: De Klimop, sector: po}',
        'channels:',
        '  fb: {platform: facebook}',
        'team:',
        '  sponsor: Directeur',
        '  training: Workshop in september.',
        '  outside_help: De mediacoach van het bestuur.',
        'guidelines:',
        '  parents: Op de informatieavond.',
        '  media_literacy: In groep 7 en 8, met MediaMasters.',
      ),
    },
    {
      name: 'a hogeschool is not asked about parents or media literacy',
      yaml: yaml(
        'version: 1',
        'organisation: {name: Hogeschool Noord, sector: hbo}',
        'channels:',
        '  ig: {platform: instagram}',
        'team:',
        '  sponsor: Lid van het college van bestuur',
        '  outside_help: Een bureau voor de campagne in januari.',
      ),
    },
  ],
  invalid: [
    {
      name: 'probe: a school team without a sponsor, training or word to parents',
      yaml: yaml(
        'version: 1',
        'organisation: {name: De Klimop, sector: po}',
        'channels:',
        '  fb: {platform: facebook}',
        'team:',
        '  owner: an',
        'content:',
        '  cadence:',
        '    - {channel: fb, per_week: 1, owner: an}',
        '    - {channel: fb, per_week: 1, owner: bo}',
      ),
      errors: [
        { line: 2, column: 41, message: /^How do pupils learn to use social media well \(media literacy\)/ },
        { line: 2, column: 41, message: /^How do parents and pupils learn what the school does on social media/ },
        {
          line: 5,
          column: 1,
          message: /^Whom does the team call in from outside .* an adviser of the school board or a sector organisation\?/,
        },
        { line: 5, column: 1, message: /^Who on the school board or in the school’s leadership backs this strategy/ },
        { line: 5, column: 1, message: /^2 team members make posts: record how they are trained and supported/ },
      ],
    },
  ],
});

const reviewed = (cadence: string, reviews: string[]): string =>
  yaml(
    'version: 1',
    'period: {start: 2026-08-01, end: 2027-07-31}',
    'control:',
    `  reporting: {cadence: ${cadence}, audience: de directie}`,
    ...(reviews.length > 0 ? ['reviews:', ...reviews] : []),
  );

ruleTable('review-due', {
  valid: [
    { name: 'reviewed last month', today: '2026-12-05', yaml: reviewed('monthly', ['  - {date: 2026-11-02, period: 2026-10}']) },
    {
      name: 'monthly reports, but a review once a quarter is enough',
      today: '2026-12-31',
      yaml: reviewed('monthly', ['  - {date: 2026-10-06, period: 2026-Q3}']),
    },
    { name: 'the first quarter is not over yet', today: '2026-11-29', yaml: reviewed('quarterly', []) },
    { name: 'without the day of the check nothing is due', yaml: reviewed('monthly', []) },
  ],
  invalid: [
    {
      name: 'probe: no review since the period started, five months ago',
      today: '2027-01-10',
      yaml: reviewed('monthly', []),
      errors: [
        {
          line: 4,
          column: 24,
          message:
            /^No review recorded since the period started on 1 August 2026; with results reported monthly, the first was due by 2 December 2026\./,
        },
      ],
    },
    {
      name: 'the last review was two quarters ago',
      today: '2027-04-20',
      yaml: reviewed('quarterly', ['  - {date: 2026-10-06, period: 2026-Q3}']),
      errors: [
        {
          line: 6,
          column: 12,
          message:
            /^The last review \(of 2026-Q3\) was held on 6 October 2026; with results reported quarterly, the next was due by 6 February 2027\./,
        },
      ],
    },
  ],
});

ruleTable('building-blocks', {
  valid: [
    {
      name: 'a baseline, a vision and a benchmark',
      yaml: yaml(
        'version: 1',
        'organisation: {name: ROC Noord, sector: mbo, vision: Laten zien hoe het is om hier te leren.}',
        'baseline: {summary: Vooral Facebook en weinig tijd.}',
        'benchmark:',
        '  - {organisation: ROC Zuid, strengths: [studenten aan het woord]}',
        'channels:',
        '  ig: {platform: instagram}',
      ),
    },
    { name: 'nothing planned yet', yaml: yaml('version: 1', 'organisation: {name: ROC Noord, sector: mbo}') },
  ],
  invalid: [
    {
      name: 'goals without a baseline, a vision or a benchmark',
      yaml: yaml('version: 1', 'organisation: {name: ROC Noord, sector: mbo}', 'goals:', '  meer: {statement: Meer aanmeldingen}'),
      errors: [
        { line: 1, column: 1, message: /^There is no baseline: record how you use social media now/ },
        { line: 1, column: 1, message: /^There is no benchmark: name a comparable organisation or two/ },
        { line: 2, column: 1, message: /^There is no vision: record what social media add to your organisation’s core strategy/ },
      ],
    },
  ],
});

ruleTable('room-to-learn', {
  valid: [
    {
      name: 'room to try things',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  ig: {platform: instagram}',
        'guidelines:',
        '  learning: De eerste zes weken proberen we vormen uit.',
      ),
    },
    { name: 'no channels yet', yaml: yaml('version: 1', 'guidelines:', '  protocol: Op het intranet.') },
  ],
  invalid: [
    {
      name: 'channels without room to learn',
      yaml: yaml('version: 1', 'channels:', '  ig: {platform: instagram}', 'guidelines:', '  protocol: Op het intranet.'),
      errors: [{ line: 4, column: 1, message: /^Leave room to learn: record how the team tries things out in the first weeks/ }],
    },
  ],
});

ruleTable('listening', {
  valid: [
    {
      name: 'how often the team looks',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  fb: {platform: facebook}',
        'webcare:',
        '  listening: Drie keer per werkdag, met de meldingen van Facebook.',
      ),
    },
  ],
  invalid: [
    {
      name: 'webcare that does not say when it looks',
      yaml: yaml('version: 1', 'channels:', '  fb: {platform: facebook}', 'webcare:', '  owner: kim'),
      errors: [{ line: 4, column: 1, message: /^Record how often and how the team looks for messages and mentions/ }],
    },
    {
      name: 'no webcare at all',
      yaml: yaml('version: 1', 'channels:', '  fb: {platform: facebook}'),
      errors: [{ line: 1, column: 1, message: /webcare starts with noticing/ }],
    },
  ],
});

ruleTable('ambassadors', {
  valid: [
    {
      name: 'guidelines for ambassadors',
      yaml: yaml(
        'version: 1',
        'organisation: {name: Hogeschool Noord, sector: hbo}',
        'channels:',
        '  tt: {platform: tiktok}',
        'guidelines:',
        '  ambassadors: Studentambassadeurs krijgen een training en worden genoemd.',
      ),
    },
    {
      name: 'a primary school is not asked',
      yaml: yaml('version: 1', 'organisation: {name: De Klimop, sector: po}', 'channels:', '  fb: {platform: facebook}'),
    },
  ],
  invalid: [
    {
      name: 'a hogeschool on TikTok without guidelines for ambassadors',
      yaml: yaml('version: 1', 'organisation: {name: Hogeschool Noord, sector: hbo}', 'channels:', '  tt: {platform: tiktok}'),
      errors: [{ line: 2, column: 48, message: /^Students, alumni and staff are your most trusted voices/ }],
    },
  ],
});
