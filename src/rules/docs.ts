// The documentation of each rule, docs/rules/<id>.md and <id>.nl.md, made from the rule's own
// metadata: its default severity and options, its description and rationale, and an example
// with the findings `strategy check` really gives on it. test/rules/docs.test.ts fails when
// the files drift from what this makes (UPDATE_DOCS=1 writes them).
import { LANGUAGES } from '../model/strategy.js';
import type { Language } from '../model/strategy.js';
import { words } from '../i18n/words.js';
import { CATALOGUES } from '../i18n/catalogues.js';
import { META_RULES } from './meta.js';
import type { MetaRule } from './meta.js';
import { RULES } from './registry.js';
import type { Rule } from './types.js';
import { lintSource } from './run.js';
import { describeFinding, ruleDescription, ruleRationale } from './describe.js';

/** The day the documentation's examples are checked on. */
export const DOCS_DAY = '2027-05-01';

/** The file name of a rule's documentation in `language`. */
export function ruleDocFile(id: string, language: Language): string {
  return language === 'en' ? `${id}.md` : `${id}.${language}.md`;
}

/** "[Nederlands](two-admins.nl.md)": links to the same page in each other language. */
function otherLanguages(language: Language, file: (language: Language) => string): string {
  return LANGUAGES.filter((other) => other !== language)
    .map((other) => `[${CATALOGUES[other].ruleDocs.languageName}](${file(other)})`)
    .join(' · ');
}

export function ruleDocument(rule: Rule | MetaRule, language: Language): string {
  const h = CATALOGUES[language].ruleDocs;
  const w = words(language);
  const isMeta = !('options' in rule);
  const severity = isMeta ? `**${h.severity}:** ${h.always}` : `**${h.default}:** ${w.value('severity', rule.severity)}`;
  const options = isMeta
    ? ''
    : ` · **${h.options}:** ${
        Object.keys(rule.options).length === 0
          ? h.none
          : Object.entries(rule.options)
              .map(([name, value]) => `\`${name}\` (${h.optionDefault} \`${String(value)}\`)`)
              .join(', ')
      }`;
  const lines = [
    `# ${rule.id}`,
    '',
    `<!-- ${h.generated} -->`,
    '',
    `${severity}${options} · ${otherLanguages(language, (other) => ruleDocFile(rule.id, other))}`,
    '',
    ruleDescription(rule.id, language),
    '',
    ruleRationale(rule.id, language),
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
  if (sources.length > 0) lines.push('', `## ${h.sources}`, '', ...sources.map((id) => `- ${h.credits[id]}`));
  return `${lines.join('\n')}\n`;
}

/** docs/rules/README.md and README.nl.md: every rule with its default severity and one line. */
export function ruleIndex(language: Language): string {
  const headings = CATALOGUES[language].ruleDocs;
  const h = headings.index;
  const w = words(language);
  return [
    `# ${h.title}`,
    '',
    `<!-- ${headings.generated} -->`,
    '',
    `${h.intro} ${otherLanguages(language, (other) => ruleDocFile('README', other))}`,
    '',
    `| ${h.rule} | ${h.severity} | ${h.what} |`,
    '| --- | --- | --- |',
    ...RULES.map(
      (rule) =>
        `| [${rule.id}](${ruleDocFile(rule.id, language)}) | ${w.value('severity', rule.severity)} | ${ruleDescription(rule.id, language)} |`,
    ),
    '',
    `${h.reader} ${META_RULES.map((rule) => `[${rule.id}](${ruleDocFile(rule.id, language)})`).join(', ')}.`,
    '',
  ].join('\n');
}

/** Every documentation file, by name. */
export function ruleDocuments(): Map<string, string> {
  const files = new Map<string, string>(LANGUAGES.map((language) => [ruleDocFile('README', language), ruleIndex(language)]));
  for (const rule of [...META_RULES, ...RULES]) {
    for (const language of LANGUAGES) files.set(ruleDocFile(rule.id, language), ruleDocument(rule, language));
  }
  return files;
}
