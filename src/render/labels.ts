// Every heading and label of the rendered documents, one table per language
// (src/i18n/<language>/labels.ts). Templates ask for them by key (`{{t "goals.title"}}`,
// `{{label "platform" platform}}`), so a house-style template never hard-codes a language.
import type { Language } from '../model/strategy.js';
import { VOCABULARY } from '../i18n/vocabulary.js';
import { labels as en } from '../i18n/en/labels.js';
import { CATALOGUES } from '../i18n/catalogues.js';
import type { LabelKey } from '../i18n/en/labels-type.js';

export type { LabelKey };
export const LABEL_KEYS = Object.keys(en) as LabelKey[];

export type ValueKind =
  | 'sector'
  | 'learners'
  | 'domain'
  | 'userType'
  | 'visibility'
  | 'frequency'
  | 'status'
  | 'per'
  | 'weekday'
  | 'format';

export interface LabelTable {
  label(key: LabelKey, values?: Record<string, string | number>): string;
  value(kind: ValueKind, value: string): string;
  month(index: number): string;
}

export function labels(language: Language): LabelTable {
  const table = CATALOGUES[language].labels;
  const vocabulary = VOCABULARY[language];
  return {
    label: (key, params) => table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? '')),
    // Weekdays are short in tables and calendars (ma, di; Mon, Tue).
    value: (kind, value) => ((kind === 'weekday' ? vocabulary.weekdayShort : vocabulary[kind]) as Record<string, string>)[value] ?? value,
    month: (index) => vocabulary.month[index] ?? '',
  };
}

/** The name of a platform as its users write it (Instagram, LinkedIn); "other" in the language. */
export function platformName(platform: string, language: Language): string {
  return (VOCABULARY[language].platform as Record<string, string>)[platform] ?? platform;
}

/** The platform of a channel by name: its own name for a platform not in the list (Discord), or a parents' app's (Parro). */
export function channelPlatformName(channel: { platform: string; platform_name?: string }, language: Language): string {
  return (channel.platform === 'other' || channel.platform === 'parents-app') && channel.platform_name?.trim()
    ? channel.platform_name.trim()
    : platformName(channel.platform, language);
}
