// Generates a large, valid strategy for scale benchmarks: the English example with `items`
// calendar items and `goals` extra goals (each with a KPI).
// Usage: node bench/generate.mjs <items> <goals> > file.yaml
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export function largeStrategy(items, goals) {
  const base = readFileSync(fileURLToPath(new URL('../examples/university-en/strategy.yaml', import.meta.url)), 'utf8');
  const strategy = parse(base);
  for (let i = 0; i < goals; i++) {
    strategy.goals[`generated-goal-${i}`] = {
      statement: `Generated goal ${i} grows a metric by a fixed amount before the deadline.`,
      metric: `Metric ${i}`,
      baseline: i,
      target: i + 10,
      unit: 'points',
      deadline: '2027-06-30',
      owner: 'priya',
      audiences: ['current-students'],
    };
    strategy.control.kpis[`generated-kpi-${i}`] = {
      goal: `generated-goal-${i}`,
      metric: `Metric ${i}`,
      source: 'Analytics',
      frequency: 'monthly',
    };
  }
  const channels = ['instagram', 'linkedin', 'youtube'];
  const formats = { instagram: 'photo', linkedin: 'text', youtube: 'video' };
  const start = Date.UTC(2026, 8, 1);
  for (let i = 0; i < items; i++) {
    const channel = channels[i % channels.length];
    strategy.calendar.items.push({
      date: new Date(start + (i % 360) * 86_400_000).toISOString().slice(0, 10),
      time: `${String(8 + (i % 10)).padStart(2, '0')}:30`,
      channel,
      pillar: channel === 'linkedin' ? 'work-and-projects' : 'programmes',
      title: `Generated post number ${i} about student life and programmes`,
      owner: 'tom',
      status: 'planned',
      format: formats[channel],
    });
  }
  return stringify(strategy, { lineWidth: 0 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(largeStrategy(Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 200)));
}
