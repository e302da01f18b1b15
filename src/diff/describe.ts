// A change in the reader's language: "doel *Aanmeldingen via Instagram*: streefwaarde 600 → 500
// (verlaagd)", "kanaal TikTok verwijderd; nog 6 keer genoemd in het publicatieritme of de kalender".
import type { Language } from '../model/strategy.js';
import { words } from '../i18n/words.js';
import { platformName } from '../render/labels.js';
import type { Change, Subject } from './changes.js';
import { FIELD_NAMES as ALL_FIELDS } from './field-names.js';

/** A field's name in the reader's language; an id or a list item's identity as it is. */
function fieldName(key: string, language: Language): string {
  const names = ALL_FIELDS[key];
  return names ? names[language === 'nl' ? 0 : 1] : key.replace(/^#/, language === 'nl' ? 'nr. ' : 'no. ');
}

const SUBJECTS: Record<Language, Record<Subject, string>> = {
  nl: {
    goal: 'doel',
    channel: 'kanaal',
    audience: 'doelgroep',
    member: 'teamlid',
    pillar: 'contentpijler',
    kpi: 'KPI',
    'key-date': 'belangrijke datum',
    webcare: 'webcare',
    privacy: 'privacy',
    crisis: 'crisis',
    guidelines: 'richtlijnen',
    rule: 'regel',
    period: 'periode',
    team: 'team',
    measurement: 'meting',
    item: 'kalenderitem',
    section: '',
  },
  en: {
    goal: 'goal',
    channel: 'channel',
    audience: 'audience',
    member: 'team member',
    pillar: 'content pillar',
    kpi: 'KPI',
    'key-date': 'key date',
    webcare: 'webcare',
    privacy: 'privacy',
    crisis: 'crisis',
    guidelines: 'guidelines',
    rule: 'rule',
    period: 'period',
    team: 'team',
    measurement: 'measurement',
    item: 'calendar item',
    section: '',
  },
};

const FIELD_NAMES: Record<Language, Record<string, string>> = {
  nl: {
    policy: 'privacybeleid',
    consent: 'toestemmingsbeleid',
    consent_per: 'toestemming per doel',
    register: 'register van toestemmingen',
    withdrawal: 'intrekken van toestemming',
    reconsent_at_16: 'toestemming opnieuw vragen op 16 jaar',
    plan: 'crisisplan',
    spokesperson: 'woordvoerder',
    first_steps: 'eerste stappen',
    hacked_account: 'aanpak gehackt account',
    protocol: 'protocol sociale media',
    parents: 'ouders informeren',
    owner: 'eigenaar',
  },
  en: {
    policy: 'privacy policy',
    consent: 'consent policy',
    consent_per: 'consent per purpose',
    register: 'consent register',
    withdrawal: 'withdrawal of consent',
    reconsent_at_16: 'consent asked again at 16',
    plan: 'crisis plan',
    spokesperson: 'spokesperson',
    first_steps: 'first steps',
    hacked_account: 'hacked-account plan',
    protocol: 'social-media protocol',
    parents: 'informing parents',
    owner: 'owner',
  },
};

const SEVERITIES: Record<Language, Record<string, string>> = {
  nl: { off: 'uit', info: 'info', warning: 'waarschuwing', error: 'fout' },
  en: { off: 'off', info: 'info', warning: 'warning', error: 'error' },
};

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

/** A change to any field: where it is, its field, and the values before and after. */
function describeOther(change: Change, language: Language, emphasis: Emphasis): string {
  const nl = language === 'nl';
  const w = words(language);
  const own = emphasis.text ?? ((text: string) => text);
  const subject = SUBJECTS[language][change.subject];
  const name = change.platform
    ? `${platformName(change.platform, language)}${change.id !== change.platform ? ` (${change.id})` : ''}`
    : change.name;
  const where = [
    subject && name ? `${subject} ${emphasis.name(name)}` : subject,
    ...(change.fieldPath ?? []).map((key) => (ALL_FIELDS[key] ? fieldName(key, language) : own(key))),
  ]
    .filter(Boolean)
    .join(' › ');
  const value = (v: string | number | null | undefined): string =>
    v === null || v === undefined ? '' : typeof v === 'number' ? w.number(v, 2) : /^\d{4}-\d{2}-\d{2}$/.test(v) ? w.date(v) : `“${own(v)}”`;
  const long = (v: string | number | null | undefined): boolean => typeof v === 'string' && v.length > 80;
  if (change.kind === 'measurement-changed' || change.kind === 'measurement-removed' || change.kind === 'measurement-added') {
    const what = `${nl ? 'meting van' : 'measurement of'} ${emphasis.name(change.name)} ${nl ? 'op' : 'on'} ${w.date(change.field ?? '')}`;
    if (change.kind === 'measurement-added') return `${what}: ${value(change.after)} ${nl ? 'toegevoegd' : 'added'}`;
    if (change.kind === 'measurement-removed') return `${what} (${value(change.before)}) ${nl ? 'verwijderd' : 'removed'}`;
    return `${what}: ${value(change.before)} → ${value(change.after)} (${nl ? 'eerder vastgelegd cijfer gewijzigd' : 'a figure already recorded, changed'})`;
  }
  if (change.kind === 'value-added')
    return `${where}: ${change.after !== null && !long(change.after) ? `${value(change.after)} ` : ''}${nl ? 'toegevoegd' : 'added'}`;
  if (change.kind === 'value-removed')
    return `${where}: ${change.before !== null && !long(change.before) ? `${value(change.before)} ` : ''}${nl ? 'verwijderd' : 'removed'}`;
  if (change.before === null || change.after === null || long(change.before) || long(change.after))
    return `${where} ${nl ? 'gewijzigd' : 'changed'}`;
  return `${where}: ${value(change.before)} → ${value(change.after)}`;
}

function describeKnown(change: Change, language: Language, emphasis: Emphasis): string | undefined {
  const nl = language === 'nl';
  const w = words(language);
  const subject = SUBJECTS[language][change.subject];
  // A channel by its platform's name (TikTok), with its id when that says more (instagram-studenten).
  const name = change.platform
    ? `${platformName(change.platform, language)}${change.id !== change.platform ? ` (${change.id})` : ''}`
    : change.name;
  const who = name ? `${subject} ${emphasis.name(name)}` : subject;
  const own = emphasis.text ?? ((text: string) => text);
  const value = (v: string | number | null | undefined): string =>
    v === null || v === undefined
      ? nl
        ? 'geen'
        : 'none'
      : typeof v === 'number'
        ? w.number(v, 2)
        : /^\d{4}-\d{2}-\d{2}$/.test(v)
          ? w.date(v)
          : own(v);
  const field = change.field ? (FIELD_NAMES[language][change.field] ?? change.field) : '';
  switch (change.kind) {
    case 'added':
      return nl ? `${who} toegevoegd` : `${who} added`;
    case 'removed': {
      const refs = change.references
        ? nl
          ? `; nog ${change.references} keer genoemd in het publicatieritme of de kalender`
          : `; still named ${change.references} times in the cadence or the calendar`
        : '';
      return `${nl ? `${who} verwijderd` : `${who} removed`}${refs}`;
    }
    case 'target': {
      const up = typeof change.before === 'number' && typeof change.after === 'number' && change.after > change.before;
      const how =
        change.after === null
          ? ''
          : nl
            ? ` (${change.weakening ? 'minder ambitieus' : up ? 'verhoogd' : 'verlaagd'})`
            : ` (${change.weakening ? 'less ambitious' : up ? 'raised' : 'lowered'})`;
      return `${who}: ${nl ? 'streefwaarde' : 'target'} ${value(change.before)} → ${value(change.after)}${how}`;
    }
    case 'deadline':
      return `${who}: deadline ${value(change.before)} → ${value(change.after)}${change.weakening && change.after !== null ? (nl ? ' (later)' : ' (later)') : ''}`;
    case 'baseline':
      return `${who}: ${nl ? 'nulmeting' : 'baseline'} ${value(change.before)} → ${value(change.after)}`;
    case 'admins':
      return `${who}: ${nl ? 'beheerders' : 'administrators'} ${typeof change.before === 'string' ? own(change.before) : value(change.before)} → ${typeof change.after === 'string' ? own(change.after) : value(change.after)}${change.weakening ? (nl ? ' (minder)' : ' (fewer)') : ''}`;
    case 'cadence':
      return `${who}: ${value(change.before)} → ${value(change.after)} ${nl ? 'berichten per week' : 'posts a week'}`;
    case 'hours':
      return `${who}: ${value(change.before)} → ${value(change.after)} ${nl ? 'uur per week' : 'hours a week'}`;
    case 'response-time':
      return `${who}: ${nl ? 'reactietijd' : 'response time'} ${value(change.before)} → ${value(change.after)} ${nl ? 'uur' : 'hours'}${change.weakening && change.after !== null ? (nl ? ' (langzamer)' : ' (slower)') : ''}`;
    case 'field-removed':
      return nl ? `${who}: ${field} verwijderd` : `${who}: ${field} removed`;
    case 'field-added':
      return nl ? `${who}: ${field} toegevoegd` : `${who}: ${field} added`;
    case 'field-changed':
      return `${who}: ${field} ${nl ? 'gewijzigd' : 'changed'}${typeof change.before === 'string' && typeof change.after === 'string' && change.before.length + change.after.length < 80 ? ` (${own(change.before)} → ${own(change.after)})` : ''}`;
    case 'rule-severity': {
      const level = (v: string | number | null | undefined): string =>
        v === null || v === undefined ? (nl ? 'standaard' : 'default') : (SEVERITIES[language][String(v)] ?? String(v));
      return `${who}: ${level(change.before)} → ${level(change.after)}${change.weakening ? (nl ? ' (minder streng)' : ' (less strict)') : ''}`;
    }
    case 'period':
      return `${subject}: ${value(change.before)} → ${value(change.after)}`;
    default:
      return undefined;
  }
}
