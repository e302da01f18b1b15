import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/model/check.js';
import { MAX_FILE_BYTES } from '../../src/model/strategy.js';
import { text, withText } from '../helpers/text.js';

interface BrokenCase {
  name: string;
  yaml: string;
  expected: { ruleId: string; line: number; column: number; message: RegExp; pointer?: string }[];
}

const head = 'version: 1\nlanguage: en\n';

const broken: BrokenCase[] = [
  {
    name: 'YAML syntax error (unclosed flow sequence)',
    yaml: `${head}goals: [a, b\n`,
    expected: [{ ruleId: 'yaml-syntax', line: 4, column: 1, message: /YAML syntax error/ }],
  },
  {
    name: 'duplicate key',
    yaml: `${head}organisation:\n  name: A\n  name: B\n`,
    expected: [{ ruleId: 'yaml-syntax', line: 5, column: 3, message: /"name" appears twice/ }],
  },
  {
    name: 'tab used for indentation',
    yaml: `${head}organisation:\n\tname: A\n`,
    expected: [{ ruleId: 'yaml-syntax', line: 4, column: 1, message: /tab/ }],
  },
  {
    name: 'two documents in one file',
    yaml: `${head}---\nversion: 1\n`,
    expected: [{ ruleId: 'yaml-syntax', line: 3, column: 1, message: /more than one YAML document/ }],
  },
  {
    name: 'alias bomb',
    yaml: [
      'version: 1',
      'language: en',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n'),
    expected: [{ ruleId: 'yaml-syntax', line: 1, column: 1, message: /too many aliases/ }],
  },
  {
    name: 'empty file',
    yaml: '',
    expected: [{ ruleId: 'schema', line: 1, column: 1, message: /empty/ }],
  },
  {
    name: 'file with only a comment',
    yaml: '# nothing yet\n',
    expected: [{ ruleId: 'schema', line: 1, column: 1, message: /empty/ }],
  },
  {
    name: 'document is a list',
    yaml: '- version: 1\n',
    expected: [{ ruleId: 'schema', line: 1, column: 1, message: /a list/ }],
  },
  {
    name: 'document is a plain string',
    yaml: 'hello\n',
    expected: [{ ruleId: 'schema', line: 1, column: 1, message: /holds text/ }],
  },
  {
    name: 'wrong version',
    yaml: 'version: 2\nlanguage: en\n',
    expected: [{ ruleId: 'schema', line: 1, column: 10, message: /Version "2" is not supported/, pointer: '/version' }],
  },
  {
    name: 'missing version',
    yaml: 'language: en\n',
    expected: [{ ruleId: 'schema', line: 1, column: 1, message: /The file lacks "version"/, pointer: '' }],
  },
  {
    name: 'unknown top-level key with a suggestion',
    yaml: `${head}gaols: {}\n`,
    expected: [{ ruleId: 'schema', line: 3, column: 1, message: /Unknown key "gaols". Did you mean "goals"\?/, pointer: '/gaols' }],
  },
  {
    name: 'unknown key inside a goal points at the key',
    yaml: `${head}goals:\n  grow:\n    statement: Grow\n    deadlin: 2027-01-01\n`,
    expected: [{ ruleId: 'schema', line: 6, column: 5, message: /Did you mean "deadline"\?/, pointer: '/goals/grow/deadlin' }],
  },
  {
    name: 'missing required key points at its parent',
    yaml: `${head}goals:\n  grow:\n    metric: Followers\n`,
    expected: [{ ruleId: 'schema', line: 4, column: 3, message: /"goals.grow" lacks "statement"/, pointer: '/goals/grow' }],
  },
  {
    name: 'enum with a suggestion and the allowed values',
    yaml: `${head}organisation:\n  name: A\n  sector: mbbo\n`,
    expected: [
      { ruleId: 'schema', line: 5, column: 11, message: /Did you mean "mbo"\? Allowed: po, vo, mbo, hbo, wo, adult-education, other/ },
    ],
  },
  {
    name: 'wrong type: text where a number belongs',
    yaml: `${head}goals:\n  grow:\n    statement: Grow\n    target: ten\n`,
    expected: [{ ruleId: 'schema', line: 6, column: 13, message: /Expected a number, found text "ten"/ }],
  },
  {
    name: 'wrong type: a list where a block belongs',
    yaml: `${head}organisation:\n  - name: A\n`,
    expected: [{ ruleId: 'schema', line: 4, column: 3, message: /Expected a block of keys/ }],
  },
  {
    name: 'Dutch-style date with the fix spelled out',
    yaml: `${head}period:\n  start: 01-08-2026\n  end: 2027-07-31\n`,
    expected: [{ ruleId: 'schema', line: 4, column: 10, message: /YYYY-MM-DD, here 2026-08-01/ }],
  },
  {
    name: 'impossible date',
    yaml: `${head}period:\n  start: 2026-02-30\n  end: 2027-07-31\n`,
    expected: [{ ruleId: 'schema', line: 4, column: 10, message: /"2026-02-30" is not a valid date/ }],
  },
  {
    name: 'time not on a 24-hour clock',
    yaml: `${head}calendar:\n  items:\n    - date: 2026-09-01\n      title: Post\n      time: 7pm\n`,
    expected: [{ ruleId: 'schema', line: 7, column: 13, message: /HH:MM/ }],
  },
  {
    name: 'id that is not a slug, with the slug suggested',
    yaml: `${head}audiences:\n  Future Students:\n    name: Future students\n`,
    expected: [{ ruleId: 'schema', line: 4, column: 3, message: /e\.g\. "future-students"/, pointer: '/audiences/Future Students' }],
  },
  {
    name: 'number out of range',
    yaml: `${head}baseline:\n  satisfaction: 7\n`,
    expected: [{ ruleId: 'schema', line: 4, column: 17, message: /at most 5/ }],
  },
  {
    name: 'duplicate item in a list of ids',
    yaml: `${head}channels:\n  ig:\n    platform: instagram\n    admins: [anna, anna]\n`,
    expected: [{ ruleId: 'schema', line: 6, column: 20, message: /"anna" appears more than once/ }],
  },
  {
    name: 'a comma in a flow mapping explains itself',
    yaml: `${head}goals:\n  a: {statement: Grow, then hold}\n`,
    expected: [{ ruleId: 'schema', line: 4, column: 24, message: /put text that contains a comma in quotes/ }],
  },
  {
    name: 'web address without a scheme',
    yaml: `${head}organisation:\n  name: A\n  website: www.example.nl\n`,
    expected: [{ ruleId: 'schema', line: 5, column: 12, message: /must start with https:\/\// }],
  },
];

describe('loading a broken strategy', () => {
  it.each(broken)('$name', ({ yaml, expected }) => {
    const { findings } = checkSource(yaml);
    expect(
      withText(findings).map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, message: f.message, pointer: f.pointer })),
    ).toEqual(
      expected.map((e) => ({
        ruleId: e.ruleId,
        line: e.line,
        column: e.column,
        message: expect.stringMatching(e.message),
        pointer: e.pointer ?? expect.any(String),
      })),
    );
    for (const finding of findings) expect(finding.severity).toBe('error');
  });

  it('reports every problem, not only the first', () => {
    const yaml = `${head}organisation:\n  name: A\n  sector: mbbo\nperiod:\n  start: 1-8-2026\n  end: soon\ngaols: {}\n`;
    const { findings } = checkSource(yaml);
    expect(findings.map((f) => f.line)).toEqual([5, 7, 8, 9]);
  });

  it('keeps one finding per problem when a value has the wrong type', () => {
    const yaml = `${head}period:\n  start: 20260801\n  end: 2027-07-31\n`;
    const { findings } = checkSource(yaml);
    expect(findings).toHaveLength(1);
    expect(text(findings[0]!)).toMatch(/Expected text, found a number/);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const { findings } = checkSource('', MAX_FILE_BYTES + 1);
    expect(withText(findings)).toMatchObject([
      { ruleId: 'limits', line: 1, column: 1, message: expect.stringMatching(/larger than the limit of 4 MiB/) },
    ]);
  });

  it('reads YAML 1.2: "no" and dates stay text', () => {
    const yaml = `${head}organisation:\n  name: no\nperiod:\n  start: 2026-08-01\n  end: 2027-07-31\n`;
    const result = checkSource(yaml);
    expect(result.findings).toEqual([]);
    expect(result.strategy?.organisation?.name).toBe('no');
    expect(result.strategy?.period?.start).toBe('2026-08-01');
  });

  it('treats a __proto__ key as an unknown key and leaves Object.prototype alone', () => {
    const yaml = `${head}__proto__:\n  polluted: true\n`;
    const { findings } = checkSource(yaml);
    expect(withText(findings)).toMatchObject([
      { ruleId: 'schema', line: 3, column: 1, message: expect.stringMatching(/Unknown key "__proto__"/) },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a byte-order mark and CRLF line ends, counting lines as an editor does', () => {
    const yaml = '\uFEFFversion: 1\r\nlanguage: en\r\nsector: x\r\n';
    const { findings } = checkSource(yaml);
    expect(withText(findings)).toMatchObject([{ line: 3, column: 1, message: expect.stringMatching(/Unknown key "sector"/) }]);
  });

  it('carries ids and data, written in either language at the edge; and says which language the strategy names', () => {
    const dutch = checkSource('version: 1\nlanguage: nl\ngaols: {}\n');
    expect(dutch.language).toBe('nl');
    expect(dutch.findings[0]).toMatchObject({
      ruleId: 'schema',
      messageId: 'schema.unknown-key',
      data: { key: 'gaols', suggestion: 'goals' },
    });
    expect(text(dutch.findings[0]!, 'nl')).toMatch(/Onbekende sleutel "gaols". Bedoelde je "goals"\?/);
    expect(text(dutch.findings[0]!, 'en')).toMatch(/Unknown key "gaols". Did you mean "goals"\?/);
    expect(checkSource('version: 1\ngaols: {}\n').language).toBeUndefined();
  });

  it('gives the end of the region as well as the start', () => {
    const { findings } = checkSource(`${head}organisation:\n  name: A\n  sector: mbbo\n`);
    expect(findings[0]).toMatchObject({ line: 5, column: 11, endLine: 5, endColumn: 15 });
  });
});
