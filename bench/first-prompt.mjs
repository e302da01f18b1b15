// Time until `strategy init` shows its first question in a real pseudo-terminal, against
// bare `node -e 0` in the same run (medians of paired runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, quantile } from './measure.mjs';
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
const prompt = [];
for (let i = 0; i < runs + 1; i++) {
  // Like for like: bare `node -e 0` and the wizard, both started through the same pty, in
  // alternating order; the wizard from its start to its first question.
  const pair =
    i % 2 === 0
      ? [drive(none, [process.execPath, '-e', '0']).ended, drive(script, [process.execPath, bin, '--lang', 'en', 'init']).times[0]]
      : [
          drive(script, [process.execPath, bin, '--lang', 'en', 'init']).times[0],
          drive(none, [process.execPath, '-e', '0']).ended,
        ].reverse();
  if (i === 0) continue; // a warm-up, as in run.mjs
  base.push(pair[0]);
  prompt.push(pair[1]);
}
const ratios = prompt.map((t, i) => t / base[i]);
const ratio = median(ratios);
console.log(`\n| case | node -e 0 | first prompt | ratio | p25–p75 | budget |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
console.log(
  `| strategy init: time to the first question, both started in a pty | ${median(base).toFixed(0)} ms | ${median(prompt).toFixed(0)} ms | ${ratio.toFixed(2)}x | ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)} | 1.5x${ratio > 1.5 ? ' ✗' : ''} |`,
);
