// When a channel posts when its strategy does not say: days and times at which the users of
// each platform are most active, and the evening, morning or after-school hour of the audience
// a channel serves. docs/posting-times.md gives the sources; every default is a start, to be
// replaced by what the channel's own statistics show.
import type { Weekday } from '../model/strategy.js';

export interface Slots {
  days: Weekday[];
  times: string[];
}

/**
 * Per platform, the weekdays and times of highest engagement in Sprout Social's yearly study of
 * its customers' posts (2023 edition, local times): Facebook Monday to Thursday 8:00–13:00;
 * Instagram Monday, Tuesday, Wednesday and Friday mornings to early afternoon; LinkedIn
 * Tuesday and Wednesday 10:00–12:00 (Thursday added as the third midweek day); TikTok midweek
 * afternoons; across networks Tuesday to Thursday 9:00–12:00 for the rest. Messaging apps and
 * internal networks follow the working day; a parents' app the end of the school day and the
 * evening. Two times each, so a channel that posts several
 * times a week reaches its audience at more than one moment of the day.
 */
export const PLATFORM_SLOTS: Readonly<Record<string, Slots>> = {
  facebook: { days: ['mon', 'tue', 'wed', 'thu'], times: ['08:30', '12:00'] },
  instagram: { days: ['mon', 'tue', 'wed', 'fri'], times: ['10:30', '12:30'] },
  linkedin: { days: ['tue', 'wed', 'thu'], times: ['10:00', '11:30'] },
  tiktok: { days: ['tue', 'wed', 'thu'], times: ['14:00', '16:30'] },
  x: { days: ['tue', 'wed', 'thu', 'fri'], times: ['09:00', '11:00'] },
  snapchat: { days: ['mon', 'wed', 'fri'], times: ['15:30', '19:00'] },
  whatsapp: { days: ['mon', 'wed', 'fri'], times: ['08:15', '16:00'] },
  'viva-engage': { days: ['mon', 'tue', 'wed', 'thu'], times: ['08:45', '13:00'] },
  teams: { days: ['mon', 'tue', 'wed', 'thu'], times: ['08:45', '13:00'] },
  website: { days: ['tue', 'thu'], times: ['09:00', '11:00'] },
  // A school's news to parents: at the end of the school day, and after the children's bedtime.
  'parents-app': { days: ['mon', 'tue', 'thu', 'fri'], times: ['15:00', '19:30'] },
};

/** A platform with no figures of its own (YouTube, Pinterest, Threads, Bluesky, Mastodon, other): midweek mornings, the best times across networks. */
export const GENERAL_SLOTS: Slots = { days: ['tue', 'wed', 'thu'], times: ['09:30', '11:00'] };

/**
 * The hour an audience is free to read, by what its name says: parents after the children's
 * bedtime, professionals and partners before work starts, pupils and students after school.
 * Recognised in Dutch and English; an audience that matches none adds nothing.
 */
export const AUDIENCE_TIMES: readonly { kind: 'parents' | 'professionals' | 'students'; pattern: RegExp; time: string }[] = [
  { kind: 'parents', pattern: /\b(ouders?|verzorgers?|parents?|carers?|guardians?)\b/i, time: '19:30' },
  {
    kind: 'professionals',
    pattern:
      /\b(bedrijf|bedrijven|werkgevers?|leerbedrijf|leerbedrijven|partners?|professionals?|werkveld|employers?|compan(y|ies)|industry|alumni)\b/i,
    time: '08:00',
  },
  {
    kind: 'students',
    pattern: /\b(leerlingen|leerling|studenten|student|scholieren|jongeren|pupils?|students?|young people)\b/i,
    time: '16:00',
  },
];

/** The slots to offer for a channel on `platform` that reaches the audiences named. */
export function suggestedSlots(platform: string, audienceNames: readonly string[] = []): Slots {
  const base = PLATFORM_SLOTS[platform] ?? GENERAL_SLOTS;
  const times = new Set(base.times);
  // Each audience by the first kind its name names: "ouders van nieuwe leerlingen" are parents.
  for (const name of audienceNames) {
    const kind = AUDIENCE_TIMES.find((audience) => audience.pattern.test(name));
    if (kind) times.add(kind.time);
  }
  return { days: [...base.days], times: [...times].sort() };
}
