// Photos and video of pupils only with consent: where minors appear (po, vo, mbo, or as the
// strategy says: an open day with young visitors), the
// largest legal risk on social media. The Dutch data-protection authority's guidance on images
// in education: consent per purpose, from parents under 16 and from the pupil from 16,
// revocable at any time, asked again when the purpose changes.
import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';
import type { FieldId } from '../i18n/vocabulary.js';
import type { Strategy } from '../model/strategy.js';
import { SCHOOL_SECTORS } from '../core/sectors.js';

const IMAGES = new Set(['photo', 'video', 'short-video', 'story', 'live', 'carousel']);
/** Platforms made of pictures: a channel there posts images whatever its formats say (a parents' app: the photos of the day). */
const VISUAL = new Set(['instagram', 'tiktok', 'youtube', 'snapchat', 'pinterest', 'parents-app']);

/** Whether the strategy posts photos or video: by its formats, or by the platforms it is on. */
export function postsImages(strategy: Strategy): boolean {
  const formats = [
    ...entries(strategy.content?.pillars).flatMap(([, pillar]) => pillar.formats ?? []),
    ...items(strategy.content?.cadence).map(([, cadence]) => cadence.format),
    ...entries(strategy.channels).flatMap(([, channel]) => channel.formats ?? []),
    ...items(strategy.calendar?.items).map(([, item]) => item.format),
  ];
  return (
    formats.some((format) => format !== undefined && IMAGES.has(format)) ||
    entries(strategy.channels).some(([, channel]) => VISUAL.has(channel.platform))
  );
}

/** Whether recognisable minors appear in the posts: as the strategy says, else by its sector. */
export function hasMinors(strategy: Strategy): boolean {
  return strategy.privacy?.minors ?? SCHOOL_SECTORS.has(strategy.organisation?.sector ?? '');
}

export default defineRule({
  id: 'image-consent',
  severity: 'error',
  options: {},
  docs: {
    example:
      'version: 1\norganisation: {name: Basisschool De Klimop, sector: po}\nchannels:\n  facebook: {platform: facebook, formats: [photo]}\n',
    sources: ['kennisnet', 'ap'],
  },
  check({ strategy, report }) {
    if (!hasMinors(strategy) || strategy.privacy?.consent?.trim() || !postsImages(strategy)) return;
    // At the privacy block, not at the sector: choosing a sector is never the mistake.
    report({ pointer: strategy.privacy ? pointer('privacy') : '', at: 'key', messageId: 'missing', data: {} });
  },
});

/** The parts of a consent policy the guidance asks for, and which are missing. */
export function missingConsentParts(strategy: Strategy): FieldId[] {
  const privacy = strategy.privacy ?? {};
  const missing: FieldId[] = [];
  // Only what the policy leaves unsaid; an answer that says otherwise is a finding of its own (consent-details).
  if ((privacy.consent_per ?? []).length === 0) missing.push('privacy.consent_per');
  if (!privacy.register?.trim()) missing.push('privacy.register');
  if (!privacy.withdrawal?.trim()) missing.push('privacy.withdrawal');
  // Primary-school pupils are not 16 before they leave.
  if (strategy.organisation?.sector !== 'po' && privacy.reconsent_at_16 === undefined) missing.push('privacy.reconsent_at_16');
  return missing;
}
