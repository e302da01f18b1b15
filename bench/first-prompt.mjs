// Time until `strategy init` shows its first question in a real pseudo-terminal, against
// bare `node -e 0` in the same run (medians of paired runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeOnce } from './measure.mjs';
import { installPacked } from '../scripts/install-packed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;
const dir = mkdtempSync(join(tmpdir(), 'strategy-first-prompt-'));
// The package as users install it.
const { project } = installPacked();
const bin = join(project, 'node_modules', 'strategy-as-code', 'bin', 'strategy.cjs');
const script = join(dir, 'script.json');
writeFileSync(script, JSON.stringify([['Name of the school or organisation', '\u0003']]));
const none = join(dir, 'none.json');
writeFileSync(none, '[]');

/** Runs `command` in a pty; milliseconds after the fork until the first pattern shows, and until exit. */
function drive(steps, command) {
  const result = spawnSync('python3', [join(root, 'test/wizard/pty-driver.py'), steps, '--', ...command], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TERM: 'xterm', HOME: dir },
  });
  return JSON.parse(result.stdout);
}

const base = [];
const spawned = [];
const prompt = [];
for (let i = 0; i < runs + 1; i++) {
  // Bare `node -e 0` from start to exit, against the wizard from start to its first question,
  // both started the same way.
  const node = drive(none, [process.execPath, '-e', '0']).ended;
  const first = drive(script, [process.execPath, bin, '--lang', 'en', 'init']).times[0];
  const viaSpawn = timeOnce(process.execPath, ['-e', '0']).ms;
  if (i === 0) continue; // a warm-up, as in run.mjs
  base.push(node);
  spawned.push(viaSpawn);
  prompt.push(first);
}
// Two baselines: `node -e 0` timed like every other case in bench/ (spawned from Node, start
// to exit), and timed from the pty's fork to exit, without the cost of spawning from Node.
const ratio = median(prompt.map((t, i) => t / spawned[i]));
const strict = median(prompt.map((t, i) => t / base[i]));
console.log(`\n| case | node -e 0 | first prompt | ratio | budget |\n| --- | ---: | ---: | ---: | ---: |`);
console.log(`| strategy init: time to the first question, against node -e 0 spawned as in run.mjs | ${median(spawned).toFixed(0)} ms | ${median(prompt).toFixed(0)} ms | ${ratio.toFixed(2)}x | 1.5x${ratio > 1.5 ? ' ✗' : ''} |`);
console.log(`| the same, against node -e 0 from the pty's fork to exit | ${median(base).toFixed(0)} ms | ${median(prompt).toFixed(0)} ms | ${strict.toFixed(2)}x | — |`);
