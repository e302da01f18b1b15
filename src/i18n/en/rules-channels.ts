// The rules' texts in English: audiences, channels, the cadence and the team’s hours. Each rule has a one-line
// description, the method's rationale (for docs/rules/) and the messages of its findings.
import type { Words } from '../words.js';
import { adviser, board, learners, leadership } from './sector-words.js';
import type { Platform, Format } from '../../model/strategy.js';
import type { Work, Share } from '../rule-data.js';

/** " (6 hours posting, 2 hours webcare)": the parts that are there, when there is more than one. */
function breakdown(p: Work, w: Words): string {
  const parts: [number, string][] = [
    [p.posting, 'posting'],
    [p.webcare, 'webcare'],
    [p.monitoring, 'monitoring and reporting'],
  ];
  const present = parts.filter(([hours]) => hours > 0);
  return present.length > 1 ? ` (${present.map(([hours, what]) => `${w.count(hours, 'hour')} ${what}`).join(', ')})` : '';
}

export const channelsRules = {
  'audience-reached': {
    description: 'Every audience is reached through at least one channel.',
    rationale:
      'Every audience appears in the `audiences` of at least one channel. Follow your audience: use the platforms where it already is, instead of trying to draw it to yours.',
    messages: {
      missing: (p: { audience: string; platforms: readonly Platform[] }, w: Words): string =>
        `No channel reaches audience ${w.quote(p.audience)}. Follow your audience: ${p.platforms.length > 0 ? `it is active on ${w.list(p.platforms.map((x) => w.value('platform', x)))}; ` : ''}link it to a channel on a platform it already uses, instead of drawing it to yours.`,
    },
  },
  backing: {
    description: 'Backing and skills: a sponsor on the board, training for those who post, outside help, media literacy, parents informed.',
    rationale:
      'Kennisnet’s tips for social media in schools: social media work when the board backs them (`team.sponsor`), when staff who post are trained and supported (`team.training`), when the team knows whom to call in from outside where it lacks the skills (`team.outside_help`: a trainer, an agency, an adviser of the school board), and, in primary and secondary schools and mbo, when pupils learn to use social media well (`guidelines.media_literacy`) and parents and pupils know what the school does online and why (`guidelines.parents`: an information evening, a letter, the school guide). Advice, not a requirement: switch it off with `checks: {backing: off}`.',
    messages: {
      sponsor: (p: { sector?: string }): string =>
        `Who on ${board(p.sector)} or in ${leadership(p.sector)} backs this strategy and makes room for it? Name the sponsor.`,
      training: (p: { makers: number }, w: Words): string =>
        `${w.capital(w.count(p.makers, 'member'))} make posts: record how they are trained and supported (media literacy, privacy, tone).`,
      parents: (p: { sector?: string }): string =>
        `How do parents and ${learners(p.sector)} learn what the school does on social media, and why? An information evening, a letter or the school guide.`,
      'outside-help': (p: { sector?: string }): string =>
        `Whom does the team call in from outside when it lacks the time or the skills: a trainer, an agency, ${adviser(p.sector)} or a sector organisation? Record when and whom.`,
      'media-literacy': (p: { sector?: string }): string =>
        `How do ${learners(p.sector)} learn to use social media well (media literacy): in lessons, a mentor hour, a project? A school that posts teaches it too.`,
    },
  },
  capacity: {
    description: 'The work (cadence, webcare, monitoring) fits the hours the team, and each member, has per week.',
    rationale:
      'The work must fit the hours the team has. The rule counts posting (per cadence entry: posts per week × minutes per post, `minutes_per_post` when an entry gives none), webcare (`webcare.hours_per_week`, or `messages_per_week` × `minutes_per_message`, shared by the members who do webcare) and monitoring and reporting (`control.hours_per_week`), and compares the total with the members’ `hours_per_week`, and each member’s share with that member’s hours. A member with work but no hours is reported too. A plan the team cannot keep up is not a plan.',
    messages: {
      team: (p: Work & { needed: number; available: number }, w: Words): string =>
        `The work takes ${w.count(p.needed, 'hour')} a week${breakdown(p, w)}, but the team has ${w.count(p.available, 'hour')}. Post less often, spend less time per post, or free up hours: a plan the team cannot keep up is not a plan.`,
      'no-hours': (p: Work & { needed: number }, w: Words): string =>
        `The work takes ${w.count(p.needed, 'hour')} a week${breakdown(p, w)}, but no team member has hours for social media. Record each member’s hours a week for social media.`,
      member: (p: { member: string; needed: number; available: number }, w: Words): string =>
        `The work of ${p.member} (posts and webcare) takes ${w.count(p.needed, 'hour')} a week, but ${p.member} has ${w.count(p.available, 'hour')}. Spread the work over more people or post less often.`,
      'member-no-hours': (p: { member: string; needed: number }, w: Words): string =>
        `The work of ${p.member} (posts and webcare) takes ${w.count(p.needed, 'hour')} a week, but ${p.member} has no hours for social media. Record the hours, or give the work to someone who has them.`,
    },
  },
  'channel-purpose': {
    description: 'Every channel has an audience and serves a goal or a content pillar.',
    rationale:
      'Every channel has at least one audience (`audiences`) and serves at least one goal (`goals`) or content pillar (a pillar lists it under `channels`, or the cadence posts a pillar on it). Choose a channel because your audience is there and it serves the strategy: every channel costs time.',
    messages: {
      'no-audience': (p: { channel: string }, w: Words): string =>
        `Channel ${w.quote(p.channel)} has no audience. Choose a channel because your audience is already there: record which audiences it is for, or drop the channel.`,
      'no-goal': (p: { channel: string }, w: Words): string =>
        `Channel ${w.quote(p.channel)} serves no goal, and no content pillar is posted on it. Link it to a goal or a content pillar, or drop it: every channel costs time.`,
    },
  },
  'community-participation': {
    description: 'Advice per community from its share of active members (15% and 30% thresholds).',
    rationale:
      'Advice per community from its `active_share`, the share of members who post or react: below `low` (15%) what circulates is not representative, so merge similar communities, stimulate participation or bring in an expert; from `low` to `high` (30%) taking part is worth it; above `high` you must take part, as it is the best source of usable content, when it is also large (`large` members or more, 50 by default): a small group, however lively, reaches few. Start with one active community and add the next only when you can keep up.',
    messages: {
      low: (p: Share, w: Words): string =>
        `Only ${w.percent(p.share)} of the members of ${w.quote(p.community)} post or react: what circulates there is not representative. Merge it with similar communities, stimulate participation, or bring in an expert.`,
      medium: (p: Share, w: Words): string =>
        `${w.percent(p.share)} of the members of ${w.quote(p.community)} are active: taking part is worth it.`,
      'high-small': (p: Share & { members: number }, w: Words): string =>
        `${w.percent(p.share)} of the ${w.number(p.members)} members of ${w.quote(p.community)} are active: taking part is worth it, but with so few members it reaches few; the source of content is a community that is large and active.`,
      high: (p: Share, w: Words): string =>
        `${w.percent(p.share)} of the members of ${w.quote(p.community)} are active: you must take part; this is the best source of usable content.`,
    },
  },
  'content-fits-channel': {
    description: 'Formats fit the platform they are posted on (YouTube is for video, Instagram for photos).',
    rationale:
      'Content must suit the channel: Instagram is for photos and short video, YouTube for video. The rule checks a channel’s `formats`, the `format` of cadence entries and calendar items, and warns when none of a content pillar’s formats fits a channel the pillar is posted on. The platform `other` and the format `other` always fit.',
    messages: {
      format: (p: { format: Format; platform: Platform; fits: readonly Format[] }, w: Words): string =>
        `${w.capital(w.value('format', p.format))} does not fit ${w.value('platform', p.platform)}. Content must suit the channel: ${w.value('platform', p.platform)} is for ${w.list(p.fits.map((f) => w.value('format', f)))}.`,
      pillar: (p: { pillar: string; channel: string; platform: Platform; fits: readonly Format[] }, w: Words): string =>
        `None of the formats of content pillar ${w.quote(p.pillar)} fits channel ${w.quote(p.channel)} (${w.value('platform', p.platform)} is for ${w.list(p.fits.map((f) => w.value('format', f)))}). Add a format that fits, or post this pillar on another channel.`,
    },
  },
  'follow-audience': {
    description: 'Each channel is on a platform its audiences use, and each audience is reached on a platform it uses.',
    rationale:
      'The method’s central advice is to follow your audience: be where your audiences already are, rather than trying to pull them to your own platform. Where an audience records the `platforms` it is active on, the rule compares them with the platform of each channel that serves it, and reports an audience that no channel reaches on any of its platforms.',
    messages: {
      'channel-elsewhere': (
        p: { channel: string; platform: Platform; audiences: readonly string[]; platforms: readonly Platform[] },
        w: Words,
      ): string =>
        `Channel ${w.quote(p.channel)} is on ${w.value('platform', p.platform)}, but ${w.list(p.audiences.map((a) => w.quote(a)))} ${p.audiences.length === 1 ? 'is' : 'are'} active on ${w.list(p.platforms.map((platform) => w.value('platform', platform)))}. Follow your audience: choose a platform where it already is, or record that it uses ${w.value('platform', p.platform)} too.`,
      unreached: (p: { audience: string; platforms: readonly Platform[] }, w: Words): string =>
        `No channel reaches ${w.quote(p.audience)} on ${w.list(
          p.platforms.map((platform) => w.value('platform', platform)),
          'or',
        )}, where this audience is active. Serve it from a channel on one of these platforms.`,
    },
  },
  'start-small': {
    description: 'Start small: the work leaves room to follow up before more channels and communities are added.',
    rationale:
      'Don’t join everything: pick a few channels and communities, show you can keep up, then grow step by step. The measure is the work against the hours the team has: posting (the cadence), webcare (`webcare.hours_per_week`, messages × minutes, or else `listening_hours_per_channel`, half an hour a week, for each channel) and monitoring (`control.hours_per_week`). With more than one channel or community, the rule warns when that work takes more than `max_share` (80%) of the team’s hours: there is no room left to answer, learn and adjust. A primary school with 4 hours a week that posts 1.5 hours on Facebook, Instagram and a parents’ app has room; a team that fills every hour with three channels has none. (`capacity` reports work beyond the hours.)',
    messages: {
      'too-many': (p: { channels: number; communities: number; hours: number; work: number; share: number }, w: Words): string =>
        `${w.capital(w.count(p.channels, 'channel'))}${p.communities > 0 ? ` and ${w.count(p.communities, 'community')}` : ''} take about ${w.count(p.work, 'hour')} of the team’s ${w.count(p.hours, 'hour')} a week (${w.percent(p.share)}): no room is left to answer, learn and adjust. Start with fewer, show that it works, then grow step by step.`,
    },
  },
  'two-admins': {
    description: 'Every channel has at least two administrators.',
    rationale:
      'Every channel has at least `min` administrators (`admins`), so that someone can always reach the account during holidays and illness. A stricter policy is one line in `checks:`, e.g. `two-admins: {severity: error, min: 3}`.',
    messages: {
      'too-few': (p: { channel: string; count: number; min: number }, w: Words): string =>
        `Channel ${w.quote(p.channel)} has ${w.count(p.count, 'administrator')}; at least ${p.min} are needed, so that someone can always reach the account during holidays and illness.`,
    },
  },
};
