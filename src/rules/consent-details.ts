// The parts of a consent policy the data-protection authority's guidance asks for.
import { defineRule } from './types.js';
import { pointer } from './util.js';
import { hasMinors, missingConsentParts, postsImages } from './image-consent.js';

export default defineRule({
  id: 'consent-details',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\norganisation: {name: Lyceum Noord, sector: vo}\nchannels:\n  instagram: {platform: instagram}\nprivacy:\n  consent: Ouders geven bij inschrijving toestemming voor beeldgebruik.\n',
    sources: ['ap', 'kennisnet'],
  },
  check({ strategy, report }) {
    if (!hasMinors(strategy) || !strategy.privacy?.consent?.trim() || !postsImages(strategy)) return;
    const fields = missingConsentParts(strategy);
    if (fields.length > 0)
      report({
        pointer: pointer('privacy', 'consent'),
        messageId: 'incomplete',
        data: { parts: fields, sector: strategy.organisation?.sector },
      });
    // Answers that say otherwise than the guidance, named as what they say.
    const per = strategy.privacy?.consent_per ?? [];
    if (per.length > 0 && !per.includes('purpose'))
      report({ pointer: pointer('privacy', 'consent_per'), messageId: 'not-per-purpose', data: {} });
    if (strategy.organisation?.sector !== 'po' && strategy.privacy?.reconsent_at_16 === false)
      report({ pointer: pointer('privacy', 'reconsent_at_16'), messageId: 'not-at-16', data: {} });
  },
});
