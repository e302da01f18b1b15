// The questions of the blocks channels, content, in the method's order.
import { platformName } from '../../render/labels.js';
import { words } from '../../i18n/words.js';
import { suggestedSlots } from '../../core/posting-times.js';
import { bi } from '../question-types.js';
import type { Block } from '../question-types.js';
import {
  list,
  FORMATS,
  WEEKDAYS,
  labelsOf,
  FORMAT_LABELS,
  WEEKDAY_LABELS,
  blockTitle,
  formatList,
  platformChoices,
  members,
  baselineAccount,
  audiences,
  audienceNamesOf,
  goals,
  channels,
  pillars,
  offer,
  misfits,
} from './shared.js';

export const BLOCKS: readonly Block[] = [
  {
    id: 'channels',
    title: blockTitle('channels'),
    intro: bi(
      'Kies een kanaal omdat jullie doelgroep er al is en het bij jullie merk past. Begin klein, en zorg voor minstens twee beheerders per account.',
      'Choose a channel because your audience is already there and it fits your brand. Start small, and give every account at least two administrators.',
    ),
    questions: [],
    collections: [
      {
        path: 'channels',
        shape: 'map',
        noun: 'channel',
        name: {
          key: 'platform',
          kind: 'select',
          required: true,
          prompt: bi('Platform', 'Platform'),
          choices: platformChoices,
          default: (c) => baselineAccount(c)?.platform,
        },
        questions: [
          {
            key: 'handle',
            kind: 'text',
            prompt: bi('Accountnaam', 'Account name'),
            default: (c) => baselineAccount(c, c.entry?.platform as string | undefined)?.handle,
          },
          { key: 'purpose', kind: 'text', prompt: bi('Waarvoor gebruiken jullie dit kanaal?', 'What do you use this channel for?') },
          {
            key: 'audiences',
            kind: 'multiselect',
            prompt: bi('Welke doelgroepen bereiken jullie via dit kanaal?', 'Which audiences do you reach through this channel?'),
            ...offer(audiences),
          },
          {
            key: 'goals',
            kind: 'multiselect',
            prompt: bi('Aan welke doelen draagt dit kanaal bij?', 'Which goals does this channel serve?'),
            ...offer(goals),
          },
          {
            key: 'admins',
            kind: 'multiselect',
            prompt: bi('Beheerders (minstens twee, voor vakanties en ziekte)', 'Administrators (at least two, for holidays and illness)'),
            choices: members,
            when: (c) => members(c).length > 0,
            warn: (value) =>
              Array.isArray(value) && value.length < 2
                ? bi(
                    'Met één beheerder zijn jullie kwetsbaar: kies er minstens twee (voeg zo nodig een teamlid toe bij Visie en team).',
                    'With one administrator the account is fragile: choose at least two (add a team member under Vision and team if needed).',
                  )
                : undefined,
          },
          {
            key: 'visibility',
            kind: 'select',
            prompt: bi('Openbaar of besloten?', 'Public or closed?'),
            choices: list(['public', 'closed'], labelsOf('visibility')),
          },
          {
            key: 'slots.days',
            kind: 'multiselect',
            prompt: bi('Op welke dagen posten jullie op dit kanaal?', 'On which days do you post on this channel?'),
            help: bi(
              'Voorstel: de dagen waarop gebruikers van dit platform het actiefst zijn.',
              'Suggestion: the days when users of this platform are most active.',
            ),
            choices: list(WEEKDAYS, WEEKDAY_LABELS),
            default: (c) => suggestedSlots(String(c.entry?.platform ?? 'other'), audienceNamesOf(c)).days,
          },
          {
            key: 'slots.times',
            kind: 'list',
            prompt: bi(
              'Hoe laat posten jullie? (UU:MM, gescheiden door komma’s; de kalender wisselt ze af)',
              'At what times do you post? (HH:MM, comma-separated; the calendar takes them in turn)',
            ),
            default: (c) => suggestedSlots(String(c.entry?.platform ?? 'other'), audienceNamesOf(c)).times,
          },
          {
            key: 'formats',
            kind: 'multiselect',
            prompt: bi('Welke vormen plaatsen jullie op dit kanaal?', 'Which formats do you post on this channel?'),
            choices: list(FORMATS, FORMAT_LABELS),
            warn: (value, c) => {
              const wrong = misfits(value, [String(c.entry?.platform ?? 'other')]);
              const platform = String(c.entry?.platform);
              return wrong.length > 0
                ? bi(
                    `Let op: ${formatList(wrong, 'nl')} ${wrong.length === 1 ? 'past' : 'passen'} niet bij ${platformName(platform, 'nl')}.`,
                    `Note: ${formatList(wrong, 'en')} ${wrong.length === 1 ? 'does' : 'do'} not fit ${platformName(platform, 'en')}.`,
                  )
                : undefined;
            },
          },
        ],
      },
    ],
  },
  {
    id: 'content',
    title: blockTitle('content'),
    intro: bi(
      'Welke boodschappen brengen jullie, op welk kanaal en hoe vaak? Instagram is voor beeld, YouTube voor video. Vertel eerlijke verhalen, ook van leerlingen, studenten en collega’s.',
      'Which messages, on which channel, how often? Instagram is for images, YouTube for video. Tell honest stories, also from students and colleagues.',
    ),
    questions: [
      {
        key: 'content.principles',
        kind: 'list',
        prompt: bi('Uitgangspunten voor de content (gescheiden door komma’s)', 'Principles for content (comma-separated)'),
      },
    ],
    collections: [
      {
        path: 'content.pillars',
        shape: 'map',
        noun: 'pillar',
        name: {
          key: 'name',
          kind: 'text',
          required: true,
          prompt: bi('Naam van de contentpijler', 'Name of the content pillar'),
          help: bi(
            'Een vast thema waar jullie steeds over posten, bijvoorbeeld "In de werkplaats".',
            'A recurring theme you post about, for example "In the workshop".',
          ),
        },
        questions: [
          { key: 'description', kind: 'text', prompt: bi('Waar gaan de berichten over?', 'What are the posts about?') },
          {
            key: 'goals',
            kind: 'multiselect',
            prompt: bi('Aan welke doelen draagt deze contentpijler bij?', 'Which goals does this content pillar serve?'),
            ...offer(goals),
          },
          { key: 'audiences', kind: 'multiselect', prompt: bi('Voor welke doelgroepen?', 'For which audiences?'), ...offer(audiences) },
          { key: 'channels', kind: 'multiselect', prompt: bi('Op welke kanalen?', 'On which channels?'), ...offer(channels) },
          {
            key: 'share',
            kind: 'number',
            prompt: bi(
              'Welk deel van de berichten gaat hierover, in procent? (leeg: even vaak als de andere)',
              'What share of the posts is about this, in percent? (empty: as often as the others)',
            ),
          },
          {
            key: 'formats',
            kind: 'multiselect',
            prompt: bi('In welke vormen?', 'In which formats?'),
            choices: list(FORMATS, FORMAT_LABELS),
            warn: (value, c) => {
              const chosen = (c.entry?.channels as string[] | undefined) ?? [];
              const platforms = chosen.map((id) => c.strategy.channels?.[id]?.platform ?? 'other');
              const bad = platforms.filter(
                (p) => misfits(value, [p]).length === (Array.isArray(value) ? value.length : 0) && Array.isArray(value) && value.length > 0,
              );
              return bad.length > 0
                ? bi(
                    `Let op: geen van deze vormen past bij ${words('nl').list(bad.map((p) => platformName(p, 'nl')))}.`,
                    `Note: none of these formats fits ${words('en').list(bad.map((p) => platformName(p, 'en')))}.`,
                  )
                : undefined;
            },
          },
        ],
      },
      {
        path: 'content.cadence',
        shape: 'list',
        noun: 'cadence',
        questions: [
          { key: 'channel', kind: 'select', required: true, prompt: bi('Kanaal', 'Channel'), choices: channels },
          { key: 'pillar', kind: 'select', prompt: bi('Contentpijler', 'Content pillar'), ...offer(pillars) },
          { key: 'per_week', kind: 'number', required: true, prompt: bi('Berichten per week', 'Posts per week') },
          { key: 'days', kind: 'multiselect', prompt: bi('Op welke dagen?', 'On which days?'), choices: list(WEEKDAYS, WEEKDAY_LABELS) },
          { key: 'time', kind: 'time', prompt: bi('Hoe laat (UU:MM)?', 'At what time (HH:MM)?') },
          {
            key: 'minutes_per_post',
            kind: 'number',
            prompt: bi('Minuten per bericht (maken en plaatsen)', 'Minutes per post (make and publish)'),
          },
          { key: 'owner', kind: 'select', prompt: bi('Wie maakt deze berichten?', 'Who makes these posts?'), ...offer(members) },
        ],
      },
    ],
  },
];
