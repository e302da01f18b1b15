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
import { changesBetween, otherChanges } from '../diff/changes.js';
import type { Change } from '../diff/changes.js';
import type { Finding } from '../model/finding.js';
import type { Strategy } from '../model/strategy.js';
import { describeFinding } from '../rules/describe.js';
import { inline } from '../render/markdown.js';
import { words } from '../i18n/words.js';
import { todayIn } from '../util/today.js';
import { visible } from '../util/visible.js';
import { fromGit, repositoryRoot } from '../files/git.js';
import { formatChanges } from '../diff/format.js';
import { lineDiff } from '../diff/lines.js';
import { DEFAULT_STRATEGY_FILE, readStrategyFile } from '../files/read-strategy.js';
import { writeFileAtomic } from '../files/write-file.js';

export type CiPlatform = 'github' | 'gitlab';

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

/** The hidden line that marks our comment, so a later run updates it. */
export const MARKER = '<!-- strategy-as-code: check and diff -->';

interface Request {
  /** The number of the pull request, or the iid of the merge request. */
  number?: string;
  base?: string;
}

/** The request a job runs for, from the platform's environment; `unreadable` when GitHub's event file cannot be read. */
async function requestOf(platform: CiPlatform, io: Io): Promise<Request & { unreadable?: string }> {
  const env = io.env;
  if (platform === 'gitlab') {
    const base = env.CI_MERGE_REQUEST_DIFF_BASE_SHA || env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA;
    const iid = env.CI_MERGE_REQUEST_IID;
    return { ...(iid && REQUEST_NUMBER.test(iid) ? { number: iid } : {}), ...(base && /^[0-9a-f]{7,64}$/.test(base) ? { base } : {}) };
  }
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    // An event file is a few kilobytes; a device or a huge file is not read whole.
    const read = await io.fs.readUpTo(resolve(io.cwd, env.GITHUB_EVENT_PATH), MAX_EVENT_BYTES + 1);
    if (read.more) return { unreadable: env.GITHUB_EVENT_PATH };
    const event = JSON.parse(new TextDecoder().decode(read.bytes)) as {
      pull_request?: { number?: unknown; base?: { sha?: unknown } };
      number?: unknown;
    };
    const number = event.pull_request?.number ?? event.number;
    const base = event.pull_request?.base?.sha;
    // A number as GitHub gives it: a whole number from 1 on, nothing to read into a URL otherwise.
    const valid = typeof number === 'number' && Number.isSafeInteger(number) && REQUEST_NUMBER.test(String(number));
    return { ...(valid ? { number: String(number) } : {}), ...(typeof base === 'string' && /^[0-9a-f]{7,64}$/.test(base) ? { base } : {}) };
  } catch {
    return { unreadable: env.GITHUB_EVENT_PATH };
  }
}

const MAX_EVENT_BYTES = 16 * 1024 * 1024;
/** A pull request's number or a merge request's iid. */
const REQUEST_NUMBER = /^[1-9][0-9]{0,9}$/;
/** The most of an API's answer that is read, and how long it may take, headers and body together. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
const API_DEADLINE_MS = 20_000;

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
  const w = words(language);
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
  let baseText: string | undefined;
  if (base) {
    try {
      baseText = fromGit(io, base, file).text;
    } catch (error) {
      if (!(error instanceof StrategyError)) throw error;
      const detail = error.code === 'error.git' ? (error.data as { detail: string }).detail : '';
      // A request that adds the strategy: its base has none, and everything in it is new.
      if (/exists on disk, but not in|does not exist in/.test(detail)) baseText = '';
      // Without its base a request cannot be compared: a check that would pass silently is no check.
      else if (error.code === 'error.git') throw new StrategyError('error.ci-base', { base: base.slice(0, 12), detail });
      else throw error;
    }
  }
  const baseChecked = baseText === undefined ? undefined : lintSource(baseText, { today: todayIn(undefined, io.env) });

  // Findings: what the request brings in and what it resolves, apart from what was already there.
  const identity = (f: Finding): string => `${f.ruleId}\u0000${f.messageId}\u0000${f.pointer}\u0000${JSON.stringify(f.data)}`;
  const onBase = new Set((baseChecked?.findings ?? []).map(identity));
  const onHead = new Set(checked.findings.map(identity));
  const item = (f: Finding): string =>
    `- **${w.value('severity', f.severity)}** ${inline(`${source.file}:${f.line}:${f.column}`)} \`${f.ruleId}\`: ${inline(describeFinding(f, language))}`;
  const baseItem = (f: Finding): string =>
    `- **${w.value('severity', f.severity)}** \`${f.ruleId}\`: ${inline(describeFinding(f, language))}`;
  const fresh = checked.findings.filter((f) => !baseChecked || !onBase.has(identity(f)));
  const existing = baseChecked ? checked.findings.filter((f) => onBase.has(identity(f))) : [];
  const resolved = (baseChecked?.findings ?? []).filter((f) => f.severity !== 'info' && !onHead.has(identity(f)));
  const shown = fresh.filter((f) => f.severity !== 'info');
  const info = fresh.filter((f) => f.severity === 'info');
  if (baseChecked && shown.length > 0) lines.push(`**${t('ci.new-findings', { count: shown.length })}**`, '');
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

  // What changed since the base of the request: always, errors or not.
  let weakening = false;
  if (baseChecked) {
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
        lineDiff(baseText ?? '', source.text, file).replaceAll(fence, '~~~ ~~~'),
        fence,
        '',
      );
    }
  } else {
    lines.push(t('ci.no-request'), '');
  }
  const body = `${lines.join('\n').trimEnd()}\n`;

  // The report: GitHub's job summary, and any file the workflow names.
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

/** Posts the report as a comment on the request, or updates the one an earlier run posted. */
async function postComment(
  platform: CiPlatform,
  request: Request,
  body: string,
  io: Pick<Io, 'env' | 'fetch'>,
): Promise<{ where: string; updated: boolean }> {
  const env = io.env;
  if (!request.number)
    throw new Error(
      platform === 'github'
        ? 'this run is not for a pull request (no pull_request in GITHUB_EVENT_PATH)'
        : 'this job is not for a merge request (no CI_MERGE_REQUEST_IID)',
    );
  const call = async (method: string, url: string, headers: Record<string, string>, payload?: unknown): Promise<unknown> => {
    // One deadline for the headers and the whole body, and a cap on the body.
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`${method} ${new URL(url).pathname}: no answer within ${API_DEADLINE_MS / 1000} s`));
      }, API_DEADLINE_MS);
    });
    const exchange = async (): Promise<unknown> => {
      let response: Response;
      try {
        response = await io.fetch(url, {
          method,
          headers: { ...headers, 'Content-Type': 'application/json', 'User-Agent': 'strategy-as-code' },
          ...(payload !== undefined ? { body: JSON.stringify(payload) } : {}),
          signal: controller.signal,
          redirect: 'manual',
        });
      } catch (error) {
        // fetch says only "fetch failed"; what was refused, and why, is in its cause.
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new Error(
          `${method} ${new URL(url).host}${new URL(url).pathname}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
        );
      }
      // A redirect could carry the token elsewhere: it is not followed.
      if (response.status >= 300 && response.status < 400) {
        throw new Error(
          `${method} ${new URL(url).pathname}: HTTP ${response.status}, a redirect${response.headers.get('location') ? ` to ${response.headers.get('location')!.slice(0, 200)}` : ''}, not followed`,
        );
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      const reader = response.body?.getReader();
      for (;;) {
        const next = reader ? await reader.read() : { done: true as const, value: undefined };
        if (next.done) break;
        size += next.value.byteLength;
        if (size > MAX_RESPONSE_BYTES) {
          controller.abort();
          throw new Error(`${method} ${new URL(url).pathname}: the answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`);
        }
        chunks.push(next.value);
      }
      const text = new TextDecoder().decode(Buffer.concat(chunks));
      if (!response.ok)
        throw new Error(
          `${method} ${new URL(url).pathname}: HTTP ${response.status}${text ? ` ${text.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`,
        );
      try {
        return text ? (JSON.parse(text) as unknown) : null;
      } catch {
        throw new Error(`${method} ${new URL(url).pathname}: the answer is not JSON`);
      }
    };
    try {
      return await Promise.race([exchange(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
  if (platform === 'github') {
    const token = env.GITHUB_TOKEN;
    const repository = env.GITHUB_REPOSITORY;
    if (!token || !repository) throw new Error('GITHUB_TOKEN and GITHUB_REPOSITORY are needed to comment');
    const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const headers = { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
    const comments = (await call('GET', `${api}/repos/${repository}/issues/${request.number}/comments?per_page=100`, headers)) as {
      id: number;
      body?: string;
      user?: { type?: string };
    }[];
    // Only a comment an app or bot posted is ours to update: anyone can type the marker.
    const ours = Array.isArray(comments)
      ? comments.find((comment) => typeof comment?.body === 'string' && comment.body.startsWith(MARKER) && comment.user?.type === 'Bot')
      : undefined;
    if (ours) {
      const updated = await call('PATCH', `${api}/repos/${repository}/issues/comments/${ours.id}`, headers, { body }).then(
        () => true,
        () => false,
      );
      if (updated) return { where: `#${request.number}`, updated: true };
    }
    await call('POST', `${api}/repos/${repository}/issues/${request.number}/comments`, headers, { body });
    return { where: `#${request.number}`, updated: false };
  }
  // GitLab: a project or group access token with the api scope; the job token cannot write notes.
  const token = env.STRATEGY_GITLAB_TOKEN;
  const project = env.CI_PROJECT_ID;
  const api = (env.CI_API_V4_URL || '').replace(/\/+$/, '');
  if (!token || !project || !api) throw new Error('STRATEGY_GITLAB_TOKEN, CI_PROJECT_ID and CI_API_V4_URL are needed to comment');
  const headers = { 'PRIVATE-TOKEN': token };
  // Only a note the token's own user wrote is ours to update: anyone can type the marker.
  const me = (await call('GET', `${api}/user`, headers)) as { id?: unknown } | null;
  const notes = (await call(
    'GET',
    `${api}/projects/${encodeURIComponent(project)}/merge_requests/${request.number}/notes?per_page=100`,
    headers,
  )) as { id: number; body?: string; author?: { id?: unknown } }[];
  const ours =
    Array.isArray(notes) && me && typeof me.id === 'number'
      ? notes.find((note) => typeof note?.body === 'string' && note.body.startsWith(MARKER) && note.author?.id === me.id)
      : undefined;
  if (ours) {
    const updated = await call(
      'PUT',
      `${api}/projects/${encodeURIComponent(project)}/merge_requests/${request.number}/notes/${ours.id}`,
      headers,
      { body },
    ).then(
      () => true,
      () => false,
    );
    if (updated) return { where: `!${request.number}`, updated: true };
  }
  await call('POST', `${api}/projects/${encodeURIComponent(project)}/merge_requests/${request.number}/notes`, headers, { body });
  return { where: `!${request.number}`, updated: false };
}
