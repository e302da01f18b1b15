// No finding contradicts an answer the wizard stored: a finding that names fields as missing
// (a crisis plan, who keeps the consent register, who approves webcare answers) is never about
// a field the answers filled in. Checked on strategies the essentials write for schools of
// every sector, before and after init --fix.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init } from '../../src/commands/init.js';
import { lintSource } from '../../src/rules/run.js';
import { captureIo } from '../helpers/io.js';
import { DUTCH, audiencesOf } from './scripts.js';
import { initOptions, ScriptedPrompter } from './scripted.js';
import type { Rule } from './scripted.js';

/** What a strategy holds at a dotted path; a goal's own field (goal.deadline) in the goal the finding points at. */
function valueAt(strategy: Record<string, unknown>, field: string, pointer: string): unknown {
  const [head, ...rest] = field.split('.');
  const path = head === 'goal' ? [...pointer.split('/').slice(1, 3), ...rest] : field.split('.');
  return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), strategy);
}

const filled = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

async function written(script: Rule[], fix: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-contradictions-'));
  expect(await init(initOptions('nl'), captureIo({ cwd: dir }), async () => new ScriptedPrompter(script))).toBe(0);
  if (fix) expect(await init(initOptions('nl', { fix: true }), captureIo({ cwd: dir }), async () => new ScriptedPrompter(script))).toBe(0);
  return readFileSync(join(dir, 'strategy.yaml'), 'utf8');
}

/** Answers to what --fix asks, where a school has one. */
const ANSWERS: Rule[] = [
  [/^Wie is woordvoerder/, 'de directeur'],
  [/^Wie houdt de toestemmingen bij/, 'de administratie'],
  [/^Wat doen jullie als een account wordt overgenomen/, 'Wachtwoord herstellen en de volgers waarschuwen.'],
];

describe('findings and the answers the wizard stored', () => {
  it.each(
    ['po', 'vo', 'mbo', 'hbo', 'wo', 'adult-education', 'other'].flatMap((sector) => [[sector, false] as const, [sector, true] as const]),
  )('%s (after --fix: %s): no finding names a field the answers filled in', async (sector, fix) => {
    const text = await written([[/^Soort onderwijs/, sector], ...audiencesOf(sector), ...ANSWERS, ...DUTCH], fix);
    const strategy = parse(text) as Record<string, unknown>;
    const findings = lintSource(text, { today: '2026-11-29' }).findings;
    const contradictions = findings.flatMap((finding) => {
      const data = finding.data as { parts?: unknown; fields?: unknown };
      const named = [data.parts, data.fields].find(Array.isArray) as string[] | undefined;
      return (named ?? [])
        .filter((field) => filled(valueAt(strategy, field, finding.pointer)))
        .map(
          (field) =>
            `${finding.ruleId}/${finding.messageId} says ${field} is missing, but it holds ${JSON.stringify(valueAt(strategy, field, finding.pointer))}`,
        );
    });
    expect(contradictions).toEqual([]);
    // Findings that name missing fields do occur, so the check has something to hold.
    if (!fix && sector === 'vo') expect(findings.some((f) => Array.isArray((f.data as { parts?: unknown }).parts))).toBe(true);
  });
});
