// The rules' texts in English: advice on the method's building blocks and on the people
// online. Each rule has a one-line description, the method's rationale (for docs/rules/) and
// the messages of its findings.
import type { Words } from '../words.js';
import { learners } from './sector-words.js';

export const adviceRules = {
  ambassadors: {
    description: 'Students, alumni or staff who post for the organisation have guidelines as ambassadors.',
    rationale:
      'Prospective students trust their peers more than the organisation itself, so students, alumni and staff who post about it are its best ambassadors (Kennisnet). Where they do, they need guidelines (`guidelines.ambassadors`): what they post, how they are supported and how they are credited, and, for influencers who are paid, that the post says so. Advice for secondary schools, mbo, hbo, wo and adult education; switch it off with `checks: {ambassadors: off}`.',
    messages: {
      missing: (p: { sector?: string }, w: Words): string =>
        `${w.capital(learners(p.sector))}, alumni and staff are your most trusted voices: record the guidelines for those who post for you as ambassadors (what they post, how you support and credit them).`,
    },
  },
  'building-blocks': {
    description: 'The strategy records where it starts (baseline), what social media add (vision) and whom it learns from (benchmark).',
    rationale:
      'The method’s first building blocks come before the goals: the baseline (`baseline`: how social media are used now, the accounts, the hours), the vision (`organisation.vision`: what social media add to the core strategy; social media are no goal in themselves) and the benchmark (`benchmark`: what comparable organisations do well, and what to avoid). Without a baseline no progress can be shown; without a vision, no choice explained. Advice: switch it off with `checks: {building-blocks: off}`.',
    messages: {
      baseline: (_p: Record<string, never>): string =>
        'There is no baseline: record how you use social media now (the accounts, the hours, what goes well), so that progress can be shown against it.',
      vision: (_p: Record<string, never>): string =>
        'There is no vision: record what social media add to your organisation’s core strategy. Social media are no goal in themselves.',
      benchmark: (_p: Record<string, never>): string =>
        'There is no benchmark: name a comparable organisation or two, what they do well and what you want to avoid.',
    },
  },
  listening: {
    description: 'The strategy says how often and how the team looks for messages and mentions.',
    rationale:
      'Webcare starts with noticing: the team looks for messages and mentions several times a day, on every channel, with the platforms’ notifications or a monitoring tool (Kennisnet). The strategy records how often and how (`webcare.listening`), so that a message left on Friday afternoon is not found on Monday. Advice: switch it off with `checks: {listening: off}`.',
    messages: {
      missing: (_p: Record<string, never>): string =>
        'Record how often and how the team looks for messages and mentions (three times a working day, with the platforms’ notifications, say): webcare starts with noticing.',
    },
  },
  'room-to-learn': {
    description: 'The strategy leaves room to try things out in the first weeks and to learn from mistakes.',
    rationale:
      'A new strategy needs room to experiment: time in the first weeks to try formats, times and tones and see what works, and mistakes looked at together and learned from rather than blamed (EPALE). The strategy records how (`guidelines.learning`), so that the team dares to try. Advice: switch it off with `checks: {room-to-learn: off}`.',
    messages: {
      missing: (_p: Record<string, never>): string =>
        'Leave room to learn: record how the team tries things out in the first weeks and how it handles mistakes (looked at together, learned from, not blamed).',
    },
  },
};
