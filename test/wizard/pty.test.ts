// The installed command in a real pseudo-terminal: keystrokes, Ctrl-C, and a resume.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../helpers/io.js';

const ENTER = '\r';
const DOWN = '\u001b[B';
const CTRL_C = '\u0003';

function drive(dir: string, steps: [string, string][], args: string[] = []) {
  const script = join(dir, `script-${Date.now()}.json`);
  writeFileSync(script, JSON.stringify(steps));
  const result = spawnSync(
    'python3',
    [join(packageRoot, 'test/wizard/pty-driver.py'), script, '--', join(inject('installedProject'), 'node_modules', '.bin', 'strategy'), '--lang', 'en', 'init', ...args],
    { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH ?? '', TERM: 'xterm', LANG: 'en_GB.UTF-8', HOME: dir } },
  );
  return JSON.parse(result.stdout) as { exit: number | null; output: string; waiting_for?: string };
}

describe('strategy init in a terminal', () => {
  it('answers with keystrokes, stops on Ctrl-C with exit 130, and resumes where it stopped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-pty-'));
    const first = drive(dir, [
      ['\\[1/11\\] Baseline', ''],
      ['How do you use social media now', `Mostly Instagram.${ENTER}`],
      ['Which formats \\(photo, video, story …\\) do you use already', `${ENTER}`],
      ['How many hours a week', `4${ENTER}`],
      ['How is content made', ENTER],
      ['How satisfied', `${DOWN}${DOWN}${ENTER}`],
      ['Add an existing account', `n${ENTER}`],
      ['\\[2/11\\] Vision and team', ''],
      ['Name of the organisation', `Pty College${ENTER}`],
      ['Sector', `${DOWN}${DOWN}${ENTER}`],
      ['What does social media contribute', `Show student life.${ENTER}`],
      ['In which domains', ENTER],
      ['First day of the strategy period', `2026-09-01${ENTER}`],
      ['Last day of the strategy period', `31-07-2027${ENTER}`],
      ['not a valid date. Write dates as YYYY-MM-DD, here 2027-07-31', '\u0015'.repeat(1) + `${'\u007f'.repeat(12)}2027-07-31${ENTER}`],
      ['Add a team member', `n${ENTER}`],
      ['\\[3/11\\] Goals', ''],
      ['Add a goal', CTRL_C],
    ]);
    expect(first.waiting_for).toBeUndefined();
    expect(first.exit).toBe(130);
    expect(first.output).toMatch(/Stopped\. Your answers up to the last finished block are saved in \.strategy-draft\.yaml; run "strategy init --resume" to continue\./);
    expect(first.output).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'strategy.yaml'))).toBe(false);

    const second = drive(dir, [
      ['\\[3/11\\] Goals', ''],
      ['Add a goal', `n${ENTER}`],
      ['Add an audience', `n${ENTER}`],
      ['Add a channel', `n${ENTER}`],
      ['Principles for content', ENTER],
      ['Add a content pillar', `n${ENTER}`],
      ['Add a cadence entry', `n${ENTER}`],
      ['\\[7/11\\] Implementation', ''],
      ['Within how many hours', ENTER],
      ['When and to whom do you escalate', ENTER],
      ['What happens in a crisis', ENTER],
      ['Who is the spokesperson', ENTER],
      ['Where is the social-media protocol', CTRL_C],
    ], ['--resume']);
    expect(second.waiting_for).toBeUndefined();
    expect(second.exit).toBe(130);
    expect(second.output).not.toMatch(/Name of the organisation/);
    const draft = parse(readFileSync(join(dir, '.strategy-draft.yaml'), 'utf8')) as { strategy: { organisation: { name: string; sector: string }; period: { end: string } } };
    expect(draft.strategy.organisation).toEqual({ name: 'Pty College', sector: 'mbo', vision: 'Show student life.' });
    expect(draft.strategy.period.end).toBe('2027-07-31');
  }, 120_000);
});
