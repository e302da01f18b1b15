// Photos and video of pupils only with consent: for schools with minors (po, vo, mbo), the
// largest legal risk on social media. The Dutch data-protection authority's guidance on images
// in education: consent per purpose, from parents under 16 and from the pupil from 16,
// revocable at any time, asked again when the purpose changes.
import { defineRule, message } from './types.js';
import { entries, items, pointer } from './util.js';
import type { FieldId } from '../i18n/vocabulary.js';
import type { Strategy } from '../model/strategy.js';

const MINORS = new Set(['po', 'vo', 'mbo']);
const IMAGES = new Set(['photo', 'video', 'short-video', 'story', 'live', 'carousel']);
/** Platforms made of pictures: a channel there posts images whatever its formats say. */
const VISUAL = new Set(['instagram', 'tiktok', 'youtube', 'snapchat', 'pinterest']);

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

export function hasMinors(strategy: Strategy): boolean {
  return MINORS.has(strategy.organisation?.sector ?? '');
}

export default defineRule({
  id: 'image-consent',
  severity: 'error',
  options: {},
  description: {
    en: 'A school with pupils under 18 that posts photos or video records how consent is asked and kept.',
    nl: 'Een school met minderjarige leerlingen legt vast hoe ze toestemming vraagt en bijhoudt voor de foto’s en video’s die ze plaatst.',
  },
  docs: {
    rationale: {
      en: 'Photos and videos of recognisable pupils may only be posted with consent: for primary and secondary schools and mbo the largest legal risk on social media. Following the Dutch data-protection authority (Autoriteit Persoonsgegevens), the school asks this consent beforehand, freely and unambiguously (silence is not consent, and consent is no condition for enrolment), per purpose (website, social media, brochure): from the parents while a pupil is under 16, from the pupil from 16. Consent can be withdrawn at any time and is asked again when the purpose changes. This rule requires the consent policy itself (`privacy.consent`) once a po, vo or mbo strategy posts photos or video; `consent-details` asks for its parts.',
      nl: 'Foto’s en video’s van herkenbare leerlingen mogen alleen met toestemming online: voor het po, vo en mbo het grootste juridische risico op sociale media. Volgens de Autoriteit Persoonsgegevens vraagt de school die toestemming vooraf, vrijwillig en ondubbelzinnig (‘wie zwijgt, stemt toe’ geldt niet, en toestemming is geen voorwaarde voor inschrijving), en per doel (website, sociale media, folder): aan de ouders als de leerling jonger is dan 16, aan de leerling zelf vanaf 16 jaar. Toestemming is altijd in te trekken en moet opnieuw gevraagd worden als het doel verandert. Deze regel vraagt om het toestemmingsbeleid zelf (`privacy.consent`) zodra een strategie in het po, vo of mbo foto’s of video plaatst; `consent-details` vraagt naar de onderdelen.',
    },
    example:
      'version: 1\norganisation: {name: Basisschool De Klimop, sector: po}\nchannels:\n  facebook: {platform: facebook, formats: [photo]}\n',
    sources: ['kennisnet', 'ap'],
  },
  messages: {
    missing: message<Record<string, never>>(
      () =>
        'This school posts photos or video but records no consent policy. Record how the school asks consent for photos and videos of pupils (per purpose; from the parents while a pupil is under 16, from the pupil from 16) and how it keeps track of it.',
      () =>
        'Volgens de strategie plaatst de school foto’s of video’s, maar er staat nog niet in hoe ze toestemming regelt. Leg vast hoe de school toestemming vraagt voor foto’s en video’s van leerlingen (per doel; van de ouders als de leerling jonger is dan 16, van de leerling zelf vanaf 16 jaar) en hoe ze die toestemmingen bijhoudt.',
    ),
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
  if (!privacy.consent_per?.includes('purpose')) missing.push('privacy.consent_per');
  if (!privacy.register?.trim()) missing.push('privacy.register');
  if (!privacy.withdrawal?.trim()) missing.push('privacy.withdrawal');
  // Primary-school pupils are not 16 before they leave.
  if (strategy.organisation?.sector !== 'po' && privacy.reconsent_at_16 !== true) missing.push('privacy.reconsent_at_16');
  return missing;
}
