// The measurement model on its own: what a goal's figures say on a given day. Expected values
// are worked out here by hand or with the test's own least-squares line.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessGoal } from '../../src/core/measures/assess.js';
import { lineAt } from '../helpers/least-squares.js';
import type { Strategy } from '../../src/model/strategy.js';
import { importAggregate, kpiKind } from '../../src/core/measures/goal.js';

type Goal = NonNullable<Strategy['goals']>[string];
type Kpi = NonNullable<NonNullable<NonNullable<Strategy['control']>['kpis']>[string]>;

function strategy(goal: Partial<Goal>, kpis: Record<string, Partial<Kpi>>, measurements: [string, string, number][]): Strategy {
  return {
    version: 1,
    period: { start: '2026-08-01', end: '2027-07-31' },
    goals: { g: { statement: 'Een doel', deadline: '2027-06-30', ...goal } as Goal },
    control: {
      kpis: Object.fromEntries(Object.entries(kpis).map(([id, kpi]) => [id, { goal: 'g', frequency: 'monthly', ...kpi } as Kpi])),
      measurements: measurements.map(([kpi, date, value]) => ({ kpi, date, value })),
    },
  } as Strategy;
}

const DAY = 86_400_000;
const x = (iso: string): number => Date.parse(iso) / DAY;

describe('a goal measured on a day', () => {
  const followers = (measurements: [string, number][], goal: Partial<Goal> = {}) =>
    strategy(
      { baseline: 1000, target: 1600, unit: 'volgers', ...goal },
      { ig: {} },
      measurements.map(([d, v]) => ['ig', d, v]),
    );

  it('is on course only when the line through the baseline and the figures reaches the target', () => {
    const s = followers([
      ['2026-09-30', 1080],
      ['2026-10-31', 1150],
      ['2026-11-28', 1230],
    ]);
    const m = assessGoal(s, 'g', '2026-11-29')!;
    const expected = Math.round(
      lineAt(
        [
          [x('2026-08-01'), 1000],
          [x('2026-09-30'), 1080],
          [x('2026-10-31'), 1150],
          [x('2026-11-28'), 1230],
        ],
        x('2027-06-30'),
      ),
    );
    expect(m.status).toEqual({
      kind: expected >= 1600 ? 'on-course' : 'behind',
      forecast: expect.objectContaining({ value: expected, reaches: expected >= 1600, shortfall: Math.max(0, 1600 - expected) }),
    });
    expect(m.latest).toEqual({ date: '2026-11-28', value: 1230 });
    expect(m.share).toBeCloseTo(230 / 600);
  });

  it('does not count a figure after the day, and says a figure too old is unknown since its date', () => {
    const s = followers([
      ['2026-09-30', 1080],
      ['2026-10-31', 1150],
      ['2027-06-01', 1700],
    ]);
    expect(assessGoal(s, 'g', '2026-11-29')!.latest).toEqual({ date: '2026-10-31', value: 1150 });
    expect(assessGoal(s, 'g', '2027-01-15')!.status).toEqual({ kind: 'unknown', reason: 'stale', since: '2026-10-31' });
  });

  it('forecasts nothing from one figure', () => {
    expect(assessGoal(followers([['2026-10-31', 1150]]), 'g', '2026-11-01')!.status).toEqual({ kind: 'unknown', reason: 'too-few' });
  });

  it('is reached when a figure meets the target, and missed when the deadline passed without', () => {
    expect(
      assessGoal(
        followers([
          ['2026-10-31', 1150],
          ['2026-11-28', 1610],
        ]),
        'g',
        '2026-11-29',
      )!.status,
    ).toEqual({ kind: 'reached', date: '2026-11-28', value: 1610 });
    expect(
      assessGoal(
        followers([
          ['2027-05-31', 1400],
          ['2027-06-30', 1450],
        ]),
        'g',
        '2027-07-05',
      )!.status,
    ).toEqual({ kind: 'missed', deadline: '2027-06-30', value: 1450 });
  });

  it('adds up a count per period for a total, and never forecasts below what is counted', () => {
    const s = strategy({ kind: 'total', target: 300, unit: 'aanmeldingen' }, { maand: { kind: 'count' } }, [
      ['maand', '2026-09-30', 10],
      ['maand', '2026-10-31', 12],
      ['maand', '2026-11-28', 8],
    ]);
    const m = assessGoal(s, 'g', '2026-11-29')!;
    expect(m.series.map((p) => p.value)).toEqual([10, 22, 30]);
    const expected = Math.round(
      lineAt(
        [
          [x('2026-08-01'), 0],
          [x('2026-09-30'), 10],
          [x('2026-10-31'), 22],
          [x('2026-11-28'), 30],
        ],
        x('2027-06-30'),
      ),
    );
    expect(m.status).toMatchObject({ kind: 'behind', forecast: { value: expected, shortfall: 300 - expected } });
  });

  it('lowers a response time: behind is above the target', () => {
    const s = strategy({ baseline: 48, target: 24, unit: 'uur', direction: 'decrease', kind: 'rate' }, { tijd: { kind: 'rate' } }, [
      ['tijd', '2026-09-30', 47],
      ['tijd', '2026-10-31', 46],
      ['tijd', '2026-11-28', 46],
    ]);
    const m = assessGoal(s, 'g', '2026-11-29')!;
    expect(m.status.kind).toBe('behind');
    expect(m.status.kind === 'behind' && m.status.forecast.value).toBeGreaterThan(24);
  });

  it('keeps a percentage within 0 and 100', () => {
    const s = strategy({ baseline: 50, target: 90, unit: '%', kind: 'rate' }, { p: {} }, [
      ['p', '2026-09-30', 60],
      ['p', '2026-10-31', 70],
      ['p', '2026-11-28', 82],
    ]);
    expect(assessGoal(s, 'g', '2026-11-29')!.status).toMatchObject({ kind: 'on-course', forecast: { value: 100 } });
  });

  it('shows each KPI on its own when it is not settled which one measures the goal', () => {
    const s = strategy(
      { kind: 'total', target: 300, unit: 'aanmeldingen' },
      { maand: { kind: 'count' }, bereik: { unit: 'accounts', import: { platform: 'instagram', column: 'reach', aggregate: 'sum' } } },
      [
        ['maand', '2026-10-31', 12],
        ['bereik', '2026-10-31', 27123],
      ],
    );
    const m = assessGoal(s, 'g', '2026-11-29')!;
    expect(m.status).toEqual({ kind: 'unknown', reason: 'problem' });
    expect(m.series).toEqual([]);
    // Which one counts applications is not known: no figure borrows the goal's unit.
    expect(m.supporting.map((f) => [f.kpi, f.unit, f.latest?.value])).toEqual([
      ['maand', null, 12],
      ['bereik', 'accounts', 27123],
    ]);
    // Named, the reach supports the goal in its own unit.
    const named = assessGoal({ ...s, goals: { g: { ...s.goals!.g!, measured_by: 'maand' } } }, 'g', '2026-11-29')!;
    expect(named.latest).toEqual({ date: '2026-10-31', value: 12 });
    expect(named.supporting.map((f) => [f.kpi, f.unit])).toEqual([['bereik', 'accounts']]);
  });

  it('never says on course with a line that misses, nor behind with a shortfall of nothing', () => {
    const figure = fc.integer({ min: 0, max: 5000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.array(figure, { minLength: 2, maxLength: 8 }),
        fc.boolean(),
        (target, values, decrease) => {
          const baseline = decrease ? target + 100 : Math.max(0, target - 100);
          const dates = values.map((_, i) => new Date(Date.parse('2026-09-01') + i * 14 * DAY).toISOString().slice(0, 10));
          const s = followers(
            values.map((v, i) => [dates[i]!, v]),
            { baseline, target, direction: decrease ? 'decrease' : 'increase' },
          );
          const m = assessGoal(s, 'g', dates[dates.length - 1]!)!;
          if (m.status.kind === 'on-course')
            expect(decrease ? m.status.forecast.value <= target : m.status.forecast.value >= target).toBe(true);
          if (m.status.kind === 'behind') {
            expect(m.status.forecast.shortfall).toBeGreaterThan(0);
            expect(decrease ? m.status.forecast.value > target : m.status.forecast.value < target).toBe(true);
          }
        },
      ),
    );
  });

  describe('where a careful analyst would object', () => {
    it("does not measure a goal by a KPI named in measured_by that is missing or another goal's", () => {
      for (const named of ['ig-volger', 'ander']) {
        const s = followers(
          [
            ['2026-10-31', 1150],
            ['2026-11-28', 1700],
          ],
          { measured_by: named },
        );
        s.goals!.b = { statement: 'Ander doel' } as Goal;
        s.control!.kpis!.ander = { goal: 'b' } as Kpi;
        const m = assessGoal(s, 'g', '2026-11-29')!;
        expect(m.status).toEqual({ kind: 'unknown', reason: 'problem' });
        expect(m.latest).toBeNull();
      }
    });

    it('counts a total up from zero even when last period’s total is above the new target', () => {
      const s = strategy({ kind: 'total', baseline: 420, target: 400 }, { tot: { kind: 'level' } }, [
        ['tot', '2026-10-01', 160],
        ['tot', '2026-11-01', 240],
      ]);
      const m = assessGoal(s, 'g', '2026-11-29')!;
      expect(m.increase).toBe(true);
      expect(m.status.kind).toBe('on-course');
      expect(m.share).toBeCloseTo(240 / 400);
    });

    it('keeps a total under a ceiling open until the deadline, and never forecasts a running total down', () => {
      const s = strategy({ kind: 'total', baseline: 50, target: 30, direction: 'decrease' }, { klacht: { kind: 'count' } }, [
        ['klacht', '2026-09-30', 12],
        ['klacht', '2026-10-31', 12],
        ['klacht', '2026-11-28', 11],
      ]);
      const m = assessGoal(s, 'g', '2026-11-29')!;
      expect(m.latest).toEqual({ date: '2026-11-28', value: 35 });
      const expected = Math.round(
        lineAt(
          [
            [x('2026-08-01'), 0],
            [x('2026-09-30'), 12],
            [x('2026-10-31'), 24],
            [x('2026-11-28'), 35],
          ],
          x('2027-06-30'),
        ),
      );
      expect(m.status).toMatchObject({ kind: 'behind', forecast: { value: expected, shortfall: expected - 30 } });
      expect(m.share).toBeNull();
    });

    it('never names a month already past for reaching the target', () => {
      const s = followers([
        ['2026-09-01', 1650],
        ['2026-11-01', 1590],
      ]);
      const m = assessGoal(s, 'g', '2026-11-29')!;
      if (m.status.kind === 'on-course')
        expect(m.status.forecast.reachedBy === null || m.status.forecast.reachedBy > '2026-11-29').toBe(true);
    });

    it('forecasts from two measurements, one of them on the first day', () => {
      const m = assessGoal(
        followers([
          ['2026-08-01', 1240],
          ['2026-11-01', 1370],
        ]),
        'g',
        '2026-11-29',
      )!;
      const expected = Math.round(
        lineAt(
          [
            [x('2026-08-01'), 1240],
            [x('2026-11-01'), 1370],
          ],
          x('2027-06-30'),
        ),
      );
      expect(m.status).toMatchObject({ forecast: { value: expected } });
    });

    it('keeps the precision a small figure needs', () => {
      const s = strategy({ baseline: 0.01, target: 0.04, kind: 'rate' }, { r: {} }, [
        ['r', '2026-09-30', 0.011],
        ['r', '2026-10-31', 0.012],
      ]);
      const m = assessGoal(s, 'g', '2026-11-29')!;
      const expected = lineAt(
        [
          [x('2026-08-01'), 0.01],
          [x('2026-09-30'), 0.011],
          [x('2026-10-31'), 0.012],
        ],
        x('2027-06-30'),
      );
      expect(m.status).toMatchObject({ kind: 'behind', forecast: { value: Math.round(expected * 1000) / 1000 } });
    });

    it('holds a unit written as procent within 100', () => {
      const s = strategy({ baseline: 55, target: 90, unit: 'procent', kind: 'rate' }, { p: { unit: '%' } }, [
        ['p', '2026-09-30', 68],
        ['p', '2026-10-31', 74],
      ]);
      expect(assessGoal(s, 'g', '2026-11-29')!.status).toMatchObject({ forecast: { value: 100, bounded: true } });
    });

    it('adds up two counts of one day', () => {
      const s = strategy({ kind: 'total', target: 350 }, { dag: { kind: 'count' } }, [
        ['dag', '2026-11-01', 140],
        ['dag', '2026-11-01', 60],
      ]);
      expect(assessGoal(s, 'g', '2026-11-29')!.latest).toEqual({ date: '2026-11-01', value: 200 });
    });
  });
});

describe('one answer to how an imported KPI’s rows combine, for the import and the measurement model', () => {
  const kpi = (extra: Record<string, unknown>, column: string) =>
    ({ metric: 'm', frequency: 'monthly', import: { platform: 'instagram', column }, ...extra }) as unknown as Kpi;
  it.each([
    [{}, 'followers', 'last', 'level'],
    [{}, 'Volgers', 'last', 'level'],
    [{}, 'engagement_rate', 'mean', 'rate'],
    [{}, 'reach', 'sum', 'count'],
    [{ kind: 'level' }, 'reach', 'last', 'level'],
    [{ kind: 'rate' }, 'reach', 'mean', 'rate'],
  ] as const)('%o on %s: the import takes the %s, the model counts a %s', (extra, column, aggregate, kind) => {
    expect(importAggregate(kpi(extra, column))).toBe(aggregate);
    expect(kpiKind(kpi(extra, column), undefined).kind).toBe(kind);
  });
  it('keeps an aggregate the KPI states', () => {
    const stated = {
      metric: 'm',
      frequency: 'monthly',
      import: { platform: 'instagram', column: 'followers', aggregate: 'sum' },
    } as unknown as Kpi;
    expect(importAggregate(stated)).toBe('sum');
    expect(kpiKind(stated, undefined).kind).toBe('count');
  });
});
