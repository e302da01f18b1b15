// Runs a command the two ways users and tests can: in-process through `run`, and through
// `npx strategy` in a project that installed the packed package. Each run gets a folder of its
// own with copies of examples/ and test/fixtures/, and reports what a user would see: the
// exit code, both outputs and every file in the folder afterwards.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';
import type { Scenario } from './table.js';

export type Mode = 'in-process' | 'installed';

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

const COPIED = ['examples', 'test/fixtures'];

function prepare(parent: string, scenario: Scenario): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'row-'));
  for (const part of COPIED) {
    cpSync(join(packageRoot, part), join(dir, part), { recursive: true, filter: (source) => !/[\\/]docs$/.test(source) });
  }
  writeFiles(dir, scenario.files ?? {});
  return dir;
}

function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

function filesIn(dir: string, copies: Set<string>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const name = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (!copies.has(name)) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

/**
 * The row's folder as <dir>, and the schema that files written by init point to: inside
 * node_modules for the installed package, a web address for the sources (test/scenarios/
 * scenarios.test.ts checks the installed one on its own).
 */
function normalise(text: string, dir: string): string {
  return text
    .split(dir)
    .join('<dir>')
    .replace(/^(# yaml-language-server: \$schema=)\S+/gm, '$1<schema>');
}

/**
 * The environment of every run: a fixed locale, no CI, nothing of the machine's, and a fixed
 * day (29 November 2026, noon UTC), so rules about overdue measurements give the same answer
 * whenever the table runs.
 */
function environment(scenario: Scenario): Record<string, string> {
  return { LANG: 'en_GB.UTF-8', SOURCE_DATE_EPOCH: '1795953600', ...scenario.env };
}

async function runInProcess(dir: string, args: string[], env: Record<string, string>) {
  const io = captureIo({ cwd: dir, env });
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** At most two installed commands at a time: the machine has two cores, and a row waits on its command. */
const CHILDREN = 2;
let running = 0;
const queue: (() => void)[] = [];

async function withChild<T>(work: () => Promise<T>): Promise<T> {
  if (running >= CHILDREN) await new Promise<void>((ready) => queue.push(ready));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    queue.shift()?.();
  }
}

function runInstalled(
  project: string,
  dir: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // The command npx would run; npx itself adds half a second of npm to every row, and is run
  // once on its own (the installed package's tests below). Its standard input is closed at
  // once, as for a command in CI.
  return withChild(
    () =>
      new Promise((done, fail) => {
        const child = spawn(join(project, 'node_modules', '.bin', 'strategy'), args, {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? project, ...env },
          timeout: 60_000,
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout, stderr }));
        child.stdin.end();
      }),
  );
}

export async function runScenario(mode: Mode, scenario: Scenario, installedProject: string): Promise<Outcome> {
  // Inside the installed project, so that npx finds the command; the in-process runs beside them.
  const dir = prepare(join(installedProject, 'rows', mode), scenario);
  const copies = new Set(Object.keys(filesIn(dir, new Set())).filter((name) => COPIED.some((part) => name.startsWith(`${part}/`))));
  const env = environment(scenario);
  const once = (args: string[]) => (mode === 'in-process' ? runInProcess(dir, args, env) : runInstalled(installedProject, dir, args, env));
  for (const step of scenario.before ?? []) {
    if (!Array.isArray(step)) {
      writeFiles(dir, step.write);
      continue;
    }
    const result = await once(step);
    if (result.code !== 0 && result.code !== 1) throw new Error(`${step.join(' ')} exited ${result.code}: ${result.stderr}`);
  }
  const result = await once(scenario.args);
  return {
    code: result.code,
    stdout: normalise(result.stdout, dir),
    stderr: normalise(result.stderr, dir),
    files: Object.fromEntries(Object.entries(filesIn(dir, copies)).map(([name, text]) => [name, normalise(text, dir)])),
  };
}
