import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../src/model/check.js';

const examplesDir = new URL('../examples/', import.meta.url);
const examples = (await readdir(examplesDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);

describe('bundled examples', () => {
  it('include an mbo strategy and an adult-education strategy in Dutch, and one in English', async () => {
    const found: { sector?: string; language?: string }[] = [];
    for (const name of examples) {
      const { strategy } = checkSource(await readFile(new URL(`${name}/strategy.yaml`, examplesDir), 'utf8'));
      found.push({ sector: strategy?.organisation?.sector, language: strategy?.language });
    }
    expect(found).toEqual(
      expect.arrayContaining([
        { sector: 'mbo', language: 'nl' },
        { sector: 'adult-education', language: 'nl' },
        expect.objectContaining({ language: 'en' }),
      ]),
    );
  });

  describe.each(examples)('%s', (name) => {
    it('is valid and fills every section', async () => {
      const text = await readFile(new URL(`${name}/strategy.yaml`, examplesDir), 'utf8');
      const result = checkSource(text);
      expect(result.findings).toEqual([]);
      const strategy = result.strategy!;
      const schema = JSON.parse(await readFile(new URL('../schemas/strategy.schema.json', import.meta.url), 'utf8')) as {
        properties: Record<string, unknown>;
      };
      // `derived` is written by render --format yaml, never by hand.
      expect(Object.keys(strategy).sort()).toEqual(
        Object.keys(schema.properties)
          .filter((key) => key !== 'derived')
          .sort(),
      );
    });

    it('starts with a schema line that editors resolve from its own folder', async () => {
      const text = await readFile(new URL(`${name}/strategy.yaml`, examplesDir), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/strategy.schema.json');
    });

    it('has real numbers: goals with baseline and target, channels with two admins, measurements', async () => {
      const { strategy } = checkSource(await readFile(new URL(`${name}/strategy.yaml`, examplesDir), 'utf8'));
      const goals = Object.values(strategy!.goals ?? {});
      expect(goals.length).toBeGreaterThanOrEqual(3);
      for (const goal of goals) {
        expect(goal?.target).not.toBe(goal?.baseline);
        expect(goal?.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const channel of Object.values(strategy!.channels ?? {})) expect(channel?.admins?.length).toBeGreaterThanOrEqual(2);
      expect(strategy!.control?.measurements?.length).toBeGreaterThan(0);
      expect(strategy!.calendar?.key_dates?.length).toBeGreaterThan(0);
      const minutes = (strategy!.content?.cadence ?? []).reduce((sum, c) => sum + c.per_week * (c.minutes_per_post ?? 0), 0);
      const hours = Object.values(strategy!.team?.members ?? {}).reduce((sum, m) => sum + (m?.hours_per_week ?? 0), 0);
      expect(minutes / 60).toBeLessThan(hours);
    });
  });
});
