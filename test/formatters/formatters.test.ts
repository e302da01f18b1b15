// Each formatter on one fixed set of results: a snapshot, and its output read back by a real
// parser for the format.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatters, FORMAT_NAMES } from '../../src/formatters/index.js';
import type { FormatContext } from '../../src/formatters/index.js';
import type { FileResult } from '../../src/model/finding.js';
import { PLAIN } from '../../src/util/color.js';
import { formatContext } from '../../src/formatters/context.js';

const results: FileResult[] = [
  {
    file: 'strategies/mbo, 2026: "main".yaml',
    findings: [
      {
        ruleId: 'schema',
        severity: 'error',
        messageId: 'schema.unknown-key',
        data: { key: 'deadlin', suggestion: 'deadline', allowed: ['deadline'] },
        pointer: '/goals/grow/deadlin',
        line: 12,
        column: 5,
        endLine: 12,
        endColumn: 12,
      },
      {
        ruleId: 'two-admins',
        severity: 'warning',
        messageId: 'too-few',
        data: { channel: 'ig', count: 1, min: 2 },
        pointer: '/channels/ig/admins',
        line: 30,
        column: 13,
        endLine: 30,
        endColumn: 19,
      },
      {
        ruleId: 'community-participation',
        severity: 'info',
        messageId: 'low',
        data: { community: 'x', share: 12 },
        pointer: '/communities/0/active_share',
        line: 40,
        column: 19,
        endLine: 40,
        endColumn: 23,
      },
    ],
  },
  { file: 'clean/strategy.yaml', findings: [] },
];

// Texts that stress every format's escaping: quotes, markup, a line break, a control character.
const TEXTS: Record<string, string> = {
  'schema.unknown-key': 'Unknown key "deadlin". Did you mean "deadline"?',
  'too-few': 'Channel "ig" has 1 administrator; 100% <of> the & "risk"\nsecond line',
  low: 'Only 12% are active \u0007 bell',
};

const context: FormatContext = {
  ...formatContext('en', PLAIN, '1.2.3'),
  describe: (finding) => TEXTS[finding.messageId]!,
};

describe.each(FORMAT_NAMES)('the %s formatter', (name) => {
  it('matches its snapshot', async () => {
    await expect(formatters[name](results, context)).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
  });

  it('is deterministic', () => {
    expect(formatters[name](results, context)).toBe(formatters[name](results, context));
  });
});

describe('reading formats back', () => {
  it('stylish: one line per finding, newlines in messages kept on the line', () => {
    const lines = formatters.stylish(results, context).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(
      'strategies/mbo, 2026: "main".yaml:30:13  warning  two-admins  Channel "ig" has 1 administrator; 100% <of> the & "risk" second line',
    );
    expect(lines[4]).toBe('3 findings (1 error, 1 warning, 1 info) in 2 files.');
  });

  it('json parses back to the same findings', () => {
    const report = JSON.parse(formatters.json(results, context)) as { results: FileResult[] };
    // Each finding with its text and message id, and without the data the text was made from.
    expect(report.results.map((r) => r.findings)).toEqual(
      results.map((r) => r.findings.map(({ data: _, ...f }) => ({ ...f, message: TEXTS[f.messageId] }))),
    );
  });

  it('sarif is valid SARIF 2.1.0, with help links and 1-based regions', async () => {
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as object;
    const { default: AjvDraft4 } = (await import('ajv-draft-04')) as unknown as {
      default: new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
    };
    const validate = new AjvDraft4({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(formatters.sarif(results, context)) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
        }[];
      }[];
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['schema', 'error'],
      ['two-admins', 'warning'],
      ['community-participation', 'note'],
    ]);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex]?.helpUri).toMatch(new RegExp(`^https://.*/docs/rules/${result.ruleId}\\.md$`));
    }
    expect(run.results[1]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'strategies/mbo%2C%202026%3A%20%22main%22.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 30, startColumn: 13, endLine: 30, endColumn: 19 },
    });
  });

  it('junit is well-formed XML with one failure per finding and a passing case for a clean file', () => {
    const xml = formatters.junit(results, context);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true }).parse(xml) as {
      testsuites: { tests: string; failures: string; testsuite: { name: string; testcase: unknown }[] };
    };
    expect(parsed.testsuites).toMatchObject({ tests: '4', failures: '3' });
    const [first, clean] = parsed.testsuites.testsuite;
    expect(first?.name).toBe('strategies/mbo, 2026: "main".yaml');
    const cases = first?.testcase as { name: string; failure: { type: string; message: string } }[];
    expect(cases.map((c) => c.failure.type)).toEqual(['error', 'warning', 'info']);
    expect(cases[1]?.failure.message).toBe('Channel "ig" has 1 administrator; 100% <of> the & "risk"\nsecond line');
    expect(clean?.testcase).toMatchObject({ name: 'strategy check' });
  });

  it('github: one workflow command per finding, escaped so the message survives', () => {
    const lines = formatters.github(results, context).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const match = /^::(\w+) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:]*)::(.*)$/.exec(lines[1]!);
    expect(match).not.toBeNull();
    const unescapeData = (s: string) =>
      s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    expect(match!.slice(1, 7)).toEqual(['warning', 'strategies/mbo%2C 2026%3A "main".yaml', '30', '13', '30', '19']);
    expect(unescapeData(match![2]!)).toBe(results[0]!.file);
    expect(unescapeData(match![8]!)).toBe(TEXTS['too-few']);
    expect(lines[2]).toMatch(/^::notice /);
  });
});
