// strategy measure import: measurements from a CSV with a byte-order mark, Dutch headers and
// Dutch numbers and dates go into control.measurements as the expected numbers; a second
// import adds nothing; every byte of strategy.yaml outside the new lines stays as it was.
import { chmodSync, copyFileSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';
import type { Strategy } from '../../src/model/strategy.js';

/** The day of these imports: a week after the test clock's 29 November 2026, so December's first measurements are in the past. */
const LATER = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 6) / 1000) };

function project(csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'measure-'));
  copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
  writeFileSync(join(dir, 'export.csv'), csv);
  return dir;
}

const DUTCH =
  '\uFEFFDatum;KPI;Waarde;Toelichting\r\n1-12-2026;linkedin-volgers;1.412;na de open dag\r\n2026-12-01;aanmeldingen-link;1,2K;\r\n2026-11-01;linkedin-volgers;1370;\r\n';

describe('strategy measure import', () => {
  it('adds the measurements as numbers, once, and changes no other byte', async () => {
    const dir = project(DUTCH);
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const io = captureIo({ env: LATER, cwd: dir });
    expect(await run(['measure', 'import', 'export.csv'], io)).toBe(0);
    expect(io.out()).toBe(
      '+ { kpi: linkedin-volgers, date: 2026-12-01, value: 1412, note: "na de open dag" }\n+ { kpi: aanmeldingen-link, date: 2026-12-01, value: 1200 }\n2 metingen toegevoegd aan strategy.yaml (1 stond er al).\n',
    );
    const after = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual([
      '    - { kpi: linkedin-volgers, date: 2026-12-01, value: 1412, note: "na de open dag" }',
      '    - { kpi: aanmeldingen-link, date: 2026-12-01, value: 1200 }',
    ]);
    expect(
      after
        .split('\n')
        .filter((line) => !added.includes(line))
        .join('\n'),
    ).toBe(before);
    const measurements = (parse(after) as Strategy).control!.measurements!;
    expect(measurements.filter((m) => m!.date === '2026-12-01').map((m) => [m!.kpi, m!.value])).toEqual([
      ['linkedin-volgers', 1412],
      ['aanmeldingen-link', 1200],
    ]);

    const again = captureIo({ env: LATER, cwd: dir });
    expect(await run(['measure', 'import', 'export.csv'], again)).toBe(0);
    expect(again.out()).toBe('Geen metingen toegevoegd aan strategy.yaml (3 stonden er al).\n');
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(after);
  });

  it('reads the encodings spreadsheet programs write, and refuses text already broken', async () => {
    const rows = ['Datum;KPI;Waarde;Toelichting', '2026-12-01;linkedin-volgers;1412;Café één — open dag'];
    const text = `${rows.join('\r\n')}\r\n`;
    // The note as the test itself encodes it: Windows-1252 has é as 0xE9, ë as 0xEB, — as 0x97.
    const cp1252 = Buffer.from([...text].map((char) => ({ é: 0xe9, ë: 0xeb, '—': 0x97 })[char] ?? char.charCodeAt(0)));
    const utf16le = Buffer.from(text, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    for (const [name, bytes] of [
      ['Windows-1252', cp1252],
      ['UTF-16 LE without a byte-order mark', utf16le],
      ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
      ['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${text}`, 'utf8')],
    ] as const) {
      const dir = project('');
      writeFileSync(join(dir, 'export.csv'), bytes);
      const io = captureIo({ env: LATER, cwd: dir });
      expect(await run(['measure', 'import', 'export.csv'], io), name).toBe(0);
      const note = (parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as Strategy).control!.measurements!.find(
        (m) => m!.date === '2026-12-01',
      )?.note;
      expect(note, name).toBe('Café één — open dag');
    }
    const broken = project(`${rows[0]}\r\n2026-12-01;linkedin-volgers;1412;Caf\uFFFD\r\n`);
    const before = readFileSync(join(broken, 'strategy.yaml'), 'utf8');
    const io = captureIo({ env: LATER, cwd: broken });
    expect(await run(['measure', 'import', 'export.csv'], io)).toBe(2);
    expect(io.err()).toContain('export.csv:2: op deze regel staat een teken dat al verloren was');
    expect(readFileSync(join(broken, 'strategy.yaml'), 'utf8')).toBe(before);
  });

  it('with --dry-run shows the lines and writes nothing', async () => {
    const dir = project(DUTCH);
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const io = captureIo({ env: LATER, cwd: dir });
    expect(await run(['measure', 'import', 'export.csv', '--dry-run'], io)).toBe(0);
    expect(io.out()).toMatch(/^\+ \{ kpi: linkedin-volgers, date: 2026-12-01, value: 1412, note: "na de open dag" \}\n/);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(before);
  });

  it('reads a sheet’s dates and numbers by the format of the whole file, and refuses what the file leaves open', async () => {
    // With --lang en the strategy is an English one too: the user's own sheet follows the strategy's language.
    const stored = async (csv: string, ...args: string[]) => {
      const dir = project(csv);
      if (args.join(' ').includes('--lang en'))
        writeFileSync(
          join(dir, 'strategy.yaml'),
          readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace(/^language: nl$/m, 'language: en'),
        );
      const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
      const io = captureIo({ env: LATER, cwd: dir });
      const code = await run(['measure', 'import', 'export.csv', ...args], io);
      const after = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
      const added = (parse(after) as Strategy).control!.measurements!.slice((parse(before) as Strategy).control!.measurements!.length);
      return { code, err: io.err(), added: added.map((m) => [m!.kpi, m!.date, m!.value]), unchanged: after === before };
    };
    // In Dutch, the user's own sheet puts the day first and writes a decimal comma: 01/02 is 1 February.
    expect((await stored('datum;kpi;waarde\n05/11/2026;linkedin-volgers;1.412\n')).added).toEqual([
      ['linkedin-volgers', '2026-11-05', 1412],
    ]);
    expect((await stored('datum;kpi;waarde\n05/11/2026;linkedin-volgers;0,125\n')).added).toEqual([
      ['linkedin-volgers', '2026-11-05', 0.125],
    ]);
    // A day over 12 on another line settles the order for the whole file, in either language.
    expect(
      (await stored('date,kpi,value\n10/28/2026,linkedin-volgers,1400\n11/02/2026,linkedin-volgers,1410\n', '--lang', 'en')).added,
    ).toEqual([
      ['linkedin-volgers', '2026-10-28', 1400],
      ['linkedin-volgers', '2026-11-02', 1410],
    ]);
    // In English nothing settles 03/02/2027: refused with the row, both readings and the option.
    const open = await stored('date,kpi,value\n03/11/2026,linkedin-volgers,1400\n', '--lang', 'en');
    expect(open.code).toBe(2);
    expect(open.err).toContain(
      'export.csv:2: "03/11/2026" is 3 November 2026 with the day first, or 11 March 2026 with the month first, and no other date in the file settles which. Give --date-order dmy (day first) or --date-order mdy (month first).',
    );
    expect(open.unchanged).toBe(true);
    expect((await stored('date,kpi,value\n03/11/2026,linkedin-volgers,1400\n', '--lang', 'en', '--date-order', 'dmy')).added).toEqual([
      ['linkedin-volgers', '2026-11-03', 1400],
    ]);
    // Both orders in one file: no order is right, nothing is imported.
    const mixed = await stored('date,kpi,value\n25/10/2026,linkedin-volgers,1400\n10/26/2026,linkedin-volgers,1410\n', '--lang', 'en');
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('export.csv: line 2 puts the day first ("25/10/2026") and line 3 the month first ("10/26/2026").');
    // 2,500 is two and a half in a Dutch sheet, and two thousand five hundred in an English one, unless the file says otherwise.
    expect((await stored('datum;kpi;waarde\n2026-11-05;linkedin-volgers;2,500\n')).added).toEqual([
      ['linkedin-volgers', '2026-11-05', 2.5],
    ]);
    expect((await stored('date,kpi,value\n2026-11-05,linkedin-volgers,"2,500"\n', '--lang', 'en')).added).toEqual([
      ['linkedin-volgers', '2026-11-05', 2500],
    ]);
    expect(
      (await stored('date,kpi,value\n2026-11-05,linkedin-volgers,"2,500"\n2026-11-06,linkedin-volgers,"0,125"\n', '--lang', 'en')).added,
    ).toEqual([
      ['linkedin-volgers', '2026-11-05', 2.5],
      ['linkedin-volgers', '2026-11-06', 0.125],
    ]);
    // An English strategy, a sheet Dutch Excel saved (semicolons, the day first): 1.240 is a thousand two hundred and forty.
    expect(
      (await stored('date;kpi;value\r\n31-10-2026;linkedin-volgers;1.240\r\n30-11-2026;linkedin-volgers;980\r\n', '--lang', 'en')).added,
    ).toEqual([
      ['linkedin-volgers', '2026-10-31', 1240],
      ['linkedin-volgers', '2026-11-30', 980],
    ]);
    // The language of the output does not change how a Dutch strategy's sheet is read.
    expect((await stored('datum;kpi;waarde\n2026-11-05;linkedin-volgers;2,500\n', '--lang', 'nl')).added).toEqual([
      ['linkedin-volgers', '2026-11-05', 2.5],
    ]);
    // A date after the day of the import is a misreading: refused.
    const future = await stored('datum;kpi;waarde\n11/02/2027;linkedin-volgers;1400\n');
    expect(future.code).toBe(2);
    expect(future.err).toContain('export.csv:2: 11 februari 2027 ligt na vandaag (6 december 2026), dus dat kan geen meting zijn.');
    expect(future.unchanged).toBe(true);
  });

  it('says when an export holds another value for a day already stored, and replaces it only with --update', async () => {
    const dir = project('datum;kpi;waarde\n01-11-2026;linkedin-volgers;1.400\n');
    copyFileSync(join(dir, 'strategy.yaml'), join(dir, 'before.yaml'));
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    // The value stored, read from the file itself.
    const stored = (parse(before) as Strategy).control!.measurements!.find(
      (m) => m!.kpi === 'linkedin-volgers' && m!.date === '2026-11-01',
    )!.value;
    const io = captureIo({ env: LATER, cwd: dir });
    expect(await run(['measure', 'import', 'export.csv'], io)).toBe(0);
    expect(io.out()).toContain(`~ { kpi: linkedin-volgers, date: 2026-11-01, value: ${stored} → 1400 }\n`);
    expect(io.out()).toContain(
      '1 meting in de export wijkt af van wat strategy.yaml voor dezelfde dag bevat (~ hierboven, opgeslagen → export). Voer de import opnieuw uit met --update om die te vervangen.',
    );
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(before);

    const update = captureIo({ env: LATER, cwd: dir });
    expect(await run(['measure', 'import', 'export.csv', '--update'], update)).toBe(0);
    expect(update.out()).toContain('1 meting vervangen in strategy.yaml (~ hierboven).');
    const after = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    // Only the value changed, on its own line.
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['    - { kpi: linkedin-volgers, date: 2026-11-01, value: 1400 }']);
    // And the change shows as an edited past measurement.
    const diff = captureIo({ env: LATER, cwd: dir });
    const code = await run(['diff', 'before.yaml', 'strategy.yaml'], diff);
    expect(code).toBe(0);
    expect(diff.out()).toMatch(/!! meting van "[^"]+" op 1 november 2026: 1\.370 → 1\.400 \(eerder vastgelegd cijfer gewijzigd\)/);
  });

  it('names the columns it found, and the KPI it does not know, and imports nothing', async () => {
    const columns = project('Day,Impressions,Reach\n11/01/2026,120,80\n');
    const io = captureIo({ env: LATER, cwd: columns });
    expect(await run(['--lang', 'en', 'measure', 'import', 'export.csv'], io)).toBe(2);
    expect(io.err()).toMatch(
      /"export\.csv" is neither a platform export this tool knows nor a sheet with date;kpi;value columns \(found: Day, Impressions, Reach\)\. Give --platform/,
    );

    const kpi = project('date,kpi,value\n2026-11-01,linkedin-volger,1400\n');
    const before = readFileSync(join(kpi, 'strategy.yaml'), 'utf8');
    const io2 = captureIo({ env: LATER, cwd: kpi });
    expect(await run(['--lang', 'en', 'measure', 'import', 'export.csv'], io2)).toBe(2);
    expect(io2.err()).toMatch(/export\.csv:2: the strategy has no KPI "linkedin-volger"\. Did you mean "linkedin-volgers"\?/);
    expect(readFileSync(join(kpi, 'strategy.yaml'), 'utf8')).toBe(before);
  });

  it('starts the list of measurements when the strategy has none yet, after the KPIs', async () => {
    const dir = project('date;kpi;value\n2026-12-01;volgers;1400\n');
    const before = 'version: 1\n# Onze KPI\ncontrol:\n  kpis:\n    volgers: {goal: meer, frequency: monthly}  # maandelijks\n\n# einde\n';
    writeFileSync(join(dir, 'strategy.yaml'), before);
    const io = captureIo({ env: LATER, cwd: dir });
    expect(await run(['measure', 'import', 'export.csv'], io)).toBe(0);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(
      'version: 1\n# Onze KPI\ncontrol:\n  kpis:\n    volgers: {goal: meer, frequency: monthly}  # maandelijks\n  measurements:\n    - { kpi: volgers, date: 2026-12-01, value: 1400 }\n\n# einde\n',
    );
  });

  describe('on files as people keep them', () => {
    const base = 'version: 1\ncontrol:\n  kpis:\n    volgers: {goal: meer, frequency: monthly}\n';
    const importInto = async (
      strategy: string,
      csv = 'date;kpi;value\n2026-12-01;volgers;1400\n',
    ): Promise<{ code: number; err: string; text: string; dir: string }> => {
      const dir = project(csv);
      writeFileSync(join(dir, 'strategy.yaml'), strategy);
      const io = captureIo({ env: LATER, cwd: dir });
      const code = await run(['--lang', 'en', 'measure', 'import', 'export.csv'], io);
      return { code, err: io.err(), text: readFileSync(join(dir, 'strategy.yaml'), 'utf8'), dir };
    };

    it('fills an empty list, and a block list followed by another key', async () => {
      expect((await importInto(`${base}  measurements: []  # none yet\n  reporting: {cadence: monthly}\n`)).text).toBe(
        `${base}  measurements:\n    - { kpi: volgers, date: 2026-12-01, value: 1400 }  # none yet\n  reporting: {cadence: monthly}\n`,
      );
      const block = await importInto(
        `${base}  measurements:\n    - kpi: volgers\n      date: 2026-11-01\n      value: 1300\n\n  reporting: {cadence: monthly}\n`,
      );
      expect(block.code).toBe(0);
      expect(block.text).toBe(
        `${base}  measurements:\n    - kpi: volgers\n      date: 2026-11-01\n      value: 1300\n    - { kpi: volgers, date: 2026-12-01, value: 1400 }\n\n  reporting: {cadence: monthly}\n`,
      );
    });

    it('keeps a byte-order mark and Windows line endings, quotes an id YAML would read as a number', async () => {
      const crlf = await importInto(
        `\uFEFF${base}  measurements:\n    - {kpi: volgers, date: 2026-11-01, value: 1}\n`.replace(/\n/g, '\r\n'),
      );
      expect(crlf.text).toBe(
        `\uFEFF${base}  measurements:\n    - {kpi: volgers, date: 2026-11-01, value: 1}\n    - { kpi: volgers, date: 2026-12-01, value: 1400 }\n`.replace(
          /\n/g,
          '\r\n',
        ),
      );
      const numeric = await importInto(base.replace('volgers:', '"123":'), 'date;kpi;value\n2026-12-01;123;5\n');
      expect(numeric.text).toContain('    - { kpi: "123", date: 2026-12-01, value: 5 }\n');
    });

    it('writes through a symbolic link, keeps the permissions, and leaves a read-only file alone', async () => {
      const dir = project('date;kpi;value\n2026-12-01;volgers;1400\n');
      writeFileSync(join(dir, 'shared.yaml'), base);
      chmodSync(join(dir, 'shared.yaml'), 0o640);
      symlinkSync('shared.yaml', join(dir, 'linked.yaml'));
      expect(await run(['measure', 'import', 'export.csv', '--file', 'linked.yaml'], captureIo({ env: LATER, cwd: dir }))).toBe(0);
      expect(lstatSync(join(dir, 'linked.yaml')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'shared.yaml'), 'utf8')).toContain('value: 1400');
      expect(statSync(join(dir, 'shared.yaml')).mode & 0o777).toBe(0o640);
      chmodSync(join(dir, 'shared.yaml'), 0o444);
      writeFileSync(join(dir, 'export.csv'), 'date;kpi;value\n2026-12-02;volgers;1401\n');
      const io = captureIo({ env: LATER, cwd: dir });
      expect(await run(['--lang', 'en', 'measure', 'import', 'export.csv', '--file', 'shared.yaml'], io)).toBe(2);
      expect(io.err()).toContain('shared.yaml is read-only, so it is left as it is.');
    });

    it('refuses a quote that never closes and two values for one day, and imports nothing', async () => {
      const quote = await importInto(base, 'date,kpi,value,note\n2026-10-01,volgers,5,"unbalanced\n2026-10-02,volgers,6,ok\n');
      expect(quote.code).toBe(2);
      expect(quote.err).toContain('export.csv:2: a quote opens here and is never closed');
      expect(quote.text).toBe(base);
      const twice = await importInto(base, 'date,kpi,value\n2026-10-01,volgers,5\n2026-10-01,volgers,999\n');
      expect(twice.code).toBe(2);
      expect(twice.err).toContain('export.csv:3: volgers on 2026-10-01 has two values in the import (5 and 999).');
      expect(twice.text).toBe(base);
    });
  });
});
