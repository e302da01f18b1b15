// The scenario table, run in-process and through the installed package: both runs must do
// what the row expects, and agree with each other on every output and every file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { scenarios } from './table.js';
import type { Outcome } from './run-both.js';
import { runScenario } from './run-both.js';
import type { Scenario } from './table.js';

function expectRow(outcome: Outcome, scenario: Scenario): void {
  expect({ code: outcome.code, stderr: outcome.stderr }).toMatchObject({ code: scenario.exitCode });
  for (const pattern of scenario.stdout ?? []) expect(outcome.stdout).toMatch(pattern);
  for (const pattern of scenario.stderr ?? []) expect(outcome.stderr).toMatch(pattern);
  for (const pattern of scenario.notStdout ?? []) expect(outcome.stdout).not.toMatch(pattern);
  for (const pattern of scenario.notStderr ?? []) expect(outcome.stderr).not.toMatch(pattern);
  for (const [file, patterns] of Object.entries(scenario.writes ?? {})) {
    expect(Object.keys(outcome.files)).toContain(file);
    for (const pattern of patterns) expect(outcome.files[file]).toMatch(pattern);
  }
  for (const file of scenario.noWrites ?? []) expect(Object.keys(outcome.files)).not.toContain(file);
  // Never a stack trace, whatever went wrong.
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
}

describe('every command, in-process and as installed', () => {
  const project = inject('installedProject');
  it.concurrent.each(scenarios)('$name', async (scenario) => {
    const inProcess = await runScenario('in-process', scenario, project);
    const installed = await runScenario('installed', scenario, project);
    expectRow(inProcess, scenario);
    expectRow(installed, scenario);
    expect(installed).toEqual(inProcess);
  });
});

describe('the installed package', () => {
  it('writes strategy files whose schema comment points to the schema it installed', async () => {
    const project = inject('installedProject');
    const dir = join(project, 'schema-comment');
    mkdirSync(dir, { recursive: true });
    const result = spawnSync('npx', ['--no', '--', 'strategy', 'init', '--example', 'university-en', '--no-interactive'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir },
    });
    expect(result.status).toBe(0);
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(join(dir, 'strategy.yaml'), 'utf8'))?.[1];
    expect(schema).toBe('../node_modules/strategy-as-code/schemas/strategy.schema.json');
    expect(JSON.parse(readFileSync(resolve(dir, schema!), 'utf8'))).toHaveProperty('$defs.goal');
  });
});
