// Generates a large, valid strategy for scale benchmarks: the English example with `items`
// calendar items and `goals` goals. Usage: node bench/generate.mjs <items> <goals> > file.yaml
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function largeStrategy(items, goals) {
  const base = readFileSync(fileURLToPath(new URL('../examples/university-en/strategy.yaml', import.meta.url)), 'utf8');
  const lines = [base.replace(/\ngoals:\n/, '\ngoals:\n' + goalLines(goals))];
  lines.push('    # generated items');
  const start = Date.UTC(2026, 8, 1);
  const channels = ['instagram', 'linkedin', 'youtube'];
  for (let i = 0; i < items; i++) {
    const date = new Date(start + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    const channel = channels[i % channels.length];
    lines.push(
      `    - date: ${date}\n      time: "${String(8 + (i % 10)).padStart(2, '0')}:30"\n      channel: ${channel}\n      title: Generated post number ${i} about student life and programmes\n      owner: tom\n      status: planned\n      format: photo`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function goalLines(count) {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += `  generated-goal-${i}:\n    statement: Generated goal ${i} grows a metric by a fixed amount before the deadline.\n    metric: Metric ${i}\n    baseline: ${i}\n    target: ${i + 10}\n    unit: points\n    deadline: 2027-06-30\n    owner: priya\n    audiences: [current-students]\n`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(largeStrategy(Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 200)));
}
