// What every formatter is given: the language of the run, its texts and the rules.
import type { Language } from '../model/strategy.js';
import { translator } from '../i18n/messages.js';
import { describeFinding } from '../rules/describe.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import type { Palette } from '../util/color.js';
import type { FormatContext } from './index.js';

export function formatContext(language: Language, color: Palette, version: string): FormatContext {
  return {
    language,
    t: translator(language),
    describe: (finding) => describeFinding(finding, language),
    color,
    tool: { name: 'strategy', version, informationUri: 'https://www.npmjs.com/package/strategy-as-code' },
    rules: ruleCatalogue(language),
  };
}
