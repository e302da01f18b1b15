// The wizard's own words in the user's language (src/i18n/<language>/wizard.ts).
import type { Language } from '../model/strategy.js';
import { CATALOGUES } from '../i18n/catalogues.js';
import type { Catalogue } from '../i18n/catalogue.js';

export type WizardText = Catalogue['wizard'];

export function wizardText(language: Language): WizardText {
  return CATALOGUES[language].wizard;
}
