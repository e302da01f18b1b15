// The rules' texts in English: webcare, crises, consent and the file itself. Each rule has a one-line
// description, the method's rationale (for docs/rules/) and the messages of its findings.
import type { Words } from '../words.js';
import { learners } from './sector-words.js';
import { formatNumber } from '../words.js';
import { MAX_ALIAS_COUNT, MAX_CALENDAR_ITEMS, MAX_DEPTH, MAX_FILE_BYTES, MAX_MARKS, MAX_VALUES } from '../../model/strategy.js';
import type { FieldId } from '../vocabulary.js';
import type { IdKind } from '../../model/ids.js';
import type { Part, Step } from '../rule-data.js';

export const careRules = {
  'consent-details': {
    description: 'The consent policy for images of pupils asks per purpose, keeps a register, handles withdrawal and asks again at 16.',
    rationale:
      'A consent policy works when a maker can check it before posting and a parent can change their mind. Following the Dutch data-protection authority’s guidance on images in education, it records: consent per purpose (`consent_per: [purpose]`; per platform too where you wish), who keeps the register and where (`register`), what happens when consent is withdrawn (`withdrawal`), and, in vo and mbo, that pupils give consent themselves from 16 (`reconsent_at_16: true`).',
    messages: {
      incomplete: (p: { parts: readonly FieldId[]; sector?: string }, w: Words): string =>
        `Record in the consent policy for images of ${p.sector === 'hbo' || p.sector === 'wo' ? 'young people' : learners(p.sector)}, each on its own: ${w.list(p.parts.map((field) => w.field(field)))}.`,
      'not-per-purpose': (_p: Record<string, never>): string =>
        'Consent is asked per platform, but not per purpose: the data-protection authority asks consent for each purpose separately (website, social media, brochure).',
      'not-at-16': (_p: Record<string, never>): string =>
        'The policy has parents decide after their child turns 16, but from 16 pupils decide on their own images: ask them again then.',
    },
  },
  'crisis-ready': {
    description: 'With public channels: a crisis plan with a spokesperson, first steps and a hacked account, and a social-media protocol.',
    rationale:
      'Criticism and crises happen in public, and fast. A strategy with public channels records who speaks for the organisation (`crisis.spokesperson`), the first steps (`crisis.plan` or `crisis.first_steps`: stop planned posts, inform, one first message), and what to do when an account is taken over (`crisis.hacked_account`), the most common incident. Staff and students know the house rules from the social-media protocol (`guidelines.protocol`).',
    messages: {
      crisis: (p: { parts: readonly FieldId[] }, w: Words): string =>
        `The strategy has public channels but does not yet record, for when things go wrong, ${w.list(p.parts.map((field) => w.field(field)))}.`,
      protocol: (p: { sector?: string }): string =>
        `The strategy has public channels but no social-media protocol: the house rules for staff and ${learners(p.sector)} (what you post, how you react, a separate work account).`,
    },
  },
  'image-consent': {
    description: 'A school with pupils under 18 that posts photos or video records how consent is asked and kept.',
    rationale:
      'Photos and videos of recognisable pupils may only be posted with consent: for primary and secondary schools and mbo the largest legal risk on social media. Following the Dutch data-protection authority (Autoriteit Persoonsgegevens), the school asks this consent beforehand, freely and unambiguously (silence is not consent, and consent is no condition for enrolment), per purpose (website, social media, brochure): from the parents while a pupil is under 16, from the pupil from 16. Consent can be withdrawn at any time and is asked again when the purpose changes. This rule requires the consent policy itself (`privacy.consent`) once a po, vo or mbo strategy posts photos or video; `consent-details` asks for its parts.',
    messages: {
      missing: (_p: Record<string, never>): string =>
        'This school posts photos or video but records no consent policy. Record how the school asks consent for photos and videos of pupils (per purpose; from the parents while a pupil is under 16, from the pupil from 16) and how it keeps track of it.',
    },
  },
  'normalised-file': {
    description: 'A file with derived figures is a normalised strategy written by render, not the strategy itself.',
    rationale:
      '`strategy render --format yaml` writes `strategy.normalised.yaml`: the strategy with its defaults filled in and derived figures added, for other tools (`strategy schema --normalised` describes it). It passes the same checks, but changes belong in the strategy file it was made from, or the next render overwrites them.',
    messages: {
      normalised: (_p: Record<string, never>): string =>
        'This is a normalised strategy written by strategy render --format yaml. Change the strategy file it was made from, and render again.',
    },
  },
  references: {
    description: 'Every id referred to (audience, channel, goal, content pillar, team member, KPI) is defined.',
    rationale:
      'Every id used in the strategy is defined where it belongs: audiences under `audiences`, channels under `channels`, goals under `goals`, content pillars under `content.pillars`, people under `team.members`, KPIs under `control.kpis`. The message suggests the closest known id. An entry that failed the schema still counts as defined, so one typo gives one finding.',
    messages: {
      unknown: (p: { id: string; kind: IdKind; suggestion?: string; known: readonly string[] }, w: Words): string =>
        `${w.capital(w.noun(p.kind))} ${w.quote(p.id)} does not exist.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} ${p.known.length > 0 ? `Defined: ${p.known.map((id) => (id === '…' ? id : w.quote(id))).join(', ')}.` : `No ${w.noun(p.kind)} is defined yet.`}`,
    },
  },
  suppressions: {
    description: 'Every "strategy-disable-next-line" comment names a known rule, gives a reason and is needed.',
    rationale:
      'A finding can be suppressed for the line below a comment that gives a reason, e.g. `# strategy-disable-next-line two-admins -- one-person pilot until March`. This rule reports such a comment when it names an unknown rule, gives no reason after ` -- `, or suppresses nothing. Schema and YAML errors cannot be suppressed.',
    messages: {
      unused: (p: { rule: string }, w: Words): string =>
        `This comment suppresses ${w.quote(p.rule)}, but the line below has no such finding; remove the comment.`,
      'unknown-rule': (p: { rule: string; suggestion?: string }, w: Words): string =>
        `Unknown rule ${w.quote(p.rule)} in this comment.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Run "strategy rules" for the list.`,
      'no-reason': (_p: Record<string, never>): string =>
        'Give a reason after " -- " ("# strategy-disable-next-line two-admins -- one-person pilot until March"), so others know why.',
    },
  },
  'webcare-defined': {
    description: 'Webcare has someone responsible, a response time and someone for each step of its workflow.',
    rationale:
      'Once a strategy has channels, webcare must be arranged: who is responsible (`owner`), within how many hours every message is answered (`response_time_hours`), and people (`by`) for each step of the workflow: spotting (`detect`), answering (`respond`), approving (`approve`) and posting (`publish`). Where one person may do it all (`one_person: true`, a small school where the head answers directly), the owner and the response time suffice. Messages left unanswered harm the reputation.',
    messages: {
      missing: (p: { parts: readonly Part[] }, w: Words): string =>
        `Webcare is not arranged yet. Still to record: ${w.list(p.parts.map((part) => w.field(part)))}. Messages left unanswered harm the reputation.`,
    },
  },
  'webcare-practice': {
    description: 'Webcare’s steps fit the promised response time, and evenings, weekends and holidays are covered.',
    rationale:
      'A response time is a promise. The terms of the workflow’s steps (spot, answer, approve, post) together must fit within `response_time_hours`, or the promise cannot be kept even on a good day. When webcare is staffed only part of the week (`hours`) and the promise is shorter than a weekend, somebody must read along in the evenings, at weekends and in holidays, or an auto-reply must say when an answer comes (`coverage`, `auto_reply`).',
    messages: {
      'steps-exceed': (p: { total: number; promised: number; steps: readonly { step: Step; hours: number }[] }, w: Words): string =>
        `The workflow’s steps take up to ${w.count(p.total, 'hour')} together (${p.steps.map((s) => `${{ detect: 'spot', respond: 'answer', approve: 'approve', publish: 'post' }[s.step]} ${w.number(s.hours)}`).join(', ')}), more than the ${w.count(p.promised, 'hour')} promised. Shorten the terms or promise what you can keep.`,
      'no-cover': (p: { staffed: string; promised: number }, w: Words): string =>
        `Webcare is staffed ${w.quote(p.staffed)}, but promises an answer within ${w.count(p.promised, 'hour')}: nobody covers evenings, weekends and holidays. Say who does, or set an auto-reply that says when an answer comes.`,
    },
  },
};

/** The reader's own findings: not rules of the method, always errors, never switched off. */
export const metaRules = {
  'yaml-syntax': {
    description: 'The file is valid YAML: one document, no duplicate keys, no tabs for indentation.',
    rationale:
      'The file is valid YAML 1.2: one document, no duplicate keys, spaces (not tabs) for indentation, and no more than 1,000 expanded aliases.',
    messages: {},
  },
  schema: {
    description: 'The file matches the strategy format (schemas/strategy.schema.json).',
    rationale:
      'The file matches the strategy format, `schemas/strategy.schema.json`: known keys only, values of the right kind, dates as `YYYY-MM-DD`, times as `HH:MM`, ids in lower case with hyphens. `strategy schema` prints the schema.',
    messages: {},
  },
  limits: {
    description: 'The file stays within the documented limits.',
    get rationale(): string {
      const n = (value: number): string => formatNumber(value, 'en');
      return `A strategy file is at most ${n(MAX_FILE_BYTES / 1024 / 1024)} MiB, has at most ${n(MAX_VALUES)} lines and list items (line breaks and commas, counted before it is read), nests at most ${n(MAX_DEPTH)} levels deep (also counted before it is read), has at most ${n(MAX_MARKS)} anchors (&), aliases (*), tags (!) and marks out of place (brackets or quotes that open or close nothing) together, expands at most ${n(MAX_ALIAS_COUNT)} aliases and holds at most ${n(MAX_CALENDAR_ITEMS)} calendar items. Within these limits every file is answered within a few seconds.`;
    },
    messages: {},
  },
  checks: {
    description: 'The "checks" section names known rules and options.',
    rationale:
      'The `checks:` section names known rules (see `strategy rules`), known options of those rules, and options of the right type.',
    messages: {},
  },
};
