// A change in the reader's language: "doel *Aanmeldingen via Instagram*: streefwaarde 600 → 500
// (verlaagd)", "kanaal TikTok verwijderd; nog 6 keer genoemd in het publicatieritme of de kalender".
// The words are each language's (src/i18n/<language>/changes.ts).
import type { Language } from '../model/strategy.js';
import { words } from '../i18n/words.js';
import { VOCABULARY } from '../i18n/vocabulary.js';
import { CATALOGUES } from '../i18n/catalogues.js';
import type { ChangeWords } from '../i18n/en/changes.js';
import { platformName } from '../render/labels.js';
import type { Change, Subject } from '../core/versions/changes.js';

/** Each language's words for changes, with a name for every subject a change has. */
const wordsOf = (language: Language): ChangeWords & { subjects: Record<Subject, string> } => CATALOGUES[language].changes;

/** Whether the field has a name a reader knows. */
export function isNamedField(key: string): boolean {
  return Object.hasOwn(CATALOGUES.en.changes.fields, key);
}

/** A field's name in the reader's language; an id or a list item's identity as it is. */
function fieldName(key: string, language: Language): string {
  const t = wordsOf(language);
  return isNamedField(key) ? (t.fields as Record<string, string>)[key]! : key.replace(/^#/, t.itemNumber);
}

export interface Emphasis {
  /** How a name stands out: *name* in Markdown, "name" in plain text. */
  name(text: string): string;
  /** A value the user wrote, as the output format needs it (escaped in Markdown). */
  text?(text: string): string;
}

export const PLAIN: Emphasis = { name: (text) => `"${text}"` };

export function describeChange(change: Change, language: Language, emphasis: Emphasis = PLAIN): string {
  return describeKnown(change, language, emphasis) ?? describeOther(change, language, emphasis);
}

/** A channel by its platform's name (TikTok), with its id when that says more (instagram-studenten). */
function nameOf(change: Change, language: Language): string {
  return change.platform
    ? `${platformName(change.platform, language)}${change.id !== change.platform ? ` (${change.id})` : ''}`
    : change.name;
}

/** A change to any field: where it is, its field, and the values before and after. */
function describeOther(change: Change, language: Language, emphasis: Emphasis): string {
  const t = wordsOf(language);
  const w = words(language);
  const own = emphasis.text ?? ((text: string) => text);
  const subject = t.subjects[change.subject];
  const name = nameOf(change, language);
  const where = [
    subject && name ? `${subject} ${emphasis.name(name)}` : subject,
    ...(change.fieldPath ?? []).map((key) => (isNamedField(key) ? fieldName(key, language) : own(key))),
  ]
    .filter(Boolean)
    .join(' › ');
  const value = (v: string | number | null | undefined): string =>
    v === null || v === undefined ? '' : typeof v === 'number' ? w.number(v, 2) : /^\d{4}-\d{2}-\d{2}$/.test(v) ? w.date(v) : `“${own(v)}”`;
  const long = (v: string | number | null | undefined): boolean => typeof v === 'string' && v.length > 80;
  if (change.kind === 'measurement-changed' || change.kind === 'measurement-removed' || change.kind === 'measurement-added') {
    const what = t.measurement(emphasis.name(change.name), w.date(change.field ?? ''));
    if (change.kind === 'measurement-added') return `${what}: ${value(change.after)} ${t.added}`;
    if (change.kind === 'measurement-removed') return `${what} (${value(change.before)}) ${t.removed}`;
    return `${what}: ${value(change.before)} → ${value(change.after)} (${t.figureChanged})`;
  }
  if (change.kind === 'value-added')
    return `${where}: ${change.after !== null && !long(change.after) ? `${value(change.after)} ` : ''}${t.added}`;
  if (change.kind === 'value-removed')
    return `${where}: ${change.before !== null && !long(change.before) ? `${value(change.before)} ` : ''}${t.removed}`;
  if (change.before === null || change.after === null || long(change.before) || long(change.after)) return `${where} ${t.changed}`;
  return `${where}: ${value(change.before)} → ${value(change.after)}`;
}

function describeKnown(change: Change, language: Language, emphasis: Emphasis): string | undefined {
  const t = wordsOf(language);
  const w = words(language);
  const subject = t.subjects[change.subject];
  const name = nameOf(change, language);
  const who = name ? `${subject} ${emphasis.name(name)}` : subject;
  const own = emphasis.text ?? ((text: string) => text);
  const value = (v: string | number | null | undefined): string =>
    v === null || v === undefined ? t.none : typeof v === 'number' ? w.number(v, 2) : /^\d{4}-\d{2}-\d{2}$/.test(v) ? w.date(v) : own(v);
  const field = change.field ? ((t.safeguards as Record<string, string>)[change.field] ?? change.field) : '';
  const from = `${value(change.before)} → ${value(change.after)}`;
  switch (change.kind) {
    case 'added':
      return `${who} ${t.added}`;
    case 'removed':
      return `${who} ${t.removed}${change.references ? t.stillNamed(change.references) : ''}`;
    case 'target': {
      const up = typeof change.before === 'number' && typeof change.after === 'number' && change.after > change.before;
      const how = change.after === null ? '' : ` (${change.weakening ? t.lessAmbitious : up ? t.raised : t.lowered})`;
      return `${who}: ${t.target} ${from}${how}`;
    }
    case 'deadline':
      return `${who}: deadline ${from}${change.weakening && change.after !== null ? ` (${t.later})` : ''}`;
    case 'baseline':
      return `${who}: ${t.baseline} ${from}`;
    case 'admins':
      return `${who}: ${t.administrators} ${typeof change.before === 'string' ? own(change.before) : value(change.before)} → ${typeof change.after === 'string' ? own(change.after) : value(change.after)}${change.weakening ? ` (${t.fewer})` : ''}`;
    case 'cadence':
      return `${who}: ${from} ${t.postsAWeek}`;
    case 'hours':
      return `${who}: ${from} ${t.hoursAWeek}`;
    case 'response-time':
      return `${who}: ${t.responseTime} ${from} ${t.hours}${change.weakening && change.after !== null ? ` (${t.slower})` : ''}`;
    case 'field-removed':
      return `${who}: ${field} ${t.removed}`;
    case 'field-added':
      return `${who}: ${field} ${t.added}`;
    case 'field-changed':
      return `${who}: ${field} ${t.changed}${typeof change.before === 'string' && typeof change.after === 'string' && change.before.length + change.after.length < 80 ? ` (${own(change.before)} → ${own(change.after)})` : ''}`;
    case 'rule-severity': {
      const level = (v: string | number | null | undefined): string =>
        v === null || v === undefined ? t.default : ((VOCABULARY[language].severity as Record<string, string>)[String(v)] ?? String(v));
      return `${who}: ${level(change.before)} → ${level(change.after)}${change.weakening ? ` (${t.lessStrict})` : ''}`;
    }
    case 'period':
      return `${subject}: ${from}`;
    default:
      return undefined;
  }
}
