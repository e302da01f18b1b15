// The worst inputs within the documented limits, against the budget: every one answered
// within 3 s and 300 MB (peak resident memory) on this machine. Each runs the installed
// command in a child process that reports its own peak memory at exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installPacked } from '../scripts/install-packed.mjs';

const MB = 1024 * 1024;
const VALUES = 30_000;
const dir = mkdtempSync(join(tmpdir(), 'strategy-adversarial-'));
const { project } = installPacked();
const cli = pathToFileURL(join(project, 'node_modules', 'strategy-as-code', 'dist', 'cli.js')).href;
const packageRoot = join(project, 'node_modules', 'strategy-as-code');

const head = 'version: 1\nlanguage: en\n';
const shapes = {
  'flow sequence, 4 MiB': `${head}x: [${'1,'.repeat(2 * MB - 20)}1]\n`,
  'comments, 4 MiB': `${head}${'# a comment line here\n'.repeat(Math.floor((4 * MB - 40) / 22))}`,
  'blank lines, 4 MiB': `${head}${'\n'.repeat(4 * MB - 40)}`,
  'long texts, 4 MiB': `${head}${Array.from({ length: 100 }, (_, i) => `k${i}: "${'x'.repeat(41_000)}"`).join('\n')}\n`,
  'unknown keys at the values limit': `${head}${Array.from({ length: VALUES - 10 }, (_, i) => `k${i}: 1`).join('\n')}\n`,
  'goals without KPIs at the values limit': `${head}goals:\n${Array.from({ length: VALUES - 10 }, (_, i) => `  g${i}: {statement: Goal ${i}}`).join('\n')}\n`,
  'unknown references at the values limit': `${head}channels:\n  c: {platform: instagram, admins: [${Array.from({ length: VALUES - 20 }, (_, i) => `m${i}`).join(',')}]}\n`,
  'calendar items at the values limit': `${head}period: {start: 2026-09-01, end: 2027-07-31}\nchannels:\n  ig: {platform: instagram}\ncalendar:\n  items:\n${Array.from({ length: Math.floor(VALUES / 3) - 10 }, (_, i) => `    - {date: 2026-10-${String(1 + (i % 28)).padStart(2, '0')}, title: "Post ${i}", channel: ig}`).join('\n')}\n`,
  'nesting 2,000 deep': `${head}x: ${'['.repeat(2000)}${']'.repeat(2000)}\n`,
  'aliases expanding to 100,000 values': `${head}a: &a [1,2,3,4,5,6,7,8,9,10]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
};

const runner = `const [cli, root, ...args] = process.argv.slice(1);
process.argv = [process.argv[0], 'strategy', ...args];
process.on('exit', () => process.stderr.write('\\nPEAK ' + process.resourceUsage().maxRSS + '\\n'));
const { main } = await import(cli);
await main(root);`;

console.log(`\nWorst inputs within the limits (budget: 3 s and 300 MB each)\n`);
console.log('| input | command | exit | time | peak memory | within budget |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
let over = 0;
for (const [name, text] of Object.entries(shapes)) {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(file, text);
  for (const command of [
    ['check', file],
    ['render', file, '--force', '--out-dir', join(dir, 'out')],
  ]) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', runner, cli, packageRoot, ...command], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peak = Number(/PEAK (\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN) / 1024;
    const ok = seconds <= 3 && peak <= 300;
    if (!ok) over += 1;
    console.log(`| ${name} | ${command[0]} | ${result.status} | ${seconds.toFixed(2)} s | ${peak.toFixed(0)} MB | ${ok ? 'yes' : 'NO'} |`);
  }
}
if (over > 0) console.log(`\n${over} case(s) over budget.`);
