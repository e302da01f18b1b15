// `strategy ci`: what a pull request (GitHub) or merge request (GitLab) needs to know about a
// change to the strategy, in one Markdown report: the findings of `check` and the changes
// since the base of the request, weakening changes first. Written as GitHub's job summary
// (GITHUB_STEP_SUMMARY) or to a file, and, when the workflow asks with --comment, posted as
// one comment on the request that later runs update instead of adding new ones.
import { resolve, sep } from 'node:path';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { lintSource } from '../rules/run.js';
import { formatters } from '../formatters/index.js';
import { formatContext } from '../formatters/context.js';
import { PLAIN } from '../util/color.js';
import { changesBetween, otherChanges } from '../core/versions/changes.js';
import type { Change } from '../core/versions/changes.js';
import type { Finding } from '../model/finding.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { CheckedSource } from '../model/check.js';
import { describeFinding } from '../rules/describe.js';
import { inline } from '../render/markdown.js';
import { words } from '../i18n/words.js';
import { todayIn } from '../util/today.js';
import { visible } from '../util/visible.js';
import { fromGit, repositoryRoot } from '../files/git.js';
import { formatChanges } from '../diff/format.js';
import { lineDiff } from '../core/versions/lines.js';
import { DEFAULT_STRATEGY_FILE, readStrategyFile } from '../files/read-strategy.js';
import { writeFileAtomic } from '../files/write-file.js';
import { MARKER, postComment, requestOf } from '../files/code-review.js';
import type { CiPlatform } from '../files/code-review.js';

export type { CiPlatform };

export interface CiOptions {
  file?: string;
  platform?: CiPlatform;
  base?: string;
  comment: boolean;
  summaryFile?: string;
  failOn?: 'weakening';
  language: RunLanguage;
  version: string;
}

export async function ci(options: CiOptions, io: Io): Promise<number> {
  const platform: CiPlatform = options.platform ?? (io.env.GITLAB_CI === 'true' ? 'gitlab' : 'github');
  const file = options.file ?? DEFAULT_STRATEGY_FILE;
  // A committed link that points out of the repository would have the job quote another
  // file into the summary and the comment.
  const root = repositoryRoot(io) ?? io.cwd;
  const realRoot = await io.fs.realpath(root).catch(() => root);
  const real = await io.fs.realpath(resolve(io.cwd, file)).catch(() => resolve(io.cwd, file));
  if (real !== realRoot && !real.startsWith(`${realRoot}${sep}`)) throw new StrategyError('error.outside-repository', { file });
  const source = await readStrategyFile(io, file);
  const checked = lintSource(source.text, { byteLength: source.byteLength, today: todayIn(undefined, io.env) });
  const language = options.language.settle([checked.language]);
  const t = translator(language);
  const request = await requestOf(platform, io);
  if (request.unreadable) io.stderr.write(`${visible(t('ci.event-unreadable', { file: request.unreadable }))}\n`);
  const base = options.base ?? request.base;
  // The report must not replace the strategy it reports on.
  if (options.summaryFile) {
    const real = async (path: string): Promise<string> => io.fs.realpath(resolve(io.cwd, path)).catch(() => resolve(io.cwd, path));
    if ((await real(options.summaryFile)) === (await real(file)))
      throw new StrategyError('error.output-of-input', { file: options.summaryFile });
  }

  // GitHub shows each finding on the changed line too.
  if (platform === 'github')
    io.stdout.write(
      formatters.github([{ file: source.file, findings: checked.findings }], formatContext(language, PLAIN, options.version)),
    );

  const errors = checked.findings.filter((f) => f.severity === 'error').length;
  const warnings = checked.findings.filter((f) => f.severity === 'warning').length;
  const lines: string[] = [MARKER, `## ${t('ci.title', { file: inline(source.file) })}`, ''];
  lines.push(
    errors > 0
      ? `❌ ${t('ci.errors', { errors, warnings })}`
      : warnings > 0
        ? `⚠️ ${t('ci.warnings', { warnings })}`
        : `✅ ${t('ci.clean')}`,
    '',
  );

  // The base of the request, read from git: its findings and its document.
  const baseText = base ? baseTextOf(io, base, file) : undefined;
  const baseChecked = baseText === undefined ? undefined : lintSource(baseText, { today: todayIn(undefined, io.env) });

  lines.push(...findingLines(checked.findings, baseChecked?.findings, source.file, language));

  // What changed since the base of the request: always, errors or not.
  const changed = baseChecked ? changeLines(baseChecked, checked, baseText ?? '', source.text, base!, file, language) : undefined;
  lines.push(...(changed?.lines ?? [t('ci.no-request'), '']));
  const weakening = changed?.weakening ?? false;
  const body = `${lines.join('\n').trimEnd()}\n`;

  await writeReport(io, options, platform, body);

  if (options.comment) {
    try {
      const posted = await postComment(platform, request, body, io);
      io.stderr.write(`${visible(t(posted.updated ? 'ci.updated' : 'ci.commented', { where: posted.where }))}\n`);
    } catch (error) {
      // A read-only token (a pull request from a fork) is no reason to hide the check's result.
      io.stderr.write(`${visible(t('ci.comment-failed', { detail: error instanceof Error ? error.message : String(error) }))}\n`);
    }
  }
  if (errors > 0) return EXIT.findings;
  return options.failOn === 'weakening' && weakening ? EXIT.findings : EXIT.ok;
}

/** The strategy as the request's base has it; '' when the request adds it. */
function baseTextOf(io: Io, base: string, file: string): string {
  try {
    return fromGit(io, base, file).text;
  } catch (error) {
    if (!(error instanceof StrategyError)) throw error;
    const detail = error.code === 'error.git' ? (error.data as { detail: string }).detail : '';
    // A request that adds the strategy: its base has none, and everything in it is new.
    if (/exists on disk, but not in|does not exist in/.test(detail)) return '';
    // Without its base a request cannot be compared: a check that would pass silently is no check.
    if (error.code === 'error.git') throw new StrategyError('error.ci-base', { base: base.slice(0, 12), detail });
    throw error;
  }
}

/** Findings: what the request brings in and what it resolves, apart from what was already there. */
function findingLines(
  findings: readonly Finding[],
  baseFindings: readonly Finding[] | undefined,
  file: string,
  language: Language,
): string[] {
  const t = translator(language);
  const w = words(language);
  const lines: string[] = [];
  const identity = (f: Finding): string => `${f.ruleId}\u0000${f.messageId}\u0000${f.pointer}\u0000${JSON.stringify(f.data)}`;
  const onBase = new Set((baseFindings ?? []).map(identity));
  const onHead = new Set(findings.map(identity));
  const item = (f: Finding): string =>
    `- **${w.value('severity', f.severity)}** ${inline(`${file}:${f.line}:${f.column}`)} \`${f.ruleId}\`: ${inline(describeFinding(f, language))}`;
  const baseItem = (f: Finding): string =>
    `- **${w.value('severity', f.severity)}** \`${f.ruleId}\`: ${inline(describeFinding(f, language))}`;
  const fresh = findings.filter((f) => !baseFindings || !onBase.has(identity(f)));
  const existing = baseFindings ? findings.filter((f) => onBase.has(identity(f))) : [];
  const resolved = (baseFindings ?? []).filter((f) => f.severity !== 'info' && !onHead.has(identity(f)));
  const shown = fresh.filter((f) => f.severity !== 'info');
  const info = fresh.filter((f) => f.severity === 'info');
  if (baseFindings && shown.length > 0) lines.push(`**${t('ci.new-findings', { count: shown.length })}**`, '');
  if (shown.length > 0) lines.push(...shown.map(item), '');
  if (info.length > 0)
    lines.push(`<details><summary>${t('ci.info', { count: info.length })}</summary>`, '', ...info.map(item), '', '</details>', '');
  if (resolved.length > 0) lines.push(`**${t('ci.resolved', { count: resolved.length })}**`, '', ...resolved.map(baseItem), '');
  if (existing.length > 0)
    lines.push(
      `<details><summary>${t('ci.existing', { count: existing.length })}</summary>`,
      '',
      ...existing.map(item),
      '',
      '</details>',
      '',
    );
  return lines;
}

/** What changed since the base, in the method's words where the versions allow it; whether it weakens the strategy. */
function changeLines(
  baseChecked: CheckedSource,
  checked: CheckedSource,
  baseText: string,
  text: string,
  base: string,
  file: string,
  language: Language,
): { lines: string[]; weakening: boolean } {
  const t = translator(language);
  const lines: string[] = [];
  let weakening = false;
  const label = { before: `${base!.slice(0, 7)}`, after: t('ci.this-request') };
  let changes: Change[] | undefined;
  if (baseChecked.parsed && checked.parsed) {
    // Read with the method's words where the documents allow it, also when one has an error;
    // field by field where they do not.
    try {
      changes = changesBetween(baseChecked.parsed.data as Strategy, checked.parsed.data as Strategy);
    } catch {
      changes = otherChanges(baseChecked.parsed.data, checked.parsed.data);
    }
  }
  if (baseText === '' && checked.parsed) changes = otherChanges({}, checked.parsed.data);
  if (changes) {
    weakening = changes.some((change) => change.weakening || change.rewrite === true);
    lines.push(formatChanges(changes, label, language, 'markdown'));
  } else {
    // A version that is not readable YAML has no fields to name: the lines that changed.
    const fence = '~~~~~~~~';
    lines.push(
      `### ${t('diff.title')}`,
      '',
      t('ci.no-diff-errors'),
      '',
      `${fence}diff`,
      lineDiff(baseText, text, file).replaceAll(fence, '~~~ ~~~'),
      fence,
      '',
    );
  }
  return { lines, weakening };
}

/** The report: GitHub's job summary, and any file the workflow names; else standard output. */
async function writeReport(io: Io, options: CiOptions, platform: CiPlatform, body: string): Promise<void> {
  const summary = options.summaryFile ?? (platform === 'github' ? io.env.GITHUB_STEP_SUMMARY : undefined);
  if (summary) {
    try {
      if (options.summaryFile) await writeFileAtomic(io, options.summaryFile, body);
      else {
        // GitHub's job summary is a regular file; anything else there is not waited on.
        const regular = await io.fs.stat(resolve(io.cwd, summary)).then(
          (stats) => stats.isFile(),
          () => true,
        );
        if (!regular) throw new StrategyError('error.not-regular', { file: summary });
        await io.fs.appendFile(resolve(io.cwd, summary), `${body}\n`);
      }
    } catch (error) {
      if (error instanceof StrategyError) throw error;
      throw new StrategyError('error.write', { file: summary, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  } else {
    io.stdout.write(body);
  }
}
