// How each language writes the small things inside a sentence: quotes, lists, numbers,
// percentages, dates, counted nouns with their articles and plurals, and the names of
// fields and schema values. Messages are written with these, so "5,8 uur", "1 kanaal" and
// "korte video, foto en story" come out right wherever they appear.
import type { Language } from '../model/strategy.js';
import { LEXICONS } from './vocabulary.js';
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

const plurals = new Map<Language, Intl.PluralRules>();

function pluralRules(language: Language): Intl.PluralRules {
  let rules = plurals.get(language);
  if (!rules) plurals.set(language, (rules = new Intl.PluralRules(LEXICONS[language].locale)));
  return rules;
}

/**
 * 1.240,5 in Dutch, 1,240.5 in English, with at most `digits` decimals. Written out rather
 * than with Intl.NumberFormat, whose locale data takes longer to load than a whole check.
 */
export function formatNumber(value: number, language: Language, digits = 2): string {
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  const fixed = Math.abs(rounded).toFixed(digits);
  const [whole = '', fraction] = (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed).split('.');
  const { group, decimal } = LEXICONS[language].marks;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
}

const cache = new Map<Language, Words>();

export function words(language: Language): Words {
  const cached = cache.get(language);
  if (cached) return cached;
  const lexicon = LEXICONS[language];
  const plural = (count: number): boolean => pluralRules(language).select(count) !== 'one';
  const nounText = (noun: NounId, many: boolean): string => {
    const entry = lexicon.nouns[noun];
    return many ? entry.other : entry.one;
  };
  const result: Words = {
    language,
    quote: (value) => JSON.stringify(String(value)),
    list(values, conjunction = 'and') {
      const texts = values.map(String);
      if (texts.length <= 1) return texts.join('');
      return `${texts.slice(0, -1).join(', ')} ${lexicon.conjunctions[conjunction]} ${texts[texts.length - 1]}`;
    },
    number: (value, digits = 1) => formatNumber(value, language, digits),
    percent: (value) => `${formatNumber(value, language, 1)}%`,
    date(iso) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!match) return iso;
      const [, year, month, day] = match;
      const name = lexicon.vocabulary.month[Number(month) - 1];
      if (!name) return iso;
      return lexicon.date(Number(day), name, year!);
    },
    count(count, noun) {
      if (count === 0) return lexicon.none(nounText(noun, true));
      return `${formatNumber(count, language, 2)} ${nounText(noun, plural(count))}`;
    },
    noun: (noun, many = false) => nounText(noun, many),
    article: (noun, kind) => lexicon.article(noun, kind),
    field: (field) => lexicon.fields[field],
    value: (kind, value) => (lexicon.vocabulary[kind] as Record<string, string>)[value] ?? String(value),
    capital: (text) => text.charAt(0).toLocaleUpperCase(lexicon.locale) + text.slice(1),
  };
  cache.set(language, result);
  return result;
}
