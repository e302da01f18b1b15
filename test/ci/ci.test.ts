// The GitHub Action and the GitLab CI template, their scripts run as the platforms run them:
// the installed package, a real git repository with the base and the head of a request, a
// fake GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH (or GitLab's variables), and a local HTTP
// server on 127.0.0.1 standing in for the platform's API.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../helpers/io.js';

const project = inject('installedProject');

interface Call {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** The platform's API: comments kept in memory; `refuse` answers every write with 403, as for a fork. */
type Comment = { id: number; body: string; thread: string; user: { type: string }; author?: { id: number } };

/** The token's own user on GitLab. */
const TOKEN_USER = 7;

function fakeApi(): { server: Server; calls: Call[]; comments: Comment[]; url: () => string; refuse: { on: boolean } } {
  const calls: Call[] = [];
  const comments: Comment[] = [];
  const refuse = { on: false };
  const server = createServer((request, response) => {
    let data = '';
    request.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    request.on('end', () => {
      const body = data ? (JSON.parse(data) as { body: string }) : undefined;
      calls.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      const json = (status: number, value: unknown): void => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      const thread = request.url!.split('?')[0]!;
      if (request.method === 'GET' && thread.endsWith('/api/v4/user')) return json(200, { id: TOKEN_USER, username: 'project_42_bot' });
      if (request.method === 'GET')
        return json(
          200,
          comments.filter((c) => c.thread === thread),
        );
      if (refuse.on) return json(403, { message: 'Resource not accessible by integration' });
      if (request.method === 'POST') {
        comments.push({ id: 100 + comments.length, body: body!.body, thread, user: { type: 'Bot' }, author: { id: TOKEN_USER } });
        return json(201, comments[comments.length - 1]);
      }
      const id = Number(request.url!.split('/').pop());
      const comment = comments.find((c) => c.id === id);
      if (!comment) return json(404, { message: 'Not Found' });
      comment.body = body!.body;
      return json(200, comment);
    });
  });
  return { server, calls, comments, url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`, refuse };
}

function git(dir: string, args: string[]): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Sanne',
    GIT_AUTHOR_EMAIL: 'sanne@example.org',
    GIT_COMMITTER_NAME: 'Sanne',
    GIT_COMMITTER_EMAIL: 'sanne@example.org',
  };
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
}

/** A repository with the mbo example on main and a request that lowers a target; returns it and the base commit. */
function repository(): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ci-'));
  copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', 'strategy.yaml']);
  git(dir, ['commit', '-q', '-m', 'Strategie']);
  const base = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', '-b', 'lager-doel']);
  writeFileSync(join(dir, 'strategy.yaml'), readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace('target: 600', 'target: 500'));
  git(dir, ['commit', '-q', '-am', 'Lager doel']);
  return { dir, base };
}

/** Runs a shell script as the runner does, with the installed package where the install step puts it. */
function runScript(
  shell: string,
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(shell, ['-e', '-c', script], {
      cwd,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? tmpdir(), SOURCE_DATE_EPOCH: '1795953600', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Headings and list items of a Markdown report, as markdown-it reads them. */
function readReport(markdown: string): { headings: string[]; items: string[] } {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  const headings: string[] = [];
  const items: string[] = [];
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') headings.push(tokens[index + 1]!.content);
    if (token.type === 'list_item_open') items.push(tokens[index + 2]!.content);
  });
  return { headings, items };
}

const api = fakeApi();
beforeAll(() => new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => api.server.close(() => resolve())));

describe('the GitHub Action', () => {
  const action = parse(readFileSync(join(packageRoot, 'action.yml'), 'utf8')) as {
    runs: { using: string; steps: { run: string; env: Record<string, string> }[] };
  };

  it('is a composite action that installs the package and then runs strategy ci', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0]!.run).toContain('npm install');
    expect(action.runs.steps[0]!.run).toContain('"$STRATEGY_PACKAGE"');
    expect(action.runs.steps[1]!.env.GITHUB_TOKEN).toBe('${{ inputs.token }}');
  });

  it('writes the job summary and one comment on the pull request, updated by the next run', async () => {
    const { dir, base } = repository();
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    symlinkSync(project, join(runner, 'strategy-as-code'));
    writeFileSync(
      join(runner, 'event.json'),
      JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: base } } }),
    );
    const env = {
      RUNNER_TEMP: runner,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_PATH: join(runner, 'event.json'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
      GITHUB_API_URL: api.url(),
      GITHUB_REPOSITORY: 'zuiderhaven/strategie',
      GITHUB_TOKEN: 'test-token',
      STRATEGY_FILE: 'strategy.yaml',
      STRATEGY_COMMENT: 'true',
      STRATEGY_FAIL_ON_WEAKENING: 'false',
      STRATEGY_LANGUAGE: '',
    };
    const first = await runScript('bash', action.runs.steps[1]!.run, dir, env);
    expect(first.stderr).toContain('✔ Verslag geplaatst bij #7.');
    expect(first.code).toBe(0);
    // Each finding as an annotation: the mbo example has only information.
    expect(first.stdout).toMatch(/^::notice file=strategy\.yaml,line=\d+,col=\d+,.*::.*Studentenraad/m);
    expect(first.stdout).not.toMatch(/^::(error|warning)/m);

    const summary = readFileSync(join(runner, 'summary.md'), 'utf8');
    const report = readReport(summary);
    expect(report.headings).toEqual(['Strategiecheck: strategy.yaml', 'Wijzigingen in de strategie']);
    expect(summary).toContain('✅ Geen fouten of waarschuwingen: de strategie volgt de methode.');
    expect(summary).toContain(`1 wijziging van ${base.slice(0, 7)} naar dit voorstel, waarvan 1 afzwakking (!).`);
    expect(report.items.some((item) => /Aanmeldingen via Instagram.*600 → 500/.test(item))).toBe(true);

    const posted = api.calls.filter((call) => call.method !== 'GET');
    expect(posted.map((call) => [call.method, call.url])).toEqual([['POST', '/repos/zuiderhaven/strategie/issues/7/comments']]);
    expect(posted[0]!.headers.authorization).toBe('Bearer test-token');
    expect((posted[0]!.body as { body: string }).body).toBe(`${summary.trimEnd()}\n`);
    expect((posted[0]!.body as { body: string }).body.startsWith('<!-- strategy-as-code: check and diff -->\n')).toBe(true);

    // The next push: the same comment is updated; with fail-on-weakening the job fails.
    const second = await runScript('bash', action.runs.steps[1]!.run, dir, {
      ...env,
      STRATEGY_FAIL_ON_WEAKENING: 'true',
      STRATEGY_LANGUAGE: 'en',
    });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('✔ Report updated on #7.');
    const writes = api.calls.filter((call) => call.method !== 'GET');
    expect(writes.map((call) => [call.method, call.url])).toEqual([
      ['POST', '/repos/zuiderhaven/strategie/issues/7/comments'],
      ['PATCH', '/repos/zuiderhaven/strategie/issues/comments/100'],
    ]);
    expect((writes[1]!.body as { body: string }).body).toContain('## Strategy check: strategy.yaml');
  });

  it('keeps the check’s result when the token may not comment (a fork), and compares nothing without a pull request', async () => {
    const { dir } = repository();
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    symlinkSync(project, join(runner, 'strategy-as-code'));
    writeFileSync(join(runner, 'event.json'), JSON.stringify({ ref: 'refs/heads/main' }));
    api.refuse.on = true;
    try {
      const result = await runScript('bash', action.runs.steps[1]!.run, dir, {
        RUNNER_TEMP: runner,
        GITHUB_EVENT_PATH: join(runner, 'event.json'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
        GITHUB_API_URL: api.url(),
        GITHUB_REPOSITORY: 'zuiderhaven/strategie',
        GITHUB_TOKEN: 'read-only',
        STRATEGY_FILE: 'strategy.yaml',
        STRATEGY_COMMENT: 'true',
        STRATEGY_LANGUAGE: 'en',
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('Could not post the report as a comment (this run is not for a pull request');
      expect(readFileSync(join(runner, 'summary.md'), 'utf8')).toContain(
        'No base to compare with: the changes are shown on a pull or merge request.',
      );
    } finally {
      api.refuse.on = false;
    }
  });
});

describe('strategy ci on bad ground', () => {
  it('leaves a comment a person wrote with the marker alone, refuses to write the report over the strategy, and stops when the base is missing', async () => {
    const { dir, base } = repository();
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    writeFileSync(join(runner, 'event.json'), JSON.stringify({ number: 9, pull_request: { number: 9, base: { sha: base } } }));
    api.comments.push({
      id: 900,
      body: '<!-- strategy-as-code: check and diff -->\nfake',
      thread: '/repos/zuiderhaven/strategie/issues/9/comments',
      user: { type: 'User' },
    });
    const bin = join(project, 'node_modules', '.bin', 'strategy');
    const env = {
      GITHUB_EVENT_PATH: join(runner, 'event.json'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
      GITHUB_API_URL: api.url(),
      GITHUB_REPOSITORY: 'zuiderhaven/strategie',
      GITHUB_TOKEN: 't',
    };
    const commented = await runScript('sh', `"${bin}" ci --platform github --comment`, dir, env);
    expect(commented.code).toBe(0);
    expect(
      api.calls.filter((call) => call.url.includes('/issues/9/') || call.url.endsWith('/comments/900')).map((call) => call.method),
    ).toEqual(['GET', 'POST']);

    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const over = await runScript('sh', `"${bin}" --lang en ci --platform github --summary-file ./strategy.yaml`, dir, env);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('./strategy.yaml is a strategy this command reads');
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(before);

    const missing = await runScript('sh', `"${bin}" --lang en ci --platform github --base 0123456789abcdef --fail-on weakening`, dir, env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/The base of the request \(0123456789ab\) cannot be read from git: .*fetch-depth: 0/);
  });
});

describe('the GitLab CI template', () => {
  const template = parse(readFileSync(join(packageRoot, 'ci/strategy.gitlab-ci.yml'), 'utf8')) as {
    strategy: { script: string[]; variables: Record<string, string>; artifacts: { paths: string[] } };
  };

  it('writes the report as an artifact and one note on the merge request', async () => {
    const { dir, base } = repository();
    symlinkSync(project, join(dir, '.strategy-as-code'));
    const env = {
      ...template.strategy.variables,
      GITLAB_CI: 'true',
      CI_PROJECT_DIR: dir,
      CI_API_V4_URL: `${api.url()}/api/v4`,
      CI_PROJECT_ID: '42',
      CI_MERGE_REQUEST_IID: '3',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      STRATEGY_GITLAB_TOKEN: 'glpat-test',
    };
    const result = await runScript('sh', template.strategy.script[1]!, dir, env);
    expect(result.stderr).toContain('✔ Verslag geplaatst bij !3.');
    expect(result.code).toBe(0);
    const report = readFileSync(join(dir, template.strategy.artifacts.paths[0]!), 'utf8');
    expect(result.stdout).toBe(report);
    expect(readReport(report).items.some((item) => /600 → 500/.test(item))).toBe(true);
    const note = api.calls.find((call) => call.url === '/api/v4/projects/42/merge_requests/3/notes' && call.method === 'POST')!;
    expect(note.headers['private-token']).toBe('glpat-test');
    expect((note.body as { body: string }).body).toBe(report);

    // Without the token variable, no note is attempted.
    const before = api.calls.length;
    const quiet = await runScript('sh', template.strategy.script[1]!, dir, { ...env, STRATEGY_GITLAB_TOKEN: '' });
    expect(quiet.code).toBe(0);
    expect(api.calls.length).toBe(before);
  });
});

describe('the GitLab CI template, as GitLab reads it', () => {
  it("is valid by GitLab's CI schema (as SchemaStore publishes it)", async () => {
    // Draft 7, Ajv's own; both libraries are CommonJS.
    type Validator = ((data: unknown) => boolean) & { errors?: unknown };
    type Ajv = { compile(schema: object): Validator };
    const { default: AjvClass } = (await import('ajv')) as unknown as { default: new (options: object) => Ajv };
    const formats = (await import('ajv-formats')) as unknown as { default?: (ajv: Ajv) => void };
    const addFormats = (formats.default ?? formats) as (ajv: Ajv) => void;
    const schema = JSON.parse(readFileSync(join(packageRoot, 'test/fixtures/gitlab-ci.schema.json'), 'utf8')) as object;
    const ajv = new AjvClass({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const template = parse(readFileSync(join(packageRoot, 'ci/strategy.gitlab-ci.yml'), 'utf8')) as {
      strategy: { artifacts: { when: string } };
    };
    expect(validate(template), JSON.stringify(validate.errors)).toBe(true);
    // The schema does say no: an artifact kept "sometimes" is not GitLab's.
    const wrong = structuredClone(template);
    wrong.strategy.artifacts.when = 'sometimes';
    expect(validate(wrong)).toBe(false);
  });
});

describe('the GitLab CI template, as GitLab runs it', () => {
  const template = parse(readFileSync(join(packageRoot, 'ci/strategy.gitlab-ci.yml'), 'utf8')) as {
    strategy: { script: string[]; variables: Record<string, string>; artifacts: { paths: string[] } };
  };
  const gitlabEnv = (dir: string, base: string, iid = '5'): Record<string, string> => ({
    ...template.strategy.variables,
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: dir,
    CI_API_V4_URL: `${api.url()}/api/v4`,
    CI_PROJECT_ID: '42',
    CI_MERGE_REQUEST_IID: iid,
    CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
    STRATEGY_GITLAB_TOKEN: 'glpat-test',
  });

  it('shows the report in the job log when the check fails, under bash -eo pipefail, and ends with its status', async () => {
    const { dir, base } = repository();
    symlinkSync(project, join(dir, '.strategy-as-code'));
    // An error in the request: a goal's owner nobody in the team is.
    writeFileSync(
      join(dir, 'strategy.yaml'),
      readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace(/^version: 1$/m, 'version: 1\nonbekend_veld: x'),
    );
    const result = await runScript('bash', `set -o pipefail\n${template.strategy.script[1]!}`, dir, gitlabEnv(dir, base));
    expect(result.code).toBe(1);
    const report = readFileSync(join(dir, 'strategy-report.md'), 'utf8');
    expect(report).toMatch(/onbekend\\?_veld/);
    expect(result.stdout).toBe(report);
  });

  it('updates only a note of its own: a person’s note that starts with the marker is left alone', async () => {
    const { dir, base } = repository();
    symlinkSync(project, join(dir, '.strategy-as-code'));
    const thread = '/api/v4/projects/42/merge_requests/6/notes';
    api.comments.push({
      id: 950,
      body: '<!-- strategy-as-code: check and diff -->\nniets aan de hand',
      thread,
      user: { type: 'User' },
      author: { id: 3 },
    });
    const first = await runScript('bash', template.strategy.script[1]!, dir, gitlabEnv(dir, base, '6'));
    expect(first.code).toBe(0);
    expect(api.comments.find((c) => c.id === 950)!.body).toBe('<!-- strategy-as-code: check and diff -->\nniets aan de hand');
    const ours = api.comments.filter((c) => c.thread === thread && c.author?.id === TOKEN_USER);
    expect(ours).toHaveLength(1);
    // The next run updates that one.
    const second = await runScript('bash', template.strategy.script[1]!, dir, gitlabEnv(dir, base, '6'));
    expect(second.stderr).toContain('!6');
    expect(api.comments.filter((c) => c.thread === thread && c.author?.id === TOKEN_USER)).toHaveLength(1);
    expect(api.calls.filter((call) => call.method === 'PUT' && call.url.startsWith(thread)).map((call) => call.url)).toEqual([
      `${thread}/${ours[0]!.id}`,
    ]);
  });
});

describe('strategy ci reads nothing it should not', () => {
  const bin = join(project, 'node_modules', '.bin', 'strategy');

  it('refuses a committed strategy.yaml that links out of the repository', async () => {
    const { dir } = repository();
    const secret = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    writeFileSync(join(secret, 'private.yaml'), 'version: 1\norganisation: {name: GEHEIM-12345}\n');
    execFileSync('rm', [join(dir, 'strategy.yaml')]);
    symlinkSync(join(secret, 'private.yaml'), join(dir, 'strategy.yaml'));
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    const result = await runScript('sh', `"${bin}" --lang en ci --platform github`, dir, {
      GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/strategy\.yaml leads out of the repository/);
    expect(`${result.stdout}${result.stderr}`).not.toContain('GEHEIM-12345');
  });

  it.each([1e21, -3.5, 0, '7', 2 ** 53])('does not take %j from the event file as a pull request number', async (number) => {
    const { dir, base } = repository();
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    writeFileSync(join(runner, 'event.json'), JSON.stringify({ number, pull_request: { number, base: { sha: base } } }));
    const before = api.calls.length;
    const result = await runScript('sh', `"${bin}" --lang en ci --platform github --comment`, dir, {
      GITHUB_EVENT_PATH: join(runner, 'event.json'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
      GITHUB_API_URL: api.url(),
      GITHUB_REPOSITORY: 'zuiderhaven/strategie',
      GITHUB_TOKEN: 't',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('this run is not for a pull request');
    expect(api.calls.length).toBe(before);
  });

  it('names what was refused when the API cannot be reached or redirects', async () => {
    const { dir, base } = repository();
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    writeFileSync(join(runner, 'event.json'), JSON.stringify({ pull_request: { number: 4, base: { sha: base } } }));
    const env = {
      GITHUB_EVENT_PATH: join(runner, 'event.json'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
      GITHUB_REPOSITORY: 'zuiderhaven/strategie',
      GITHUB_TOKEN: 't',
    };
    // A port nothing listens on any more.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((done) => probe.close(() => done()));
    const closed = await runScript('sh', `"${bin}" --lang en ci --platform github --comment`, dir, {
      ...env,
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
    });
    expect(closed.stderr).toContain(`GET 127.0.0.1:${port}/repos/zuiderhaven/strategie/issues/4/comments: ECONNREFUSED`);
    const redirecting = createServer((_, response) => {
      response.writeHead(302, { Location: 'http://example.org/steal' });
      response.end();
    });
    await new Promise<void>((done) => redirecting.listen(0, '127.0.0.1', done));
    try {
      const result = await runScript('sh', `"${bin}" --lang en ci --platform github --comment`, dir, {
        ...env,
        GITHUB_API_URL: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`,
      });
      expect(result.stderr).toMatch(/HTTP 302, a redirect to http:\/\/example\.org\/steal, not followed/);
    } finally {
      redirecting.close();
    }
  });
});

describe('the Action installs the version the repository uses', () => {
  const action = parse(readFileSync(join(packageRoot, 'action.yml'), 'utf8')) as { runs: { steps: { run: string }[] } };
  /** The install step with an npm that only says what it was asked to install. */
  async function installed(lock: unknown, input = ''): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'action-'));
    if (lock) writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
    const bin = mkdtempSync(join(tmpdir(), 'fake-npm-'));
    writeFileSync(join(bin, 'npm'), '#!/bin/sh\nfor last; do :; done\necho "$last"\n', { mode: 0o755 });
    const result = await runScript('bash', action.runs.steps[0]!.run, dir, {
      PATH: `${bin}:${process.env.PATH}`,
      RUNNER_TEMP: dir,
      GITHUB_ACTION_PATH: packageRoot,
      STRATEGY_PACKAGE: input,
    });
    expect(result.code, result.stderr).toBe(0);
    return result.stdout.trim();
  }
  const own = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;

  it('from the repository’s lockfile, else the action’s own version, unless one is given', async () => {
    expect(await installed({ lockfileVersion: 3, packages: { 'node_modules/strategy-as-code': { version: '0.0.9' } } })).toBe(
      'strategy-as-code@0.0.9',
    );
    expect(await installed({ lockfileVersion: 1, dependencies: { 'strategy-as-code': { version: '0.0.8' } } })).toBe(
      'strategy-as-code@0.0.8',
    );
    expect(await installed(undefined)).toBe(`strategy-as-code@${own}`);
    expect(await installed({ lockfileVersion: 3, packages: {} })).toBe(`strategy-as-code@${own}`);
    expect(await installed(undefined, 'strategy-as-code@0.0.7')).toBe('strategy-as-code@0.0.7');
  });
});

describe('a request on a base that already has errors', () => {
  const bin = join(project, 'node_modules', '.bin', 'strategy');

  it('still shows what the request changes, and separates its own findings from those already there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-'));
    const example = readFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), 'utf8');
    // The base: an error (an unknown key) that the request does not touch.
    writeFileSync(join(dir, 'strategy.yaml'), example.replace(/^version: 1$/m, 'version: 1\noud_veld: x'));
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', 'strategy.yaml']);
    git(dir, ['commit', '-q', '-m', 'Strategie']);
    const base = git(dir, ['rev-parse', 'HEAD']);
    git(dir, ['checkout', '-q', '-b', 'wijzigingen']);
    const measured = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    // The request: a lower target, a rewritten measurement, and a new error (a team member nobody is).
    writeFileSync(
      join(dir, 'strategy.yaml'),
      measured
        .replace('target: 600', 'target: 500')
        .replace('date: 2026-10-01, value: 160', 'date: 2026-10-01, value: 178')
        .replace('owner: mehmet\n', 'owner: niemand\n'),
    );
    git(dir, ['commit', '-q', '-am', 'Wijzigingen']);
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    const result = await runScript(
      'sh',
      `"${bin}" ci --platform github --base ${base} --summary-file ${join(runner, 'report.md')}`,
      dir,
      {},
    );
    expect(result.code).toBe(1);
    const report = readFileSync(join(runner, 'report.md'), 'utf8');
    const { items } = readReport(report);
    // The changes, though both versions have an error.
    expect(items.some((item) => /streefwaarde 600 → 500/.test(item))).toBe(true);
    expect(items.some((item) => /op 1 oktober 2026: 160 → 178/.test(item))).toBe(true);
    expect(report).toMatch(/\*\*Eerder vastgelegde metingen gewijzigd of verwijderd\*\*/);
    // Its own finding, apart from the one already on the base.
    const own = report.slice(report.indexOf('die dit voorstel meebrengt'), report.indexOf('die er vóór dit voorstel al waren'));
    expect(own).toMatch(/niemand/);
    expect(own).not.toMatch(/oud\\?_veld/);
    expect(report).toMatch(/\d+ meldingen? die er vóór dit voorstel al waren<\/summary>[\s\S]*oud\\?_veld/);
  });
});

describe('a request the changelog cannot read field by field', () => {
  const bin = join(project, 'node_modules', '.bin', 'strategy');
  function repo(first: string | undefined, second: string): { dir: string; base: string } {
    const dir = mkdtempSync(join(tmpdir(), 'ci-'));
    git(dir, ['init', '-q', '-b', 'main']);
    if (first !== undefined) writeFileSync(join(dir, 'strategy.yaml'), first);
    else writeFileSync(join(dir, 'README.md'), 'Strategie volgt.\n');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'Begin']);
    const base = git(dir, ['rev-parse', 'HEAD']);
    writeFileSync(join(dir, 'strategy.yaml'), second);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'Voorstel']);
    return { dir, base };
  }
  const example = readFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), 'utf8');

  it('a request that adds the strategy shows it all as added', async () => {
    const { dir, base } = repo(undefined, example);
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    const result = await runScript('sh', `"${bin}" ci --platform github --base ${base} --summary-file ${join(runner, 'r.md')}`, dir, {});
    expect(result.code, result.stderr).toBe(0);
    const { items } = readReport(readFileSync(join(runner, 'r.md'), 'utf8'));
    expect(items).toContain('organisatie: toegevoegd');
    expect(items).toContain('doelen: toegevoegd');
  });

  it('a version that is not readable YAML: the lines that changed', async () => {
    const { dir, base } = repo(
      example,
      example.replace('target: 600', 'target: 500').replace(/^version: 1$/m, 'version: 1\nkapot: [niet gesloten'),
    );
    const runner = mkdtempSync(join(tmpdir(), 'runner-'));
    const result = await runScript('sh', `"${bin}" ci --platform github --base ${base} --summary-file ${join(runner, 'r.md')}`, dir, {});
    expect(result.code).toBe(1);
    const report = readFileSync(join(runner, 'r.md'), 'utf8');
    const fence = /~~~~~~~~diff\n([\s\S]*?)\n~~~~~~~~/.exec(report)?.[1] ?? '';
    expect(fence.split('\n')).toEqual(expect.arrayContaining(['-    target: 600', '+    target: 500', '+kapot: [niet gesloten']));
  });
});
