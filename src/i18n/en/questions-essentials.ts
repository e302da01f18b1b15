// The wizard's words in English: the essentials, and what is said when an answer cannot be taken. Keyed by their English, as
// gettext keys its messages; {name} is filled in.
export const essentialQuestions = {
  'We start with what every strategy needs: the organisation and the period, who does the work, the goals, the audiences and channels, how often you post and about what. That takes about fifteen minutes. After that you can fill in the other parts, now or later.':
    'We start with what every strategy needs: the organisation and the period, who does the work, the goals, the audiences and channels, how often you post and about what. That takes about fifteen minutes. After that you can fill in the other parts, now or later.',
  'Name of the school or organisation': 'Name of the school or organisation',
  'Kind of education': 'Kind of education',
  'First day of the strategy (YYYY-MM-DD)': 'First day of the strategy (YYYY-MM-DD)',
  'Last day of the strategy (YYYY-MM-DD)': 'Last day of the strategy (YYYY-MM-DD)',
  'Which region are the school holidays in? (the calendar then plans no posts in them)':
    'Which region are the school holidays in? (the calendar then plans no posts in them)',
  'Not sure / not a school': 'Not sure / not a school',
  'Who is responsible for social media in the end? (name)': 'Who is responsible for social media in the end? (name)',
  'Who else works on it? (names, comma-separated; empty if nobody)': 'Who else works on it? (names, comma-separated; empty if nobody)',
  'How many hours a week does {name} have for social media?': 'How many hours a week does {name} have for social media?',
  'Goals: make them SMART, with a metric, a baseline, a target and a deadline. Start with the most important; you can give three here (more later in the file).':
    'Goals: make them SMART, with a metric, a baseline, a target and a deadline. Start with the most important; you can give three here (more later in the file).',
  'Goal 1: what do you want to achieve? (one sentence)': 'Goal 1: what do you want to achieve? (one sentence)',
  'Goal {n}: what else do you want to achieve? (leave empty when done)':
    'Goal {n}: what else do you want to achieve? (leave empty when done)',
  'Goal {n}: how do you measure it? (for example: applications via Instagram, followers on LinkedIn)':
    'Goal {n}: how do you measure it? (for example: applications via Instagram, followers on LinkedIn)',
  'Goal {n}: in what do you count it? (applications, followers, %)': 'Goal {n}: in what do you count it? (applications, followers, %)',
  'Goal {n}: where are you now? (the baseline, a number)': 'Goal {n}: where are you now? (the baseline, a number)',
  'Goal {n}: where do you want to get? (the target, a number)': 'Goal {n}: where do you want to get? (the target, a number)',
  'Goal {n}: by when? (YYYY-MM-DD)': 'Goal {n}: by when? (YYYY-MM-DD)',
  'Whom do you want to reach? (choose one or more)': 'Whom do you want to reach? (choose one or more)',
  'Any other audiences? (names, comma-separated; empty if none)': 'Any other audiences? (names, comma-separated; empty if none)',
  'Which platforms are you on, or will be? (choose one or more)': 'Which platforms are you on, or will be? (choose one or more)',
  'Name of the account on {platform} (for example @ourschool; empty if there is none yet)':
    'Name of the account on {platform} (for example @ourschool; empty if there is none yet)',
  'Whom do you reach via {platform}?': 'Whom do you reach via {platform}?',
  'Who administer the account on {platform}? (choose at least two, so that someone can always get in)':
    'Who administer the account on {platform}? (choose at least two, so that someone can always get in)',
  'Who mainly makes the posts on {platform}?': 'Who mainly makes the posts on {platform}?',
  'How many posts a week on {platform}?': 'How many posts a week on {platform}?',
  'On which days do you post on {platform}? (ticked: the days when users of {platform} are most active)':
    'On which days do you post on {platform}? (ticked: the days when users of {platform} are most active)',
  'At what times do you post on {platform}? (for example 08:30, 12:00; the calendar takes them in turn)':
    'At what times do you post on {platform}? (for example 08:30, 12:00; the calendar takes them in turn)',
  'Write times as HH:MM, such as 12:15, 19:30.': 'Write times as HH:MM, such as 12:15, 19:30.',
  'What do you post about? (topics, comma-separated, for example: school life, open days, work placements)':
    'What do you post about? (topics, comma-separated, for example: school life, open days, work placements)',
  'What do you post about? (topics, comma-separated, for example: studying with us, research, alumni at work)':
    'What do you post about? (topics, comma-separated, for example: studying with us, research, alumni at work)',
  'What do you post about? (topics, comma-separated, for example: learners’ stories, new courses, the language café)':
    'What do you post about? (topics, comma-separated, for example: learners’ stories, new courses, the language café)',
  'When you post photos or video of students: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)':
    'When you post photos or video of students: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)',
  'When you post photos or video of pupils: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)':
    'When you post photos or video of pupils: how do you ask consent and where do you record it? (for example: at enrolment, separately for website, social media and brochure)',
  'Write the unit in words, such as applications, followers or %.': 'Write the unit in words, such as applications, followers or %.',
  'Welcome back: you go on at the question where you stopped.': 'Welcome back: you go on at the question where you stopped.',
  'How often do you report the results?': 'How often do you report the results?',
  'To whom? (for example: the management)': 'To whom? (for example: the management)',
  'Type a number, such as 1,240 or 12.5.': 'Type a number, such as 1,240 or 12.5.',
  'Write the date as YYYY-MM-DD, such as 2026-08-01.': 'Write the date as YYYY-MM-DD, such as 2026-08-01.',
  'The last day must come after the first day ({start}).': 'The last day must come after the first day ({start}).',
  "Choose a date within the strategy's period ({start} to {end}).": "Choose a date within the strategy's period ({start} to {end}).",
  'The target must differ from the baseline.': 'The target must differ from the baseline.',
  'Choose at least one (with the space bar).': 'Choose at least one (with the space bar).',
  'the period': 'the period',
  'goal {n}': 'goal {n}',
  'the channel {platform}': 'the channel {platform}',
  'the hours, who makes the posts and how often': 'the hours, who makes the posts and how often',
  'consent for images': 'consent for images',
  'the audiences': 'the audiences',
  'the channels': 'the channels',
  'the team': 'the team',
  'the topics': 'the topics',
  'the reporting': 'the reporting',
  'Which other platform is it? (its name)': 'Which other platform is it? (its name)',
  'Which parents’ app is it? (Parro, Social Schools …)': 'Which parents’ app is it? (Parro, Social Schools …)',
  '{audience}: which other platforms are they on? (their names, comma-separated)':
    '{audience}: which other platforms are they on? (their names, comma-separated)',
  'What do you post about? (topics, comma-separated, for example: a day in class, school trips, news for parents)':
    'What do you post about? (topics, comma-separated, for example: a day in class, school trips, news for parents)',
  'What do you post about? (topics, comma-separated, for example: school life, open days, pupils’ achievements)':
    'What do you post about? (topics, comma-separated, for example: school life, open days, pupils’ achievements)',
  '{audience}: on which platforms are they active already? (none if you do not know)':
    '{audience}: on which platforms are they active already? (none if you do not know)',
};
