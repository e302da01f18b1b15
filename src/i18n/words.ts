// How each language writes the small things inside a sentence: quotes, lists, numbers,
// percentages, dates, counted nouns with their articles and plurals, and the names of
// fields and schema values. Messages are written with these, so "5,8 uur", "1 kanaal" and
// "korte video, foto en story" come out right wherever they appear.
import type { Language } from '../model/strategy.js';
import { FIELDS, NOUNS, VOCABULARY } from './vocabulary.js';
import type { FieldId, NounId, ValueKind, ValueOf } from './vocabulary.js';

export interface Words {
  readonly language: Language;
  /** A value the user wrote, in quotes. */
  quote(value: unknown): string;
  /** "a, b and c" ("a, b en c"); `or` for alternatives. */
  list(values: readonly unknown[], conjunction?: 'and' | 'or'): string;
  /** 1.240 and 5,8 in Dutch; 1,240 and 5.8 in English; at most `digits` decimals. */
  number(value: number, digits?: number): string;
  /** 74% (a share of 0.74 is `percent(74)`). */
  percent(value: number): string;
  /** "1 oktober 2027" in prose; ISO dates that do not parse are left as they are. */
  date(iso: string): string;
  /** "1 kanaal", "3 kanalen", "geen kanalen". */
  count(count: number, noun: NounId): string;
  /** The noun alone, singular or plural. */
  noun(noun: NounId, plural?: boolean): string;
  /** "het kanaal" / "the channel"; "een kanaal" / "a channel"; "dit kanaal" / "this channel". */
  article(noun: NounId, kind: 'definite' | 'indefinite' | 'this'): string;
  /** A field as the wizard asks for it: "streefwaarde", "target". */
  field(field: FieldId): string;
  /** The label of a schema value: `value('format', 'short-video')` is "korte video". */
  value<K extends ValueKind>(kind: K, value: ValueOf<K> | string): string;
  /** The text with its first letter in upper case. */
  capital(text: string): string;
}

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const plurals = new Map<Language, Intl.PluralRules>();

function pluralRules(language: Language): Intl.PluralRules {
  let rules = plurals.get(language);
  if (!rules) plurals.set(language, (rules = new Intl.PluralRules(LOCALE[language])));
  return rules;
}

const MARKS: Record<Language, { group: string; decimal: string }> = { nl: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/**
 * 1.240,5 in Dutch, 1,240.5 in English, with at most `digits` decimals. Written out rather
 * than with Intl.NumberFormat, whose locale data takes longer to load than a whole check.
 */
export function formatNumber(value: number, language: Language, digits = 2): string {
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  const fixed = Math.abs(rounded).toFixed(digits);
  const [whole = '', fraction] = (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed).split('.');
  const { group, decimal } = MARKS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
}

const CONJUNCTIONS: Record<Language, Record<'and' | 'or', string>> = { nl: { and: 'en', or: 'of' }, en: { and: 'and', or: 'or' } };

const cache = new Map<Language, Words>();

export function words(language: Language): Words {
  const cached = cache.get(language);
  if (cached) return cached;
  const vocabulary = VOCABULARY[language];
  const plural = (count: number): boolean => pluralRules(language).select(count) !== 'one';
  const nounText = (noun: NounId, many: boolean): string => {
    const entry = NOUNS[noun][language];
    return many ? entry.other : entry.one;
  };
  const result: Words = {
    language,
    quote: (value) => JSON.stringify(String(value)),
    list(values, conjunction = 'and') {
      const texts = values.map(String);
      if (texts.length <= 1) return texts.join('');
      return `${texts.slice(0, -1).join(', ')} ${CONJUNCTIONS[language][conjunction]} ${texts[texts.length - 1]}`;
    },
    number: (value, digits = 1) => formatNumber(value, language, digits),
    percent: (value) => `${formatNumber(value, language, 1)}%`,
    date(iso) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!match) return iso;
      const [, year, month, day] = match;
      const name = vocabulary.month[Number(month) - 1];
      if (!name) return iso;
      return language === 'nl' ? `${Number(day)} ${name} ${year}` : `${Number(day)} ${name} ${year}`;
    },
    count(count, noun) {
      if (count === 0) return language === 'nl' ? `geen ${nounText(noun, true)}` : `no ${nounText(noun, true)}`;
      return `${formatNumber(count, language, 2)} ${nounText(noun, plural(count))}`;
    },
    noun: (noun, many = false) => nounText(noun, many),
    article(noun, kind) {
      const entry = NOUNS[noun];
      if (language === 'nl') {
        const neuter = entry.nl.article === 'het';
        const word = kind === 'definite' ? (neuter ? 'het' : 'de') : kind === 'this' ? (neuter ? 'dit' : 'deze') : 'een';
        const nl: { one: string; definite?: string } = entry.nl;
        return `${word} ${kind === 'indefinite' ? nl.one : (nl.definite ?? nl.one)}`;
      }
      const word = kind === 'definite' ? 'the' : kind === 'this' ? 'this' : entry.en.an ? 'an' : 'a';
      return `${word} ${entry.en.one}`;
    },
    field: (field) => FIELDS[field][language],
    value: (kind, value) => (vocabulary[kind] as Record<string, string>)[value] ?? String(value),
    capital: (text) => text.charAt(0).toLocaleUpperCase(LOCALE[language]) + text.slice(1),
  };
  cache.set(language, result);
  return result;
}
