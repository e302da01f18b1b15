// Once a strategy has public channels: a crisis plan with a spokesperson and first steps, what
// to do about a hacked account (the most common incident), and a protocol everyone knows.
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';
import type { FieldId } from '../i18n/vocabulary.js';

export default defineRule({
  id: 'crisis-ready',
  severity: 'warning',
  options: {},
  description: {
    en: 'With public channels: a crisis plan with a spokesperson, first steps and a hacked account, and a social-media protocol.',
    nl: 'Wie openbare kanalen heeft, legt vast: een crisisplan (woordvoerder, eerste stappen, wat te doen bij een gehackt account) en een protocol sociale media.',
  },
  docs: {
    rationale: {
      en: 'Criticism and crises happen in public, and fast. A strategy with public channels records who speaks for the organisation (`crisis.spokesperson`), the first steps (`crisis.plan` or `crisis.first_steps`: stop planned posts, inform, one first message), and what to do when an account is taken over (`crisis.hacked_account`), the most common incident. Staff and students know the house rules from the social-media protocol (`guidelines.protocol`).',
      nl: 'Kritiek en crises spelen zich in het openbaar af, en snel. Een strategie met openbare kanalen legt vast wie namens de organisatie spreekt (`crisis.spokesperson`), wat de eerste stappen zijn (`crisis.plan` of `crisis.first_steps`: geplande berichten stoppen, eerst de direct betrokkenen informeren (bestuur, team, ouders), dan één eerste openbaar bericht), en wat je doet als een account wordt overgenomen (`crisis.hacked_account`), het incident dat het vaakst voorkomt. Medewerkers en leerlingen kennen de huisregels uit het protocol sociale media (`guidelines.protocol`).',
    },
    example: 'version: 1\nchannels:\n  facebook: {platform: facebook, visibility: public}\ncrisis:\n  spokesperson: Directeur\n',
    sources: ['kennisnet', 'social'],
  },
  messages: {
    crisis: message<{ parts: readonly FieldId[] }>(
      (p, w) =>
        `The strategy has public channels but does not yet record, for when things go wrong, ${w.list(p.parts.map((field) => w.field(field)))}.`,
      (p, w) =>
        `De strategie heeft openbare kanalen, maar regelt nog niet wat er gebeurt als het misgaat: ${w.list(p.parts.map((field) => w.field(field)))}.`,
    ),
    protocol: message<Record<string, never>>(
      () =>
        'The strategy has public channels but no social-media protocol: the house rules for staff and students (what you post, how you react, a separate work account).',
      () =>
        'De strategie heeft openbare kanalen, maar nog geen protocol sociale media: de afspraken voor medewerkers, leerlingen en ouders (wat je wel en niet plaatst, hoe je reageert, privé en werk gescheiden).',
    ),
  },
  check({ strategy, report }) {
    const publicChannels = entries(strategy.channels).filter(([, channel]) => channel.visibility !== 'closed');
    if (publicChannels.length === 0) return;
    const crisis = strategy.crisis;
    const fields: FieldId[] = [];
    if (!crisis?.plan?.trim() && (crisis?.first_steps ?? []).length === 0) fields.push('crisis.plan');
    if (!crisis?.spokesperson?.trim()) fields.push('crisis.spokesperson');
    // A plan that names a hack covers it too.
    if (!crisis?.hacked_account?.trim() && !/hack/i.test(`${crisis?.plan ?? ''} ${(crisis?.first_steps ?? []).join(' ')}`))
      fields.push('crisis.hacked_account');
    if (fields.length > 0) report({ pointer: crisis ? pointer('crisis') : '', at: 'key', messageId: 'crisis', data: { parts: fields } });
    if (!strategy.guidelines?.protocol?.trim())
      report({ pointer: strategy.guidelines ? pointer('guidelines') : '', at: 'key', messageId: 'protocol', data: {} });
  },
});
