import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';

const STEPS = ['detect', 'respond', 'approve', 'publish'] as const;
type Part = 'webcare.owner' | 'webcare.response_time_hours' | `webcare.workflow.${(typeof STEPS)[number]}`;

export default defineRule({
  id: 'webcare-defined',
  severity: 'warning',
  options: {},
  description: {
    en: 'Webcare has someone responsible, a response time and someone for each step of its workflow.',
    nl: 'Webcare heeft een verantwoordelijke, een reactietijd en voor elke stap van het werkproces iemand die hem uitvoert.',
  },
  docs: {
    rationale: {
      en: 'Once a strategy has channels, webcare must be arranged: who is responsible (`owner`), within how many hours every message is answered (`response_time_hours`), and people (`by`) for each step of the workflow: spotting (`detect`), answering (`respond`), approving (`approve`) and posting (`publish`). Where one person may do it all (`one_person: true`, a small school where the head answers directly), the owner and the response time suffice. Messages left unanswered harm the reputation.',
      nl: 'Zodra een strategie kanalen heeft, moet webcare geregeld zijn: wie verantwoordelijk is (`owner`), binnen hoeveel uur elk bericht antwoord krijgt (`response_time_hours`), en mensen (`by`) voor elke stap van het werkproces: signaleren (`detect`), reageren (`respond`), goedkeuren (`approve`) en publiceren (`publish`). Mag één persoon alles doen (`one_person: true`, een kleine school waar de directeur zelf antwoordt), dan volstaan de verantwoordelijke en de reactietijd. Onbeantwoorde berichten schaden de reputatie.',
    },
    example: 'version: 1\nchannels:\n  facebook: {platform: facebook, admins: [a, b]}\nwebcare:\n  response_time_hours: 24\n',
    sources: ['kennisnet', 'social'],
  },
  messages: {
    missing: message<{ parts: readonly Part[] }>(
      (p, w) =>
        `Webcare is not arranged yet. Still to record: ${w.list(p.parts.map((part) => w.field(part)))}. Messages left unanswered harm the reputation.`,
      (p, w) =>
        `Webcare is nog niet geregeld. Leg nog vast: ${w.list(p.parts.map((part) => w.field(part)))}. Onbeantwoorde berichten schaden de reputatie.`,
    ),
  },
  check({ strategy, report }) {
    // Without channels there is nothing to answer on yet.
    if (entries(strategy.channels).length === 0) return;
    const webcare = strategy.webcare;
    const missing: Part[] = [];
    if (!webcare?.owner) missing.push('webcare.owner');
    if (webcare?.response_time_hours === undefined) missing.push('webcare.response_time_hours');
    // Where one person may do it all (the head teacher answers directly), the owner does every step.
    if (!webcare?.one_person)
      for (const step of STEPS) if ((webcare?.workflow?.[step]?.by ?? []).length === 0) missing.push(`webcare.workflow.${step}`);
    if (missing.length === 0) return;
    report({ pointer: webcare ? pointer('webcare') : '', at: 'key', messageId: 'missing', data: { parts: missing } });
  },
});
