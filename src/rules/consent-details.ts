// The parts of a consent policy the data-protection authority's guidance asks for.
import { defineRule, message } from './types.js';
import { pointer } from './util.js';
import type { FieldId } from '../i18n/vocabulary.js';
import { hasMinors, missingConsentParts, postsImages } from './image-consent.js';

export default defineRule({
  id: 'consent-details',
  severity: 'warning',
  options: {},
  description: {
    en: 'The consent policy for images of pupils asks per purpose, keeps a register, handles withdrawal and asks again at 16.',
    nl: 'Het toestemmingsbeleid voor beeld van leerlingen vraagt per doel, houdt een register bij, regelt intrekken en vraagt opnieuw bij 16 jaar.',
  },
  docs: {
    rationale: {
      en: 'A consent policy works when a maker can check it before posting and a parent can change their mind. Following the Dutch data-protection authority’s guidance on images in education, it records: consent per purpose (`consent_per: [purpose]`; per platform too where you wish), who keeps the register and where (`register`), what happens when consent is withdrawn (`withdrawal`), and, in vo and mbo, that pupils give consent themselves from 16 (`reconsent_at_16: true`).',
      nl: 'Een toestemmingsbeleid werkt als een maker het vóór het plaatsen kan nakijken en een ouder van gedachten kan veranderen. Volgens de handreiking van de Autoriteit Persoonsgegevens over beeld in het onderwijs legt het vast: toestemming per doel (`consent_per: [purpose]`; desgewenst ook per platform), wie het register bijhoudt en waar (`register`), wat er gebeurt als iemand de toestemming intrekt (`withdrawal`), en in het vo en mbo dat leerlingen vanaf 16 jaar zelf toestemming geven (`reconsent_at_16: true`).',
    },
    example:
      'version: 1\norganisation: {name: Lyceum Noord, sector: vo}\nchannels:\n  instagram: {platform: instagram}\nprivacy:\n  consent: Ouders geven bij inschrijving toestemming voor beeldgebruik.\n',
    sources: ['ap', 'kennisnet'],
  },
  messages: {
    incomplete: message<{ parts: readonly FieldId[] }>(
      (p, w) => `The consent policy for images of pupils does not yet say ${w.list(p.parts.map((field) => w.field(field)))}.`,
      (p, w) =>
        `Het toestemmingsbeleid voor foto’s en video’s van leerlingen zegt nog niets over ${w.list(p.parts.map((field) => w.field(field)))}.`,
    ),
  },
  check({ strategy, report }) {
    if (!hasMinors(strategy) || !strategy.privacy?.consent?.trim() || !postsImages(strategy)) return;
    const fields = missingConsentParts(strategy);
    if (fields.length > 0) report({ pointer: pointer('privacy', 'consent'), messageId: 'incomplete', data: { parts: fields } });
  },
});
