// Formatters turn check results into text. Each is a pure function; the registry's type makes
// a format without its formatter a compile error.
import type { FileResult } from '../model/finding.js';
import type { Translate } from '../i18n/messages.js';
import type { Palette } from '../cli/color.js';
import { stylish } from './stylish.js';
import { json } from './json.js';

export interface FormatContext {
  t: Translate;
  color: Palette;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export const FORMAT_NAMES = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const formatters: Record<FormatName, Formatter> = { stylish, json };

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
