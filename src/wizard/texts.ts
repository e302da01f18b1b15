// The wizard's own words in the user's language (src/i18n/<language>/wizard.ts).
import type { Language } from '../model/strategy.js';
import { wizard as en } from '../i18n/en/wizard.js';
import { wizard as nl } from '../i18n/nl/wizard.js';

export type WizardText = typeof en;

const TEXTS: Record<Language, WizardText> = { nl, en };

export function wizardText(language: Language): WizardText {
  return TEXTS[language];
}
