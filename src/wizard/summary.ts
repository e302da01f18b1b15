// What the wizard shows before it writes: the strategy in sentences and short lists, block by
// block, in the user's language (not YAML), and the findings `strategy check` would report on
// it, in the same words.
import { stringify } from 'yaml';
import type { Language, Strategy } from '../model/strategy.js';
import type { Finding } from '../model/finding.js';
import { lintSource } from '../rules/run.js';
import { describeFinding } from '../rules/describe.js';
import { words } from '../i18n/words.js';
import { channelPlatformName } from '../render/labels.js';
import { goalDisplayName } from '../core/measures/goal.js';
import { VOCABULARY } from '../i18n/vocabulary.js';
import { wizardText } from './texts.js';

/** The findings `strategy check` reports on the strategy as it would be written. */
export function findingsOf(strategy: Record<string, unknown>, today: string): { findings: Finding[]; text: string } {
  const text = stringify(strategy, { lineWidth: 0, aliasDuplicateObjects: false });
  return { findings: lintSource(text, { today }).findings, text };
}

const MARK: Record<Finding['severity'], string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** The findings as the wizard says them: errors first, each on its own line. */
export function findingLines(
  findings: readonly Finding[],
  language: Language,
  severities: readonly Finding['severity'][] = ['error', 'warning'],
): string[] {
  const w = words(language);
  return findings
    .filter((finding) => severities.includes(finding.severity))
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : b.severity === 'error' ? 1 : 0))
    .map(
      (finding) => `  ${MARK[finding.severity]} ${w.capital(w.value('severity', finding.severity))}: ${describeFinding(finding, language)}`,
    );
}

/** The goals, one line each: from the baseline to the target by the deadline. */
function goalLines(strategy: Partial<Strategy>, language: Language): string[] {
  const w = words(language);
  const t = wizardText(language).summary;
  const lines: string[] = [];
  const goals = Object.entries(strategy.goals ?? {}).filter(([, g]) => g);
  if (goals.length > 0) {
    lines.push(`${t.goals}:`);
    for (const [, goal] of goals) {
      const unit = goal!.unit ? (goal!.unit === '%' ? '%' : ` ${goal!.unit}`) : '';
      const figures =
        goal!.target !== undefined
          ? ` ${t.goal(goal!.baseline !== undefined ? `${w.number(goal!.baseline)}${unit}` : '?', `${w.number(goal!.target)}${unit}`, goal!.deadline ? w.date(goal!.deadline) : '?')}`
          : '';
      lines.push(`  - ${goalDisplayName(goal!)}:${figures || ` ${goal!.statement}`}`);
    }
  }
  return lines;
}

/** The channels, one line each: the handle, posts a week and administrators. */
function channelLines(strategy: Partial<Strategy>, language: Language): string[] {
  const w = words(language);
  const t = wizardText(language).summary;
  const members = strategy.team?.members ?? {};
  const member = (id: string): string => members[id]?.name ?? id;
  const lines: string[] = [];
  const cadence = strategy.content?.cadence ?? [];
  const channels = Object.entries(strategy.channels ?? {}).filter(([, c]) => c);
  if (channels.length > 0) {
    lines.push(`${t.channels}:`);
    for (const [id, channel] of channels) {
      const perWeek = cadence.filter((entry) => entry?.channel === id).reduce((sum, entry) => sum + (entry?.per_week ?? 0), 0);
      const details = [
        perWeek > 0 ? t.perWeek(w.number(perWeek)) : '',
        channel!.admins?.length ? `${t.admins} ${w.list(channel!.admins.map(member))}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      lines.push(
        `  - ${channelPlatformName(channel!, language)}${channel!.handle ? ` ${channel!.handle}` : ''}${details ? ` (${details})` : ''}`,
      );
    }
  }
  return lines;
}

/** The strategy in sentences and short lists, block by block. */
export function summaryText(strategy: Partial<Strategy>, language: Language): string {
  const w = words(language);
  const t = wizardText(language).summary;
  const lines: string[] = [];
  const members = strategy.team?.members ?? {};
  const org = strategy.organisation;
  const sector = org?.sector
    ? ((VOCABULARY[language].sector as Record<string, string>)[org.sector] ?? org.sector).replace(/\s*\([^)]*\)$/, '')
    : '';
  const period = strategy.period?.start && strategy.period.end ? t.period(w.date(strategy.period.start), w.date(strategy.period.end)) : '';
  lines.push(
    `${t.organisation}: ${[org?.name ? `${org.name}${sector ? ` (${sector})` : ''}` : t.none, period].filter(Boolean).join(', ')}.`,
  );
  const people = Object.entries(members).filter(([, m]) => m);
  if (people.length > 0) {
    const list = people.map(([id, m]) => {
      const about = [
        strategy.team?.owner === id ? t.responsible : '',
        m!.hours_per_week !== undefined ? t.hours(w.number(m!.hours_per_week)) : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `${m!.name}${about ? ` (${about})` : ''}`;
    });
    lines.push(`${t.team}: ${w.list(list)}.`);
  }
  lines.push(...goalLines(strategy, language));
  const audiences = Object.values(strategy.audiences ?? {})
    .filter(Boolean)
    .map((a) => a!.name);
  if (audiences.length > 0) lines.push(`${t.audiences}: ${w.list(audiences)}.`);
  lines.push(...channelLines(strategy, language));
  const topics = Object.values(strategy.content?.pillars ?? {})
    .filter(Boolean)
    .map((p) => p!.name);
  if (topics.length > 0) lines.push(`${t.topics}: ${w.list(topics)}.`);
  if (strategy.privacy?.consent) lines.push(`${t.consent}: ${strategy.privacy.consent}`);
  const reporting = strategy.control?.reporting;
  if (reporting?.cadence) lines.push(`${t.reporting}: ${t.reportTo(w.value('frequency', reporting.cadence), reporting.audience ?? '')}.`);
  // The other blocks, by name, when they hold anything.
  const shown = new Set([
    'version',
    'language',
    'organisation',
    'period',
    'team',
    'goals',
    'audiences',
    'channels',
    'content',
    'privacy',
    'control',
    'calendar',
    'checks',
    'document',
    'derived',
  ]);
  const other = Object.keys(strategy).filter((key) => !shown.has(key) && (strategy as Record<string, unknown>)[key] !== undefined);
  if (other.length > 0) lines.push(`${t.other}: ${other.join(', ')}.`);
  return lines.join('\n');
}
