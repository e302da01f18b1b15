// `# strategy-disable-next-line rule-id -- reason`: the runner (run.ts) applies these
// comments; this rule carries the severity and the texts of what it reports about them.
import { defineRule, message } from './types.js';

export default defineRule({
  id: 'suppressions',
  severity: 'warning',
  options: {},
  description: {
    en: 'Every "strategy-disable-next-line" comment names a known rule, gives a reason and is needed.',
    nl: 'Elke commentaarregel "strategy-disable-next-line" noemt een bestaande regel, geeft een reden en is nodig.',
  },
  docs: {
    rationale: {
      en: 'A finding can be suppressed for the line below a comment that gives a reason, e.g. `# strategy-disable-next-line two-admins -- one-person pilot until March`. This rule reports such a comment when it names an unknown rule, gives no reason after ` -- `, or suppresses nothing. Schema and YAML errors cannot be suppressed.',
      nl: 'Je kunt een melding voor de volgende regel in het bestand uitschakelen met een commentaar met een reden, bijvoorbeeld `# strategy-disable-next-line two-admins -- pilot met één persoon tot maart`. Deze controle meldt zo’n commentaar als het een onbekende controle noemt, geen reden geeft na ` -- `, of niets uitschakelt. Fouten in het schema of in de YAML kun je niet uitschakelen.',
    },
    example: 'version: 1\nchannels:\n  tiktok:\n    platform: tiktok\n    # strategy-disable-next-line two-admins\n    admins: [lotte]\n',
  },
  messages: {
    unused: message<{ rule: string }>(
      (p, w) => `This comment suppresses ${w.quote(p.rule)}, but the line below has no such finding; remove the comment.`,
      (p, w) =>
        `Dit commentaar schakelt ${w.quote(p.rule)} uit voor de volgende regel in het bestand, maar daar staat zo’n melding niet; haal het commentaar weg.`,
    ),
    'unknown-rule': message<{ rule: string; suggestion?: string }>(
      (p, w) =>
        `Unknown rule ${w.quote(p.rule)} in this comment.${p.suggestion ? ` Did you mean ${w.quote(p.suggestion)}?` : ''} Run "strategy rules" for the list.`,
      (p, w) =>
        `Onbekende regel ${w.quote(p.rule)} in dit commentaar.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Voer "strategy rules" uit voor de lijst.`,
    ),
    'no-reason': message<Record<string, never>>(
      () => 'Give a reason after " -- " ("# strategy-disable-next-line two-admins -- one-person pilot until March"), so others know why.',
      () =>
        'Geef een reden na " -- " ("# strategy-disable-next-line two-admins -- pilot met één persoon tot maart"), zodat anderen weten waarom.',
    ),
  },
  check() {},
});
