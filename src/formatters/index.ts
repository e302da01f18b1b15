// Formatters turn check results into text. Each is a pure function; the registry's type makes
// a format without its formatter a compile error.
import type { FileResult, Finding } from '../model/finding.js';
import type { Language } from '../model/strategy.js';
import type { Translate } from '../i18n/messages.js';
import type { Palette } from '../util/color.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { github } from './github.js';
import { sarif } from './sarif.js';
import { junit } from './junit.js';

import type { RuleInfo } from '../rules/catalogue.js';
export type { RuleInfo };

export interface FormatContext {
  /** The language of the run: every text below is in it. */
  language: Language;
  t: Translate;
  /** A finding's text (src/rules/describe.ts). */
  describe(finding: Finding): string;
  color: Palette;
  tool: { name: string; version: string; informationUri: string };
  rules: readonly RuleInfo[];
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

import { FORMAT_NAMES } from './names.js';
import type { FormatName } from './names.js';

export { FORMAT_NAMES };
export type { FormatName };

export const formatters: Record<FormatName, Formatter> = { stylish, json, github, sarif, junit };

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
