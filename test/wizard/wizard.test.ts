// The whole wizard in-process, answered from a script, in both languages.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init } from '../../src/commands/init.js';
import { lineDiff } from '../../src/core/versions/lines.js';
import type { InitOptions } from '../../src/commands/init.js';
import { lintSource } from '../../src/rules/run.js';
import { captureIo, packageRoot } from '../helpers/io.js';
import { StrategyError } from '../../src/errors.js';
import { translator } from '../../src/i18n/messages.js';
import { initOptions, ScriptedPrompter } from './scripted.js';
import type { Rule } from './scripted.js';
import { RunLanguage } from '../../src/i18n/locale.js';
import { BLOCK_IDS } from '../../src/i18n/vocabulary.js';

const options = (extra: Partial<InitOptions> = {}): InitOptions => initOptions('en', extra);

/** Every block of the method in turn, as `init --block` runs them (a new strategy starts with the essentials instead). */
const FULL = BLOCK_IDS.filter((id) => id !== 'review');
const walkAll = (extra: Partial<InitOptions> = {}): InitOptions => options({ blocks: [...FULL], ...extra });

/** The goal's id, made from its statement. */
const GOAL = 'by-june-2027-our-instagram-has-1500-followers';

/** A short but complete path through every block, in English. */
const englishRun: Rule[] = [
  [/^How do you use social media now/, 'Two accounts, no plan.'],
  [/^Which formats (photo, video, story …) do you use already/, ['photo', 'text']],
  [/^How many hours a week does it take now/, '6'],
  [/^Add an existing account\?/, true],
  [/^Add another existing account\?/, false],
  [/^Platform/, { choose: 'instagram' }],
  [/^Account name/, '@college'],
  [/^Number of followers/, '1200'],
  [/^Name of the organisation/, 'Example College'],
  [/^Sector/, { choose: 'mbo' }],
  [/^What does social media contribute/, 'Show what studying here is like.'],
  [/^First day of the strategy period/, '2026-09-01'],
  [/^Last day of the strategy period/, '2027-07-31'],
  [/^Add a team member\?/, true],
  [/^Add another team member\?/, true, false],
  [/^Name of the team member/, 'Anna de Wit', 'Bram Bos'],
  [/^Hours per week for social media/, '8'],
  [/^Add a goal\?/, true],
  [/^The goal in one sentence/, 'By June 2027 our Instagram has 1500 followers.'],
  [/^What do you measure/, 'Instagram followers'],
  [/^Value now/, '1200'],
  [/^Target value/, '1500'],
  [/^Unit/, 'followers'],
  [/^Deadline/, '2027-06-30'],
  [/^Add an audience\?/, true],
  [/^Name of the audience/, { choose: 'Prospective students' }],
  [/^On which platforms is this audience active/, ['instagram', 'tiktok']],
  [/^Which goals are aimed at this audience/, [GOAL]],
  [/^Add a channel\?/, true],
  [/^Which audiences do you reach through this channel/, ['prospective-students']],
  [/^Which goals does this channel serve/, [GOAL]],
  [/^Administrators/, ['anna-de-wit', 'bram-bos']],
  [/^Which formats do you post on this channel/, ['photo', 'story']],
  [/^Add a content pillar\?/, true],
  [/^Name of the content pillar/, 'Student life'],
  [/^On which channels/, ['instagram']],
  [/^In which formats/, ['photo']],
  [/^Add a regular post\?/, true],
  [/^Posts per week/, '2'],
  [/^Minutes per post/, '45'],
  [/^Add a KPI\?/, true],
  [/^What is measured\?/, 'Followers'],
  [/^Who approves/, ['bram-bos']],
  [/^Write it, or go back/, { choose: 'Write' }],
  [/^Add (a|an|another) /, false],
];

describe('strategy init, scripted', () => {
  it('walks every block in order with a progress header and writes a strategy that check accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const io = captureIo({ cwd: dir });
    const prompter = new ScriptedPrompter(englishRun);
    expect(await init(walkAll(), io, async () => prompter)).toBe(0);
    const headers = prompter.transcript.filter((line) => /^\n\[\d+\/\d+\]/.test(line)).map((line) => line.split('\n')[1]);
    expect(headers).toEqual([
      '[1/11] Baseline',
      '[2/11] Vision and team',
      '[3/11] Goals',
      '[4/11] Audiences',
      '[5/11] Channels',
      '[6/11] Content',
      '[7/11] Implementation',
      '[8/11] Benchmark',
      '[9/11] Measuring and evaluating',
      '[10/11] Calendar',
      '[11/11] Communities, costs and reflection',
    ]);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    const result = lintSource(text);
    expect(result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')).toEqual([]);
    const strategy = parse(text) as Record<string, any>;
    expect(strategy.language).toBe('en');
    expect(Object.keys(strategy.team.members)).toEqual(['anna-de-wit', 'bram-bos']);
    expect(strategy.goals[GOAL]).toMatchObject({
      baseline: 1200,
      target: 1500,
      deadline: '2027-06-30',
      audiences: ['prospective-students'],
    });
    expect(strategy.channels.instagram).toMatchObject({
      platform: 'instagram',
      admins: ['anna-de-wit', 'bram-bos'],
      audiences: ['prospective-students'],
    });
    expect(strategy.control.kpis.followers.goal).toBe(GOAL);
    expect(existsSync(join(dir, '.strategy-draft.yaml'))).toBe(false);
  });

  it('goes back to a block from the summary before writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const prompter = new ScriptedPrompter([
      [/^Write it, or go back/, { choose: 'Vision and team' }, { choose: 'Write' }],
      [/^Name of the organisation/, 'First Name', 'Second Name'],
      ...englishRun,
    ]);
    expect(await init(walkAll(), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    expect(parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8'))).toMatchObject({ organisation: { name: 'Second Name' } });
  });

  it('asks again after a bad answer, with the same message as strategy check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const prompter = new ScriptedPrompter([[/^Number of followers/, 'many', '1,240'], ...englishRun]);
    expect(await init(walkAll(), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    expect(prompter.rejected).toEqual([expect.stringMatching(/Expected a whole number, found text "many"\./)]);
    expect(prompter.transcript).toContain('  (read as 1240)');
  });

  it('takes a draft edited by hand for what it can use: a block number out of range starts at the first block', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    writeFileSync(
      join(dir, '.strategy-draft.yaml'),
      'next: -3\ngiven: [1, organisation.name]\nstrategy:\n  organisation: {name: Draft College}\n',
    );
    const prompter = new ScriptedPrompter(englishRun, /^How do you use social media now/);
    const io = captureIo({ cwd: dir });
    expect(await init(walkAll({ resume: true }), io, async () => prompter)).toBe(130);
    expect(prompter.transcript[0]).toMatch(/\[1\/11\] Baseline/);
    expect(io.err()).not.toMatch(/Internal error/);
  });

  it('stopped at the first question, says that nothing was saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const io = captureIo({ cwd: dir });
    expect(await init(walkAll(), io, async () => new ScriptedPrompter(englishRun, /^How do you use social media now/))).toBe(130);
    expect(io.err()).toMatch(/Stopped before the first answer: nothing was saved\./);
    expect(io.err()).not.toMatch(/strategy-draft/);
  });

  it('refuses at once an answer that check would call an error: a period that ends before it starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const prompter = new ScriptedPrompter([[/^Last day of the strategy period/, '2026-08-01', '2027-07-31'], ...englishRun]);
    expect(await init(walkAll(), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    expect(prompter.rejected).toEqual([expect.stringMatching(/The period ends \(1 August 2026\) before it starts \(1 September 2026\)\./)]);
  });

  it('offers a correction it can make as the next default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const prompter = new ScriptedPrompter([[/^First day of the strategy period/, '1-9-2026', true], ...englishRun]);
    expect(await init(walkAll(), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    expect(prompter.transcript).toContain(
      '"1-9-2026" is not a valid date. Write dates as YYYY-MM-DD, here 2026-09-01. Press Enter to take 2026-09-01, or type another answer.',
    );
    expect(parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8'))).toMatchObject({ period: { start: '2026-09-01' } });
  });

  it('warns at once about a format the platform does not carry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const prompter = new ScriptedPrompter([[/^Which formats do you post on this channel/, ['photo', 'podcast']], ...englishRun]);
    await init(walkAll(), captureIo({ cwd: dir }), async () => prompter);
    expect(prompter.transcript).toContain('⚠ Note: podcast does not fit Instagram.');
  });

  it('saves a draft after each block; Ctrl-C exits 130 and a resume loses nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const io = captureIo({ cwd: dir });
    const stopped = new ScriptedPrompter(englishRun, /^The goal in one sentence/);
    expect(await init(walkAll(), io, async () => stopped)).toBe(130);
    expect(io.err()).toMatch(/Stopped\. Your answers so far are saved in \.strategy-draft\.yaml; run "npx strategy init --resume"/);
    const draft = parse(readFileSync(join(dir, '.strategy-draft.yaml'), 'utf8')) as { next: number; strategy: Record<string, any> };
    expect(draft.next).toBe(2);
    expect(draft.strategy.organisation.name).toBe('Example College');

    const resumed = new ScriptedPrompter(englishRun);
    expect(await init(walkAll({ resume: true }), captureIo({ cwd: dir }), async () => resumed)).toBe(0);
    expect(resumed.transcript.some((line) => /^Name of the organisation/.test(line))).toBe(false);
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as Record<string, any>;
    expect(strategy.organisation.name).toBe('Example College');
    expect(strategy.goals[GOAL]).toBeDefined();
  });

  it('speaks Dutch, and records the language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const prompter = new ScriptedPrompter([
      [/^Naam van de organisatie/, 'Testcollege'],
      [/^Eerste dag van de strategieperiode/, '2026-08-01'],
      [/^Laatste dag van de strategieperiode/, '2027-07-31'],
      [/toevoegen\?/, false],
      [/^Opslaan, of terug/, { choose: 'opslaan' }],
    ]);
    expect(await init(walkAll({ language: new RunLanguage('nl', 'nl') }), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    expect(prompter.transcript).toContain(
      '\n[3/11] Doelen\nDe belangrijkste stap. Maak elk doel SMART. Vaag: "we willen meer fans". SMART: "eind december heeft de Facebookpagina 10% meer fans".\n',
    );
    expect(parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8'))).toMatchObject({
      language: 'nl',
      organisation: { name: 'Testcollege' },
    });
  });

  it('never asks what flags already answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const prompter = new ScriptedPrompter(englishRun);
    await init(
      walkAll({ set: ['organisation.name=Flag College', 'period.start=2026-09-01'] }),
      captureIo({ cwd: dir }),
      async () => prompter,
    );
    expect(prompter.transcript.some((line) => /^Name of the organisation|^First day of the period/.test(line))).toBe(false);
    expect(parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8'))).toMatchObject({ organisation: { name: 'Flag College' } });
  });

  /** The English example in a folder of its own, and a prompter that gives it a new vision (and says yes to writing it, when `write`). */
  function newVision(write: boolean) {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    copyFileSync(join(packageRoot, 'examples/university-en/strategy.yaml'), join(dir, 'strategy.yaml'));
    const prompter = new ScriptedPrompter([
      [/^What does social media contribute/, 'A new vision.'],
      [/^Change team member/, false],
      [/^Add another team member/, false],
      [/^Write it, or go back/, { choose: 'Write' }],
      ...(write ? [[/^Write the changes/, true] as [RegExp, boolean]] : []),
    ]);
    return { dir, prompter, before: readFileSync(join(dir, 'strategy.yaml'), 'utf8') };
  }

  it('revisits one block of a hand-edited strategy, keeping its comments and key order', async () => {
    const { dir, prompter, before } = newVision(true);
    expect(await init(walkAll({ blocks: ['vision'] }), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    const after = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(after).toMatch(/vision: A new vision\./);
    expect(after).toMatch(/^# Social-media strategy of a \(fictional\) English-taught university/m);
    expect(after).toMatch(/^# How strictly `strategy check` holds this strategy to the method/m);
    const keys = (text: string) => Object.keys(parse(text) as object);
    expect(keys(after)).toEqual(keys(before));
    const comments = (text: string) => text.split('\n').filter((line) => line.trim().startsWith('#'));
    expect(comments(after)).toEqual(comments(before));
    const { organisation: _a, ...restAfter } = parse(after) as Record<string, unknown>;
    const { organisation: _b, ...restBefore } = parse(before) as Record<string, unknown>;
    expect(restAfter).toEqual(restBefore);
  });

  it('does not ask whether to write the changes under --dry-run, and writes nothing', async () => {
    const { dir, prompter, before } = newVision(false);
    const io = captureIo({ cwd: dir });
    expect(await init(walkAll({ blocks: ['vision'], dryRun: true }), io, async () => prompter)).toBe(0);
    expect(prompter.transcript.some((line) => /^Write the changes/.test(line))).toBe(false);
    expect(io.out()).toMatch(/^\+ {2}vision: A new vision\.$/m);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(before);
  });

  it('adds a review with --block review (terugblik) and leaves every other line of the file as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const prompter = new ScriptedPrompter([
      [/^Terugblik 1 aanpassen|^Change review 1/, false],
      [/^Date of the review/, '2027-01-12'],
      [/^Who took part/, 'Sanne de Vries, Lotte Jansen'],
      [/^Rose/, 'De open dag in januari trok 40 bezoekers via Instagram.'],
      [/^Thorn/, 'De LinkedIn-pagina groeit langzaam.'],
      [/^Bud/, 'Praktijkopleiders laten vertellen over hun leerlingen.'],
      [
        /^Decisions/,
        'Elke maand één bericht van een leerbedrijf op LinkedIn; vragen over stages, zoals bij de open dag, gaan naar Mehmet.',
      ],
      [/^Add another review/, true, false],
      [/^Write it, or go back/, { choose: 'Write' }],
      [/^Write the changes/, true],
    ]);
    expect(await init(walkAll({ blocks: ['terugblik'] }), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    // Adding is the default of a revisit of the reviews.
    expect(prompter.transcript).toContain('Add another review?');
    const after = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const reviews = (parse(after) as { reviews: unknown[] }).reviews;
    expect(reviews).toHaveLength(2);
    // The period proposed for a review in January: the quarter before.
    expect(reviews[1]).toEqual({
      date: '2027-01-12',
      period: '2026-Q4',
      by: ['Sanne de Vries', 'Lotte Jansen'],
      rose: 'De open dag in januari trok 40 bezoekers via Instagram.',
      thorn: 'De LinkedIn-pagina groeit langzaam.',
      bud: 'Praktijkopleiders laten vertellen over hun leerlingen.',
      decisions: ['Elke maand één bericht van een leerbedrijf op LinkedIn', 'vragen over stages, zoals bij de open dag, gaan naar Mehmet.'],
    });
    const { reviews: _a, ...restAfter } = parse(after) as Record<string, unknown>;
    const { reviews: _b, ...restBefore } = parse(before) as Record<string, unknown>;
    expect(restAfter).toEqual(restBefore);
    const outside = (text: string) => text.slice(0, text.indexOf('\nreviews:')) + text.slice(text.indexOf('\ncommunities:'));
    expect(outside(after)).toBe(outside(before));
  });
});

describe('long answers and the example', () => {
  it('keeps a long answer over several lines as the user typed it, and the file reads it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-longtext-'));
    copyFileSync(join(packageRoot, 'examples/university-en/strategy.yaml'), join(dir, 'strategy.yaml'));
    const typed = 'The takeover week.\nStudents ran the account: 40% more replies.';
    const prompter = new ScriptedPrompter([
      [/^Change review 1/, false],
      [/^Rose: what went well/, typed],
      [/^Add another review/, true, false],
      [/^Write it/, { choose: 'Write' }],
      [/^Write the changes/, true],
    ]);
    expect(await init(options({ blocks: ['review'] }), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    const written = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as { reviews: { rose?: string }[] };
    expect(written.reviews.map((review) => review.rose)).toContain(typed);
  });

  it('with --example, going back to a block asks its questions with the example’s values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-example-'));
    const prompter = new ScriptedPrompter([
      [/^Write it, or go back/, { choose: 'Go back to [2]' }, { choose: 'Write' }],
      [/^Name of the organisation/, 'Riverside University'],
      [/^Change team member|^Add another team member/, false],
      [/^Render the strategy document/, false],
    ]);
    expect(await init(options({ example: 'university-en' }), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    expect(prompter.transcript.some((line) => line.startsWith('Name of the organisation'))).toBe(true);
    expect((parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as { organisation: { name: string } }).organisation.name).toBe(
      'Riverside University',
    );
  });
});

describe('earlier answers and drafts in block runs', () => {
  it('offers the baseline’s accounts for the channels, and keeps the answers as a draft when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-blocks-'));
    writeFileSync(
      join(dir, 'strategy.yaml'),
      'version: 1\nlanguage: en\nbaseline:\n  accounts:\n    - {platform: linkedin, handle: Riverside College, followers: 800}\n',
    );
    const prompter = new ScriptedPrompter([
      [/^Add a channel\?/, true],
      [/^Add another channel\?/, false],
      [/^Write it, or go back/, { choose: 'Keep it as a draft' }],
      [/^Add /, false],
    ]);
    const io = captureIo({ cwd: dir });
    expect(await init(options({ blocks: ['channels'] }), io, async () => prompter)).toBe(0);
    expect(io.out()).toContain('Kept as a draft in .strategy-draft.yaml; nothing was written.');
    const draft = parse(readFileSync(join(dir, '.strategy-draft.yaml'), 'utf8')) as {
      strategy: { channels: Record<string, { platform: string; handle: string }> };
    };
    expect(Object.values(draft.strategy.channels)).toEqual([
      expect.objectContaining({ platform: 'linkedin', handle: 'Riverside College' }),
    ]);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).not.toContain('channels');
  });
});

describe('revisiting one block of each example', () => {
  it.each([
    ['mbo', 'nl', /^Doel "aanmeldingen-instagram" aanpassen\?|^Change goal "aanmeldingen-instagram"\?/],
    ['adult-education', 'nl', /^Change goal "[^"]+"\?/],
    ['university-en', 'en', /^Change goal "[^"]+"\?/],
  ] as const)('%s: a new target changes that line and no other', async (example, _language, first) => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-revisit-'));
    copyFileSync(join(packageRoot, 'examples', example, 'strategy.yaml'), join(dir, 'strategy.yaml'));
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const target = (parse(before) as { goals: Record<string, { target?: number }> }).goals;
    const [goal] = Object.entries(target).filter(([, g]) => g.target !== undefined)[0]!;
    const prompter = new ScriptedPrompter([
      [new RegExp(`^Change goal "${goal}"\\?`), true],
      [first, false],
      [/^Change goal/, false],
      [/^Target value/, String(target[goal]!.target! + 7)],
      [/^Write it|^Write it anyway/, { choose: 'Write' }],
      [/^Write the changes/, true],
      [/^Add another/, false],
    ]);
    expect(await init(options({ blocks: ['goals'] }), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
    const after = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    // What changed, said in words before writing.
    expect(prompter.transcript.join('\n')).toMatch(/What changed:\n {2}- /);
    const diff = lineDiff(before, after, 'strategy.yaml')
      .split('\n')
      .filter((line) => /^[-+][^-+]/.test(line));
    expect(diff).toHaveLength(2);
    expect(diff[0]).toMatch(new RegExp(`^-\\s+target: ${target[goal]!.target}$`));
    expect(diff[1]).toMatch(new RegExp(`^\\+\\s+target: ${target[goal]!.target! + 7}$`));
  });
});

describe('strategy init without a terminal', () => {
  const run = async (dir: string, extra: Partial<InitOptions>) => {
    const io = captureIo({ cwd: dir });
    let code: number;
    try {
      code = await init(options({ interactive: false, ...extra }), io);
    } catch (error) {
      // As main does: an error the user can fix is a message and exit 2.
      if (!(error instanceof StrategyError)) throw error;
      io.stderr.write(`strategy: ${error.describe(translator('en'))}\n`);
      code = 2;
    }
    return { code, out: io.out(), err: io.err() };
  };

  it('fails at once with exit 2, naming each missing answer and the flag that gives it', async () => {
    const result = await run(mkdtempSync(join(tmpdir(), 'strategy-init-')), {});
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/- organisation\.name {2}\(--set organisation\.name=…\)/);
    expect(result.err).toMatch(/- period\.end {2}\(--set period\.end=…\)/);
  });

  it('takes answers from --answers, --set and --yes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    writeFileSync(join(dir, 'answers.yaml'), 'organisation:\n  name: Answer College\n  sector: hbo\n');
    const result = await run(dir, { answers: 'answers.yaml', set: ['period.start=2026-09-01', 'period.end=2027-08-31'], yes: true });
    expect(result.code).toBe(0);
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as Record<string, any>;
    expect(strategy.organisation).toMatchObject({ name: 'Answer College', sector: 'hbo' });
    expect(Object.keys(strategy.goals).length).toBeGreaterThan(0);
  });

  it('checks an answers file with the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    writeFileSync(join(dir, 'answers.yaml'), 'organisation:\n  name: A\n  sector: mbbo\n');
    const result = await run(dir, { answers: 'answers.yaml' });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/answers\.yaml:3:11 {2}error {2}schema {2}"mbbo" is not one of the allowed values\. Did you mean "mbo"\?/);
  });

  it('writes a bundled example, prints with --dry-run, refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const dry = await run(dir, { example: 'mbo', dryRun: true });
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/strategy-as-code\/schemas\/strategy\.schema\.json\nversion: 1\nlanguage: nl\norganisation:/,
    );
    expect(existsSync(join(dir, 'strategy.yaml'))).toBe(false);
    expect((await run(dir, { example: 'mbo' })).code).toBe(0);
    const again = await run(dir, { example: 'university-en' });
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/strategy\.yaml exists already/);
    expect((await run(dir, { example: 'university-en', force: true })).code).toBe(0);
  });

  it('--dry-run on an existing strategy prints the lines it would change; --set names its own mistakes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const dry = await run(dir, { dryRun: true, set: ['organisation.name=Vakcollege Noord'] });
    expect(dry.code).toBe(0);
    expect(dry.out).toBe(
      '--- strategy.yaml\n+++ strategy.yaml\n@@ -4,7 +4,7 @@\n language: nl\n \n organisation:\n-  name: Vakcollege Zuiderhaven\n+  name: Vakcollege Noord\n   sector: mbo\n   website: https://www.vakcollege-zuiderhaven.example.nl\n   vision: >-\n',
    );
    expect((await run(dir, { dryRun: true })).out).toBe('Nothing changed.\n');
    const typo = await run(dir, { dryRun: true, set: ['organisation.nam=X'] });
    expect(typo.code).toBe(2);
    expect(typo.err).toBe(
      'strategy: --set "organisation.nam=X": Unknown key "nam". Did you mean "name"? Allowed here: name, sector, vision, domains, website. Nothing was written.\n',
    );
    expect(typo.err).not.toMatch(/strategy\.yaml:\d+/);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(before);
  });

  it('writes to --dir and --output, and --no-interactive wins over a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-'));
    const io = captureIo({ cwd: dir, tty: true });
    expect(await init(options({ interactive: false, example: 'adult-education', dir: 'comms', output: 'plan.yaml' }), io)).toBe(0);
    expect(parse(readFileSync(join(dir, 'comms/plan.yaml'), 'utf8'))).toMatchObject({ organisation: { name: 'Leerhuis Oost' } });
    expect(io.out()).toMatch(/Written: comms\/plan\.yaml/);
  });

  it('points the schema line at the package when it is installed in the repository', async () => {
    const { schemaReference } = await import('../../src/files/strategy-document.js');
    const io = { ...captureIo(), packageRoot: '/repo/node_modules/strategy-as-code' };
    expect(schemaReference(io, '/repo/strategy.yaml')).toBe('./node_modules/strategy-as-code/schemas/strategy.schema.json');
    expect(schemaReference(io, '/repo/docs/strategy.yaml')).toBe('../node_modules/strategy-as-code/schemas/strategy.schema.json');
  });
});
