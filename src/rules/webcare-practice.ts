// Webcare as it works in practice: the steps fit the promised response time, and somebody (or
// an auto-reply) covers the evenings, weekends and holidays that staffed hours leave out.
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

const STEPS = ['detect', 'respond', 'approve', 'publish'] as const;
type Step = (typeof STEPS)[number];
/** From Friday 17:00 to Monday 9:00: a response time shorter than this needs weekend cover. */
const WEEKEND_HOURS = 64;

export default defineRule({
  id: 'webcare-practice',
  severity: 'warning',
  options: {},
  description: {
    en: 'Webcare’s steps fit the promised response time, and evenings, weekends and holidays are covered.',
    nl: 'De stappen van webcare passen binnen de beloofde reactietijd, en avonden, weekenden en vakanties zijn gedekt.',
  },
  docs: {
    rationale: {
      en: 'A response time is a promise. The terms of the workflow’s steps (spot, answer, approve, post) together must fit within `response_time_hours`, or the promise cannot be kept even on a good day. When webcare is staffed only part of the week (`hours`) and the promise is shorter than a weekend, somebody must read along in the evenings, at weekends and in holidays, or an auto-reply must say when an answer comes (`coverage`, `auto_reply`).',
      nl: 'Een reactietijd is een belofte. De termijnen van de stappen van het werkproces (signaleren, beantwoorden, goedkeuren, plaatsen) moeten samen binnen `response_time_hours` passen, anders is de belofte zelfs op een goede dag niet waar te maken. Is webcare maar een deel van de week bemand (`hours`) en is de belofte korter dan een weekend, dan moet iemand meelezen in de avonden, weekenden en vakanties, of moet een automatisch antwoord zeggen wanneer er antwoord komt (`coverage`, `auto_reply`).',
    },
    example:
      'version: 1\nwebcare:\n  response_time_hours: 24\n  hours: ma-vr 08:30-17:00\n  workflow:\n    detect: {by: [kim], within_hours: 4}\n    respond: {by: [kim], within_hours: 24}\n    approve: {by: [sanne], within_hours: 4}\n    publish: {by: [kim], within_hours: 2}\n',
    sources: ['kennisnet', 'social'],
  },
  messages: {
    'steps-exceed': message<{ total: number; promised: number; steps: readonly { step: Step; hours: number }[] }>(
      (p, w) =>
        `The workflow’s steps take up to ${w.count(p.total, 'hour')} together (${p.steps.map((s) => `${{ detect: 'spot', respond: 'answer', approve: 'approve', publish: 'post' }[s.step]} ${w.number(s.hours)}`).join(', ')}), more than the ${w.count(p.promised, 'hour')} promised. Shorten the terms or promise what you can keep.`,
      (p, w) =>
        `De stappen van webcare kunnen samen ${w.count(p.total, 'hour')} duren (${p.steps.map((s) => `${{ detect: 'signaleren', respond: 'beantwoorden', approve: 'goedkeuren', publish: 'plaatsen' }[s.step]} ${w.count(s.hours, 'hour')}`).join(', ')}): langer dan de ${w.count(p.promised, 'hour')} die je belooft. Maak de termijnen korter of beloof wat je kunt waarmaken.`,
    ),
    'no-cover': message<{ staffed: string; promised: number }>(
      (p, w) =>
        `Webcare is staffed ${w.quote(p.staffed)}, but promises an answer within ${w.count(p.promised, 'hour')}: nobody covers evenings, weekends and holidays. Say who does, or set an auto-reply that says when an answer comes.`,
      (p, w) =>
        `Webcare is bemand op ${w.quote(p.staffed)}, maar je belooft antwoord binnen ${w.count(p.promised, 'hour')}: in de avonden, weekenden en vakanties leest niemand mee. Leg vast wie dat doet, of stel een automatisch antwoord in dat zegt wanneer er antwoord komt.`,
    ),
  },
  check({ strategy, report }) {
    const webcare = strategy.webcare;
    const promised = webcare?.response_time_hours;
    if (!webcare || promised === undefined || entries(strategy.channels).length === 0) return;
    const steps = STEPS.flatMap((step) => {
      const hours = webcare.workflow?.[step]?.within_hours;
      return hours === undefined ? [] : [{ step, hours }];
    });
    const total = steps.reduce((sum, step) => sum + step.hours, 0);
    if (steps.length > 1 && total > promised)
      report({ pointer: pointer('webcare', 'workflow'), at: 'key', messageId: 'steps-exceed', data: { total, promised, steps } });
    if (webcare.hours && promised < WEEKEND_HOURS && !webcare.coverage && !webcare.auto_reply) {
      report({ pointer: pointer('webcare', 'hours'), messageId: 'no-cover', data: { staffed: webcare.hours, promised } });
    }
  },
});
