// The wizard's words in English: the questions of the blocks, in the method's order. Keyed by their English, as
// gettext keys its messages; {name} is filled in.
export const blockQuestions = {
  'First, where do you stand: how does your organisation use social media today? Everything that follows is measured against this.':
    'First, where do you stand: how does your organisation use social media today? Everything that follows is measured against this.',
  'How do you use social media now, in a few sentences?': 'How do you use social media now, in a few sentences?',
  'Which formats (photo, video, story …) do you use already?': 'Which formats (photo, video, story …) do you use already?',
  'How many hours a week does it take now, everyone together?': 'How many hours a week does it take now, everyone together?',
  'How is content made today, and by whom?': 'How is content made today, and by whom?',
  'How satisfied are you with the current situation?': 'How satisfied are you with the current situation?',
  '1 – very dissatisfied': '1 – very dissatisfied',
  '2 – dissatisfied': '2 – dissatisfied',
  '3 – neutral': '3 – neutral',
  '4 – satisfied': '4 – satisfied',
  '5 – very satisfied': '5 – very satisfied',
  Platform: 'Platform',
  'Account name': 'Account name',
  'Number of followers': 'Number of followers',
  'Posts per week': 'Posts per week',
  'Is the account really active?': 'Is the account really active?',
  'Will you keep this account under the new strategy?': 'Will you keep this account under the new strategy?',
  'What does social media contribute to your organisation’s core strategy, and who works on it? Social media is not a goal in itself.':
    'What does social media contribute to your organisation’s core strategy, and who works on it? Social media is not a goal in itself.',
  'Name of the organisation': 'Name of the organisation',
  Sector: 'Sector',
  'What does social media contribute to your core strategy?': 'What does social media contribute to your core strategy?',
  'For example: show what studying with us is like, so prospective students can choose.':
    'For example: show what studying with us is like, so prospective students can choose.',
  'In which domains do you use social media?': 'In which domains do you use social media?',
  'First day of the strategy period (YYYY-MM-DD)': 'First day of the strategy period (YYYY-MM-DD)',
  'Last day of the strategy period (YYYY-MM-DD)': 'Last day of the strategy period (YYYY-MM-DD)',
  'Name of the team member': 'Name of the team member',
  'Role or job title': 'Role or job title',
  'Hours per week for social media': 'Hours per week for social media',
  'The most important step. Make every goal SMART. Vague: "we want more fans". SMART: "by the end of December the Facebook page has 10% more fans".':
    'The most important step. Make every goal SMART. Vague: "we want more fans". SMART: "by the end of December the Facebook page has 10% more fans".',
  'The goal in one sentence': 'The goal in one sentence',
  'Specific, measurable, achievable, relevant, time-bound. Not "more fans" but "10% more fans on the Facebook page by the end of December".':
    'Specific, measurable, achievable, relevant, time-bound. Not "more fans" but "10% more fans on the Facebook page by the end of December".',
  'What do you measure to know the goal is reached (metric)?': 'What do you measure to know the goal is reached (metric)?',
  'Value now (baseline)': 'Value now (baseline)',
  'Target value': 'Target value',
  'Unit (followers, registrations, %)': 'Unit (followers, registrations, %)',
  'Deadline (YYYY-MM-DD)': 'Deadline (YYYY-MM-DD)',
  'Who is responsible for this goal?': 'Who is responsible for this goal?',
  'Whom do you want to reach, and where are they active already? Follow your audience: don’t try to pull it to your own platform.':
    'Whom do you want to reach, and where are they active already? Follow your audience: don’t try to pull it to your own platform.',
  'Name of the audience': 'Name of the audience',
  'Who are they and what do they need from you?': 'Who are they and what do they need from you?',
  'Which goals are aimed at this audience?': 'Which goals are aimed at this audience?',
  'Persona – age': 'Persona – age',
  'Persona – occupation or study': 'Persona – occupation or study',
  'Persona – hobbies and interests (comma-separated)': 'Persona – hobbies and interests (comma-separated)',
  'Which user types are in this audience?': 'Which user types are in this audience?',
  'traditionalists (read along)': 'traditionalists (read along)',
  'networkers (share and connect)': 'networkers (share and connect)',
  'gamers (play and compete)': 'gamers (play and compete)',
  'producers (make content)': 'producers (make content)',
  'Does this group spread your message in its own network (multiplier)?':
    'Does this group spread your message in its own network (multiplier)?',
  'On which platforms is this audience active?': 'On which platforms is this audience active?',
  'How do they use those platforms?': 'How do they use those platforms?',
  'Choose a channel because your audience is already there and it fits your brand. Start small, and give every account at least two administrators.':
    'Choose a channel because your audience is already there and it fits your brand. Start small, and give every account at least two administrators.',
  'What do you use this channel for?': 'What do you use this channel for?',
  'Which audiences do you reach through this channel?': 'Which audiences do you reach through this channel?',
  'Which goals does this channel serve?': 'Which goals does this channel serve?',
  'Administrators (at least two, for holidays and illness)': 'Administrators (at least two, for holidays and illness)',
  'With one administrator the account is fragile: choose at least two (add a team member under Vision and team if needed).':
    'With one administrator the account is fragile: choose at least two (add a team member under Vision and team if needed).',
  'Public or closed?': 'Public or closed?',
  'On which days do you post on this channel?': 'On which days do you post on this channel?',
  'Suggestion: the days when users of this platform are most active.': 'Suggestion: the days when users of this platform are most active.',
  'At what times do you post? (HH:MM, comma-separated; the calendar takes them in turn)':
    'At what times do you post? (HH:MM, comma-separated; the calendar takes them in turn)',
  'Which formats do you post on this channel?': 'Which formats do you post on this channel?',
  'Which messages, on which channel, how often? Instagram is for images, YouTube for video. Tell honest stories, also from students and colleagues.':
    'Which messages, on which channel, how often? Instagram is for images, YouTube for video. Tell honest stories, also from students and colleagues.',
  'Principles for content (comma-separated)': 'Principles for content (comma-separated)',
  'Name of the content pillar': 'Name of the content pillar',
  'A recurring theme you post about, for example "In the workshop".': 'A recurring theme you post about, for example "In the workshop".',
  'What are the posts about?': 'What are the posts about?',
  'Which goals does this content pillar serve?': 'Which goals does this content pillar serve?',
  'For which audiences?': 'For which audiences?',
  'On which channels?': 'On which channels?',
  'What share of the posts is about this, in percent? (empty: as often as the others)':
    'What share of the posts is about this, in percent? (empty: as often as the others)',
  'In which formats?': 'In which formats?',
  Channel: 'Channel',
  'Content pillar': 'Content pillar',
  'On which days?': 'On which days?',
  'At what time (HH:MM)?': 'At what time (HH:MM)?',
  'Minutes per post (make and publish)': 'Minutes per post (make and publish)',
  'Who makes these posts?': 'Who makes these posts?',
  'Who is accountable, who does the three core tasks (content management, webcare, administration), and how do you handle questions, criticism and crises?':
    'Who is accountable, who does the three core tasks (content management, webcare, administration), and how do you handle questions, criticism and crises?',
  'Who is accountable?': 'Who is accountable?',
  'Content management: who plans, makes and publishes?': 'Content management: who plans, makes and publishes?',
  'Webcare: who keeps track of questions and reactions and answers them?':
    'Webcare: who keeps track of questions and reactions and answers them?',
  'Administration: who manages accounts and access?': 'Administration: who manages accounts and access?',
  'Who is responsible for webcare?': 'Who is responsible for webcare?',
  'Within how many hours does every message get an answer?': 'Within how many hours does every message get an answer?',
  'Who detects messages and mentions?': 'Who detects messages and mentions?',
  'Who writes the answer?': 'Who writes the answer?',
  'Who approves sensitive answers and posts?': 'Who approves sensitive answers and posts?',
  'Who publishes the answers and posts?': 'Who publishes the answers and posts?',
  'When and to whom do you escalate?': 'When and to whom do you escalate?',
  'What happens in a crisis, step by step?': 'What happens in a crisis, step by step?',
  'Who is the spokesperson?': 'Who is the spokesperson?',
  'Where is the social-media protocol?': 'Where is the social-media protocol?',
  'Style guide and tone of voice': 'Style guide and tone of voice',
  'How do you ask and record consent for photos and videos?': 'How do you ask and record consent for photos and videos?',
  'What do comparable organisations do well, and which mistakes do you want to avoid?':
    'What do comparable organisations do well, and which mistakes do you want to avoid?',
  Organisation: 'Organisation',
  'What do they do well (comma-separated)?': 'What do they do well (comma-separated)?',
  'What do you want to avoid (comma-separated)?': 'What do you want to avoid (comma-separated)?',
  'Measure the results, evaluate them and adjust course where needed. Give every goal at least one KPI.':
    'Measure the results, evaluate them and adjust course where needed. Give every goal at least one KPI.',
  'How often do you report?': 'How often do you report?',
  'To whom?': 'To whom?',
  'Which tools do you measure with (comma-separated)?': 'Which tools do you measure with (comma-separated)?',
  'What is measured?': 'What is measured?',
  'Which goal does this KPI measure?': 'Which goal does this KPI measure?',
  'Source of the figure': 'Source of the figure',
  'How often do you measure this KPI?': 'How often do you measure this KPI?',
  'Key dates (open days, enrolment deadlines) and blackout periods such as school holidays.':
    'Key dates (open days, enrolment deadlines) and blackout periods such as school holidays.',
  'How many days before a key date do you announce it? (0 = not)': 'How many days before a key date do you announce it? (0 = not)',
  'And how many days before does a reminder follow? (0 = none)': 'And how many days before does a reminder follow? (0 = none)',
  'Do you also post on the day itself?': 'Do you also post on the day itself?',
  'How many posts a day can the team make at most? (empty: what the hours allow)':
    'How many posts a day can the team make at most? (empty: what the hours allow)',
  'Date (YYYY-MM-DD)': 'Date (YYYY-MM-DD)',
  'What happens?': 'What happens?',
  'On which channels do you cover it?': 'On which channels do you cover it?',
  'First day (YYYY-MM-DD)': 'First day (YYYY-MM-DD)',
  'Last day (YYYY-MM-DD)': 'Last day (YYYY-MM-DD)',
  Reason: 'Reason',
  'Optional: communities you take part in, costs and benefits, and a look back (rose, thorn, bud).':
    'Optional: communities you take part in, costs and benefits, and a look back (rose, thorn, bud).',
  'Costs and benefits in a few sentences': 'Costs and benefits in a few sentences',
  'Rose: a high point': 'Rose: a high point',
  'Thorn: what was hard?': 'Thorn: what was hard?',
  'Bud: a new idea': 'Bud: a new idea',
  'Name of the community': 'Name of the community',
  'Number of members': 'Number of members',
  'Share of active members (between 0 and 1; 0.2 = 20%)': 'Share of active members (between 0 and 1; 0.2 = 20%)',
  'Look back on the past period with the team (usually a quarter): what went well (rose), what was hard (thorn), what to try next (bud), and what you decide. strategy review writes the report with the figures.':
    'Look back on the past period with the team (usually a quarter): what went well (rose), what was hard (thorn), what to try next (bud), and what you decide. strategy review writes the report with the figures.',
  'Date of the review (YYYY-MM-DD)': 'Date of the review (YYYY-MM-DD)',
  'Which period? A quarter (2026-Q4), a month (2026-11) or two dates (2026-09-01/2026-11-15)':
    'Which period? A quarter (2026-Q4), a month (2026-11) or two dates (2026-09-01/2026-11-15)',
  'Who took part? (comma-separated)': 'Who took part? (comma-separated)',
  'Rose: what went well?': 'Rose: what went well?',
  'Thorn: what was hard or went wrong?': 'Thorn: what was hard or went wrong?',
  'Bud: which idea will you try next?': 'Bud: which idea will you try next?',
  'Decisions: what do you change in goals, channels, content or the team? (separated by semicolons)':
    'Decisions: what do you change in goals, channels, content or the team? (separated by semicolons)',
  'Prospective students': 'Prospective students',
  'Current students': 'Current students',
  'Parents and carers': 'Parents and carers',
  Staff: 'Staff',
  Alumni: 'Alumni',
  'Businesses and work-placement companies': 'Businesses and work-placement companies',
  'Media and journalists': 'Media and journalists',
  'The region and the neighbourhood': 'The region and the neighbourhood',
  'Note: {formats} does not fit {platform}.': 'Note: {formats} does not fit {platform}.',
  'Note: {formats} do not fit {platform}.': 'Note: {formats} do not fit {platform}.',
  'Note: none of these formats fits {platforms}.': 'Note: none of these formats fits {platforms}.',
  'Address of the website (https://…), for the links in posts': 'Address of the website (https://…), for the links in posts',
  'Do pupils give consent themselves once they turn 16?': 'Do pupils give consent themselves once they turn 16?',
  'Does one person do all of webcare alone (a small school where the head answers directly)?':
    'Does one person do all of webcare alone (a small school where the head answers directly)?',
  'How are the people who post trained and supported?': 'How are the people who post trained and supported?',
  'How do parents and pupils learn what the school does online, and why? (an information evening, a letter, the school guide)':
    'How do parents and pupils learn what the school does online, and why? (an information evening, a letter, the school guide)',
  'How many hours a week do measuring and reporting take?': 'How many hours a week do measuring and reporting take?',
  'How many hours a week does webcare take, everyone together?': 'How many hours a week does webcare take, everyone together?',
  'In which format, mostly?': 'In which format, mostly?',
  'Its own target, for a figure that supports the goal (reach a month, say; empty if none)':
    'Its own target, for a figure that supports the goal (reach a month, say; empty if none)',
  'Last day (YYYY-MM-DD; empty for one day)': 'Last day (YYYY-MM-DD; empty for one day)',
  'Name of the day or days off (a study day, say)': 'Name of the day or days off (a study day, say)',
  'Not sure (leave it to the figures)': 'Not sure (leave it to the figures)',
  'Or as a share more than the baseline, in % (10 for 10% more; negative for less)':
    'Or as a share more than the baseline, in % (10 for 10% more; negative for less)',
  'Public holidays (King’s Day, Christmas):': 'Public holidays (King’s Day, Christmas):',
  'Should the figure go up or down?': 'Should the figure go up or down?',
  'The school holidays of the region:': 'The school holidays of the region:',
  'Unit of the figures (empty: the goal’s unit)': 'Unit of the figures (empty: the goal’s unit)',
  'Until when must the result hold once it is reached? (YYYY-MM-DD; empty if not)':
    'Until when must the result hold once it is reached? (YYYY-MM-DD; empty if not)',
  'What do you do when an account is taken over? (who recovers it, who warns the followers)':
    'What do you do when an account is taken over? (who recovers it, who warns the followers)',
  'What does the automatic answer outside those hours say? (empty if there is none)':
    'What does the automatic answer outside those hours say? (empty if there is none)',
  'What happens when consent is withdrawn? (which posts are removed, by whom, how fast)':
    'What happens when consent is withdrawn? (which posts are removed, by whom, how fast)',
  'What is consent asked for separately?': 'What is consent asked for separately?',
  'What is one figure of this KPI?': 'What is one figure of this KPI?',
  'What kind of figure is it?': 'What kind of figure is it?',
  'When is webcare staffed? (school days 8:00–17:00, say)': 'When is webcare staffed? (school days 8:00–17:00, say)',
  'Which KPI says how far this goal is?': 'Which KPI says how far this goal is?',
  'Which board member or head backs the strategy and makes room for it? (name or role)':
    'Which board member or head backs the strategy and makes room for it? (name or role)',
  'Which region are the school holidays in?': 'Which region are the school holidays in?',
  'Who keeps the record of consent, and where?': 'Who keeps the record of consent, and where?',
  'Who reads along in the evenings, at weekends and in holidays? (or: nobody, and the auto-reply says so)':
    'Who reads along in the evenings, at weekends and in holidays? (or: nobody, and the auto-reply says so)',
  'Who takes part for you?': 'Who takes part for you?',
  'a count of what happened in its period (applications this month)': 'a count of what happened in its period (applications this month)',
  'a level on its date (followers)': 'a level on its date (followers)',
  'a level that moves (followers)': 'a level that moves (followers)',
  'a rate (a share or a speed)': 'a rate (a share or a speed)',
  'a total counted within the period (applications this year)': 'a total counted within the period (applications this year)',
  'down (fewer complaints, a shorter response time)': 'down (fewer complaints, a shorter response time)',
  'leave them out of the calendar': 'leave them out of the calendar',
  'no posts then': 'no posts then',
  'per platform': 'per platform',
  'per purpose (website, social media, brochure)': 'per purpose (website, social media, brochure)',
  'show them, and post as planned': 'show them, and post as planned',
  'up (more followers)': 'up (more followers)',
  'The posts themselves: the calendar plans them from the cadence and the key dates; editors add their own in the file.':
    'The posts themselves: the calendar plans them from the cadence and the key dates; editors add their own in the file.',
  'Keeps a key date’s events when its title changes; made from the title.':
    'Keeps a key date’s events when its title changes; made from the title.',
  'A key date’s own run-up; the calendar’s run-up, which the wizard asks, applies to every key date.':
    'A key date’s own run-up; the calendar’s run-up, which the wizard asks, applies to every key date.',
  'A school that moves a holiday of its region; rare, and named by the holiday’s id.':
    'A school that moves a holiday of its region; rare, and named by the holiday’s id.',
  'Europe/Amsterdam unless a school posts from elsewhere.': 'Europe/Amsterdam unless a school posts from elsewhere.',
  'Keeps calendar events apart in a calendar app; made from the website.':
    'Keeps calendar events apart in a calendar app; made from the website.',
  'Link tracking for web statistics; its defaults suit most schools.': 'Link tracking for web statistics; its defaults suit most schools.',
  'Another way to write the crisis plan, as a list of steps; the wizard asks the plan.':
    'Another way to write the crisis plan, as a list of steps; the wizard asks the plan.',
  'How `strategy measure import` reads a platform’s export; written by whoever sets up the import.':
    'How `strategy measure import` reads a platform’s export; written by whoever sets up the import.',
  'The figures themselves: written by `strategy measure import`, or by hand from the platforms’ statistics.':
    'The figures themselves: written by `strategy measure import`, or by hand from the platforms’ statistics.',
  'Only in the normalised file that `strategy render --format yaml` writes.':
    'Only in the normalised file that `strategy render --format yaml` writes.',
  'Another way to give webcare’s time (messages × minutes); the wizard asks the hours.':
    'Another way to give webcare’s time (messages × minutes); the wizard asks the hours.',
  'A step’s own time, within the response time the wizard asks.': 'A step’s own time, within the response time the wizard asks.',
  'Whom do you call in from outside when time or skills fall short? (a trainer, an agency, an adviser)':
    'Whom do you call in from outside when time or skills fall short? (a trainer, an agency, an adviser)',
  'How often and how do you look for messages and mentions? (three times a working day, with the platforms’ notifications)':
    'How often and how do you look for messages and mentions? (three times a working day, with the platforms’ notifications)',
  'How do you try things out in the first weeks, and how do you handle mistakes?':
    'How do you try things out in the first weeks, and how do you handle mistakes?',
  'Guidelines for students, alumni or staff who post for you as ambassadors (what they post, how you support and credit them)':
    'Guidelines for students, alumni or staff who post for you as ambassadors (what they post, how you support and credit them)',
  'How do pupils learn to use social media well? (lessons, a mentor hour, a project)':
    'How do pupils learn to use social media well? (lessons, a mentor hour, a project)',
  'Do recognisable people under 18 appear in your posts? (young visitors at an open day, children at an event)':
    'Do recognisable people under 18 appear in your posts? (young visitors at an open day, children at an event)',
};
