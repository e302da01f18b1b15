// The questions of the blocks channels, content, in the method's order.
import { platformName } from '../../render/labels.js';
import { words } from '../../i18n/words.js';
import { suggestedSlots } from '../../core/posting-times.js';
import { byLanguage, q } from '../question-types.js';
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
  DONT_KNOW,
} from './shared.js';

export const BLOCKS: readonly Block[] = [
  {
    id: 'channels',
    title: blockTitle('channels'),
    intro: q(
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
          prompt: q('Platform'),
          choices: platformChoices,
          default: (c) => baselineAccount(c)?.platform,
        },
        questions: [
          {
            key: 'platform_name',
            kind: 'text',
            required: true,
            prompt: q('Which platform is it? (its name)'),
            when: (c) => c.entry?.platform === 'other',
          },
          {
            key: 'platform_name',
            kind: 'text',
            prompt: q('Which parents’ app is it? (Parro, Social Schools …)'),
            when: (c) => c.entry?.platform === 'parents-app',
          },
          {
            key: 'handle',
            kind: 'text',
            prompt: q('Account name'),
            default: (c) => baselineAccount(c, c.entry?.platform as string | undefined)?.handle,
            // A parents' app is named by which app it is; it has no account of its own to name.
            when: (c) => c.entry?.platform !== 'parents-app',
          },
          { key: 'purpose', kind: 'text', prompt: q('What do you use this channel for?') },
          {
            key: 'audiences',
            kind: 'multiselect',
            prompt: q('Which audiences do you reach through this channel?'),
            ...offer(audiences),
          },
          {
            key: 'goals',
            kind: 'multiselect',
            prompt: q('Which goals does this channel serve?'),
            ...offer(goals),
          },
          {
            key: 'admins',
            kind: 'multiselect',
            prompt: q('Administrators (at least two, for holidays and illness)'),
            choices: members,
            when: (c) => members(c).length > 0,
            warn: (value) =>
              Array.isArray(value) && value.length < 2
                ? q(
                    'With one administrator the account is fragile: choose at least two (add a team member under Vision and team if needed).',
                  )
                : undefined,
          },
          {
            key: 'visibility',
            kind: 'select',
            prompt: q('Public or closed?'),
            choices: list(['public', 'closed'], labelsOf('visibility')),
          },
          {
            key: 'slots.days',
            kind: 'multiselect',
            prompt: q('On which days do you post on this channel?'),
            help: q('Suggestion: the days when users of this platform are most active.'),
            choices: list(WEEKDAYS, WEEKDAY_LABELS),
            default: (c) => suggestedSlots(String(c.entry?.platform ?? 'other'), audienceNamesOf(c)).days,
          },
          {
            key: 'slots.times',
            kind: 'list',
            prompt: q('At what times do you post? (HH:MM, comma-separated; the calendar takes them in turn)'),
            default: (c) => suggestedSlots(String(c.entry?.platform ?? 'other'), audienceNamesOf(c)).times,
          },
          {
            key: 'formats',
            kind: 'multiselect',
            prompt: q('Which formats do you post on this channel?'),
            choices: list(FORMATS, FORMAT_LABELS),
            warn: (value, c) => {
              const wrong = misfits(value, [String(c.entry?.platform ?? 'other')]);
              const platform = String(c.entry?.platform);
              return wrong.length > 0
                ? byLanguage(
                    (language) =>
                      q(wrong.length === 1 ? 'Note: {formats} does not fit {platform}.' : 'Note: {formats} do not fit {platform}.', {
                        formats: formatList(wrong, language),
                        platform: platformName(platform, language),
                      })[language],
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
    intro: q(
      'Which messages, on which channel, how often? Instagram is for images, YouTube for video. Tell honest stories, also from students and colleagues.',
    ),
    questions: [
      {
        key: 'content.principles',
        kind: 'list',
        prompt: q('Principles for content (comma-separated)'),
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
          prompt: q('Name of the content pillar'),
          help: q('A recurring theme you post about, for example "In the workshop".'),
        },
        questions: [
          { key: 'description', kind: 'text', prompt: q('What are the posts about?') },
          {
            key: 'goals',
            kind: 'multiselect',
            prompt: q('Which goals does this content pillar serve?'),
            ...offer(goals),
          },
          { key: 'audiences', kind: 'multiselect', prompt: q('For which audiences?'), ...offer(audiences) },
          { key: 'channels', kind: 'multiselect', prompt: q('On which channels?'), ...offer(channels) },
          {
            key: 'share',
            kind: 'number',
            prompt: q('What share of the posts is about this, in percent? (empty: as often as the others)'),
          },
          {
            key: 'formats',
            kind: 'multiselect',
            prompt: q('In which formats?'),
            choices: list(FORMATS, FORMAT_LABELS),
            warn: (value, c) => {
              const chosen = (c.entry?.channels as string[] | undefined) ?? [];
              const platforms = chosen.map((id) => c.strategy.channels?.[id]?.platform ?? 'other');
              const bad = platforms.filter(
                (p) => misfits(value, [p]).length === (Array.isArray(value) ? value.length : 0) && Array.isArray(value) && value.length > 0,
              );
              return bad.length > 0
                ? byLanguage(
                    (language) =>
                      q('Note: none of these formats fits {platforms}.', {
                        platforms: words(language).list(bad.map((p) => platformName(p, language))),
                      })[language],
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
          { key: 'channel', kind: 'select', required: true, prompt: q('Channel'), choices: channels },
          { key: 'pillar', kind: 'select', prompt: q('Content pillar'), ...offer(pillars) },
          { key: 'per_week', kind: 'number', required: true, prompt: q('Posts per week') },
          { key: 'days', kind: 'multiselect', prompt: q('On which days?'), choices: list(WEEKDAYS, WEEKDAY_LABELS) },
          { key: 'time', kind: 'time', prompt: q('At what time (HH:MM)?') },
          {
            key: 'minutes_per_post',
            kind: 'number',
            prompt: q('Minutes per post (make and publish)'),
          },
          { key: 'owner', kind: 'select', prompt: q('Who makes these posts?'), ...offer(members) },
          {
            key: 'format',
            kind: 'select',
            prompt: q('In which format, mostly?'),
            choices: [...list(FORMATS, FORMAT_LABELS), DONT_KNOW],
            default: () => '',
          },
        ],
      },
    ],
  },
];
