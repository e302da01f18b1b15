// The documentation of each rule, docs/rules/<id>.md and <id>.nl.md, made from the rule's own
// metadata: its default severity and options, its description and rationale, and an example
// with the findings `strategy check` really gives on it. test/rules/docs.test.ts fails when
// the files drift from what this makes (UPDATE_DOCS=1 writes them).
import { LANGUAGES } from '../model/strategy.js';
import type { Language } from '../model/strategy.js';
import { words } from '../i18n/words.js';
import { META_RULES } from './meta.js';
import type { MetaRule } from './meta.js';
import { RULES } from './registry.js';
import type { Rule } from './types.js';
import { lintSource } from './run.js';
import { describeFinding } from './describe.js';
import { SOURCES } from './sources.js';

/** The day the documentation's examples are checked on. */
export const DOCS_DAY = '2027-05-01';

const HEADINGS: Record<
  Language,
  {
    default: string;
    severity: string;
    always: string;
    options: string;
    none: string;
    example: string;
    sources: string;
    other: string;
    generated: string;
  }
> = {
  en: {
    default: 'Default',
    severity: 'Severity',
    always: 'always error (cannot be changed)',
    options: 'Options',
    none: 'none',
    example: 'Example',
    sources: 'Sources',
    other: '[Nederlands]',
    generated: 'Generated from the rule’s own texts; do not edit.',
  },
  nl: {
    default: 'Standaard',
    severity: 'Niveau',
    always: 'altijd fout (niet aan te passen)',
    options: 'Opties',
    none: 'geen',
    example: 'Voorbeeld',
    sources: 'Bronnen',
    other: '[English]',
    generated: 'Gemaakt uit de eigen teksten van de regel; niet bewerken.',
  },
};

/** The file name of a rule's documentation in `language`. */
export function ruleDocFile(id: string, language: Language): string {
  return language === 'en' ? `${id}.md` : `${id}.${language}.md`;
}

export function ruleDocument(rule: Rule | MetaRule, language: Language): string {
  const h = HEADINGS[language];
  const w = words(language);
  const isMeta = !('options' in rule);
  const severity = isMeta ? `**${h.severity}:** ${h.always}` : `**${h.default}:** ${w.value('severity', rule.severity)}`;
  const options = isMeta
    ? ''
    : ` · **${h.options}:** ${
        Object.keys(rule.options).length === 0
          ? h.none
          : Object.entries(rule.options)
              .map(([name, value]) => `\`${name}\` (${language === 'nl' ? 'standaard' : 'default'} \`${String(value)}\`)`)
              .join(', ')
      }`;
  const other = language === 'en' ? 'nl' : 'en';
  const lines = [
    `# ${rule.id}`,
    '',
    `<!-- ${h.generated} -->`,
    '',
    `${severity}${options} · ${h.other}(${ruleDocFile(rule.id, other)})`,
    '',
    rule.description[language],
    '',
    rule.docs.rationale[language],
  ];
  if (rule.docs.example !== '') {
    // Checked as on a fixed day, for the rules about what is overdue.
    const findings = lintSource(rule.docs.example, { today: DOCS_DAY }).findings.filter((finding) => finding.ruleId === rule.id);
    lines.push('', `## ${h.example}`, '', '```yaml', rule.docs.example.trimEnd(), '```');
    if (findings.length > 0) {
      lines.push(
        '',
        '```console',
        `$ strategy check${rule.id === 'measurements-current' || rule.id === 'on-course' || rule.id === 'review-due' ? ` --date ${DOCS_DAY}` : ''}`,
      );
      for (const finding of findings) {
        lines.push(
          `strategy.yaml:${finding.line}:${finding.column}  ${w.value('severity', finding.severity)}  ${finding.ruleId}  ${describeFinding(finding, language)}`,
        );
      }
      lines.push('```');
    }
  }
  const sources = 'sources' in rule.docs ? (rule.docs.sources ?? []) : [];
  if (sources.length > 0) lines.push('', `## ${h.sources}`, '', ...sources.map((id) => `- ${SOURCES[id][language]}`));
  return `${lines.join('\n')}\n`;
}

const INDEX: Record<Language, { title: string; intro: string; rule: string; severity: string; what: string; reader: string }> = {
  en: {
    title: 'The rules of the method',
    intro:
      'What `strategy check` holds a strategy to, in the order of the method; `strategy rules` lists the same. A rule’s severity and options can be set per strategy under `checks:`, or for one run with `--rule`.',
    rule: 'rule',
    severity: 'default',
    what: 'what it checks',
    reader: 'Findings about reading the file itself, always errors:',
  },
  nl: {
    title: 'De regels van de methode',
    intro:
      'Waar `strategy check` een strategie aan toetst, in de volgorde van de methode; `strategy rules` toont dezelfde lijst. Het niveau en de opties van een regel stel je per strategie in onder `checks:`, of voor één keer met `--rule`.',
    rule: 'regel',
    severity: 'standaard',
    what: 'wat de regel toetst',
    reader: 'Meldingen over het lezen van het bestand zelf, altijd fouten:',
  },
};

/** docs/rules/README.md and README.nl.md: every rule with its default severity and one line. */
export function ruleIndex(language: Language): string {
  const h = INDEX[language];
  const w = words(language);
  const other = language === 'en' ? 'README.nl.md' : 'README.md';
  return [
    `# ${h.title}`,
    '',
    `<!-- ${HEADINGS[language].generated} -->`,
    '',
    `${h.intro} ${HEADINGS[language].other}(${other})`,
    '',
    `| ${h.rule} | ${h.severity} | ${h.what} |`,
    '| --- | --- | --- |',
    ...RULES.map(
      (rule) =>
        `| [${rule.id}](${ruleDocFile(rule.id, language)}) | ${w.value('severity', rule.severity)} | ${rule.description[language]} |`,
    ),
    '',
    `${h.reader} ${META_RULES.map((rule) => `[${rule.id}](${ruleDocFile(rule.id, language)})`).join(', ')}.`,
    '',
  ].join('\n');
}

/** Every documentation file, by name. */
export function ruleDocuments(): Map<string, string> {
  const files = new Map<string, string>([
    ['README.md', ruleIndex('en')],
    ['README.nl.md', ruleIndex('nl')],
  ]);
  for (const rule of [...META_RULES, ...RULES]) {
    for (const language of LANGUAGES) files.set(ruleDocFile(rule.id, language), ruleDocument(rule, language));
  }
  return files;
}
