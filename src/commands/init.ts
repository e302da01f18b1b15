// `strategy init`: the wizard that walks a communications officer through the method and
// writes strategy.yaml, or the same from answers files and flags when there is no terminal.
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Document, isMap, parse, parseDocument, stringify } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { Io } from '../io.js';
import type { Finding } from '../model/finding.js';
import { lineDiff } from '../diff/lines.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import type { Language } from '../model/strategy.js';
import { checkSource } from '../model/check.js';
import { isLanguage, MAX_FILE_BYTES } from '../model/strategy.js';
import { allQuestions, CATALOGUE } from '../wizard/catalogue.js';
import type { Kind } from '../wizard/catalogue.js';
import { getPath, setPath, splitPath } from '../wizard/answers.js';
import { runWizard } from '../wizard/engine.js';
import type { WizardState } from '../wizard/engine.js';
import { Cancelled } from '../wizard/prompter.js';
import { essentialsStrategy, questionsToFix, runEssentials } from '../wizard/essentials.js';
import type { Answers } from '../wizard/essentials.js';
import { todayIn } from '../util/today.js';
import { describeFinding } from '../rules/describe.js';
import type { Strategy } from '../model/strategy.js';
import type { Prompter } from '../wizard/prompter.js';
import { wizardText } from '../wizard/texts.js';
import { BLOCK_NAMES, blockByName, DUTCH_BLOCK_NAMES } from '../wizard/blocks.js';
import { closest } from '../util/suggest.js';
import { BLOCK_IDS } from '../i18n/vocabulary.js';
import { readStrategyFile } from '../files/read-strategy.js';
import { replaceStrategyFile, withFileLock, writeFileAtomic } from '../files/write-file.js';
import { printErrors } from '../files/strategy-source.js';

export interface InitOptions {
  dir?: string;
  output?: string;
  language: RunLanguage;
  answers?: string;
  example?: string;
  yes: boolean;
  set: string[];
  resume: boolean;
  blocks: string[];
  force: boolean;
  dryRun: boolean;
  interactive?: boolean;
  questions: boolean;
}

export const EXAMPLES: Record<string, string> = { mbo: 'mbo', 'adult-education': 'adult-education', 'university-en': 'university-en' };
const DEFAULT_EXAMPLE: Record<Language, string> = { nl: 'mbo', en: 'university-en' };
/** The order of sections in a written strategy: the method's. */
const SECTION_ORDER = ['version', 'language', 'organisation', 'period', 'baseline', 'goals', 'audiences', 'channels', 'content', 'team', 'webcare', 'crisis', 'guidelines', 'privacy', 'benchmark', 'control', 'communities', 'costs', 'reflection', 'reviews', 'calendar', 'checks'];

export async function init(options: InitOptions, io: Io, makePrompter?: () => Promise<Prompter>): Promise<number> {
  if (options.questions) {
    io.stdout.write(questionList(options.language.current));
    return EXIT.ok;
  }
  const chosenBlocks = options.blocks.map((name) => {
    const block = blockByName(name);
    const suggestion = closest(name.toLowerCase(), BLOCK_NAMES) ?? (/^doelstelling/i.test(name) ? 'doelen' : undefined);
    if (!block) throw new StrategyError('error.unknown-block', { block: name, blocks: [...BLOCK_IDS], dutch: BLOCK_IDS.map((id) => DUTCH_BLOCK_NAMES[id]), ...(suggestion ? { suggestion } : {}) });
    return block;
  });
  const dir = resolve(io.cwd, options.dir ?? '.');
  const target = resolve(dir, options.output ?? 'strategy.yaml');
  const shown = relative(io.cwd, target) || basename(target);
  const draftFile = join(dirname(target), `.${basename(target).replace(/\.ya?ml$/, '')}-draft.yaml`);
  const interactive = options.interactive ?? (io.stdinIsTTY && io.stdout.isTTY && !io.env.CI);

  const existing = await readExisting(io, target, shown, options.force);
  // Editing a strategy (`--block`) speaks its language, unless --lang says otherwise.
  const named = existing && !options.force ? existing.get('language') : undefined;
  const language = options.language.settle([isLanguage(named) ? named : undefined]);
  const w = wizardText(language);
  const given = await givenAnswers(options, io, language);

  if (!interactive) {
    // --dry-run writes nothing, so an existing strategy is no reason to stop.
    if (existing && !options.force && !options.dryRun && options.blocks.length === 0) throw new StrategyError('error.init-exists', { file: shown });
    const base = existing && !options.force ? (existing.toJS() as Record<string, unknown>) : {};
    const strategy = deepMerge(base, given.values);
    strategy.version = 1;
    strategy.language ??= language;
    const missing = missingRequired(strategy);
    if (missing.length > 0) {
      io.stderr.write(`strategy: ${w.missing}\n${missing.map((path) => `  - ${path}  (--set ${path}=…)`).join('\n')}\n${w.missingHow}\n`);
      return EXIT.fatal;
    }
    // The values given are held to the method as `check` would hold the file: errors that a
    // value given here brings in stop the write.
    const { findingLines, findingsOf } = await import('../wizard/summary.js');
    const today = todayIn(undefined, io.env);
    const errorsOf = (values: Record<string, unknown>): Finding[] => findingsOf(values, today).findings.filter((f) => f.severity === 'error');
    const before = new Set(existing && !options.force ? errorsOf(base).map((f) => `${f.ruleId} ${f.messageId} ${f.pointer}`) : []);
    const introduced = errorsOf(strategy).filter((f) => !before.has(`${f.ruleId} ${f.messageId} ${f.pointer}`));
    if (introduced.length > 0) {
      io.stderr.write(`${findingLines(introduced, language, ['error']).join('\n')}\n`);
      throw new StrategyError('error.init-invalid', { file: shown, count: introduced.length });
    }
    return write(io, target, shown, strategy, existing && !options.force ? existing : undefined, options.dryRun, language, options.force);
  }

  const prompter = await (makePrompter ?? (() => defaultPrompter(io, language)))();
  // Asked for once it is needed: the time zone's data takes a moment to load, and the first question should not wait for it.
  let day: string | undefined;
  const today = (): string => (day ??= todayIn(undefined, io.env));
  const saveDraft = async (content: Record<string, unknown>): Promise<void> => {
    if (!options.dryRun) await writeFileAtomic(io, draftFile, `# ${w.cancelled(basename(draftFile))}\n${stringify(content)}`);
  };
  // A new strategy starts with the essentials, unless the answers come from an example or a file.
  const essentials = (!existing || options.force) && chosenBlocks.length === 0 && !options.example && !options.answers && !options.yes;
  try {
    if (essentials) return await initEssentials({ io, prompter, options, language, target, shown, draftFile, given, today, saveDraft, existing: existing && !options.force ? existing : undefined });
    let state: WizardState = { strategy: { version: 1, language, ...given.values } as WizardState['strategy'], given: given.paths, next: 0 };
    let blocks: string[] | undefined = chosenBlocks.length > 0 ? chosenBlocks : undefined;
    const draft = await readDraft(io, draftFile);
    if (draft && (options.resume || (await prompter.confirm({ message: w.resumeDraft(relative(io.cwd, draftFile)), default: true })))) {
      state = { ...draft, strategy: deepMerge(draft.strategy, given.values) as WizardState['strategy'] };
    } else if (existing && !options.force) {
      state.strategy = deepMerge(existing.toJS() as Record<string, unknown>, given.values) as WizardState['strategy'];
      blocks ??= await prompter.checkbox<string>({
        message: w.existing(shown),
        choices: CATALOGUE.map((block) => ({ name: block.title[language], value: block.id })),
      });
      if (blocks.length === 0) {
        io.stdout.write(`${w.nothingWritten}\n`);
        return EXIT.ok;
      }
    }
    state.strategy.language = state.strategy.language ?? language;
    const before = structuredClone(state.strategy);
    const done = await runWizard(state, {
      prompter,
      language,
      today,
      ...(blocks ? { blocks } : {}),
      onBlockDone: async (s) => saveDraft(s as unknown as Record<string, unknown>),
      onAnswer: async (s) => saveDraft(s as unknown as Record<string, unknown>),
    });
    if (done.kept) {
      const { kept: _kept, ...draft } = done;
      await saveDraft(draft as unknown as Record<string, unknown>);
      io.stdout.write(`${w.draftKept(relative(io.cwd, draftFile))}\n`);
      return EXIT.ok;
    }
    // A revisit says what changed, in words.
    if (existing && !options.force) {
      const { changesBetween } = await import('../diff/changes.js');
      const { describeChange } = await import('../diff/describe.js');
      const oldStrategy = checkSource(stringify(before)).strategy;
      const newStrategy = checkSource(stringify(done.strategy)).strategy;
      if (oldStrategy && newStrategy) {
        const changes = changesBetween(oldStrategy, newStrategy);
        // What the changelog has no words for is shown as the lines that change.
        const lines = changes.length === 0 && JSON.stringify(before) !== JSON.stringify(done.strategy) ? lineDiff(stringify(before), stringify(done.strategy), shown) : '';
        prompter.say(changes.length > 0 ? `${w.revisited}\n${changes.map((change) => `  - ${describeChange(change, language)}`).join('\n')}` : lines ? `${w.revisited}\n${lines}` : w.unchanged);
      }
      // Under --dry-run nothing is written, so there is nothing to ask.
      if (!options.dryRun && !(await prompter.confirm({ message: w.confirmWrite(shown), default: true }))) {
        io.stdout.write(`${w.nothingWritten}\n`);
        return EXIT.ok;
      }
    }
    const { findingsOf } = await import('../wizard/summary.js');
    const errors = findingsOf(done.strategy, today()).findings.filter((f) => f.severity === 'error').length;
    const code = await write(io, target, shown, done.strategy, existing && !options.force ? existing : undefined, options.dryRun, language, options.force, errors);
    if (code !== EXIT.ok || options.dryRun) return code;
    await io.fs.unlink(draftFile).catch(() => undefined);
    return errors > 0 ? EXIT.ok : offerRender(io, prompter, options, w, shown, target, !existing || Boolean(options.force));
  } catch (error) {
    if (error instanceof Cancelled) {
      // Before the first answer there is no draft to point to.
      const saved = await io.fs.stat(draftFile).then(() => true, () => false);
      io.stderr.write(`\n${saved ? w.cancelled(relative(io.cwd, draftFile)) : w.cancelledEarly}\n`);
      return EXIT.cancelled;
    }
    throw error;
  }
}

async function offerRender(io: Io, prompter: Prompter, options: InitOptions, w: ReturnType<typeof wizardText>, shown: string, target: string, isNew: boolean): Promise<number> {
  let code: number = EXIT.ok;
  if (await prompter.confirm({ message: w.offerRender, default: false })) {
    const { render } = await import('./render.js');
    code = await render({ file: shown, outDir: join(relative(io.cwd, dirname(target)) || '.', 'docs'), format: 'md', stdout: false, force: false, check: false, language: options.language }, io);
  }
  // A new strategy: what to do with it next, and with the draft file a stopped session leaves.
  if (isNew && code === EXIT.ok) {
    const draft = `.${basename(target).replace(/\.ya?ml$/, '')}-draft.yaml`;
    const ignore = await io.fs.readUpTo(join(dirname(target), '.gitignore'), 64 * 1024).then(({ bytes }) => new TextDecoder().decode(bytes), () => '');
    // A line of .gitignore that names the draft, or a pattern with * that matches it (.strategy-draft*).
    const matches = (line: string): boolean => {
      const pattern = line.trim().replace(/^\//, '');
      if (!pattern || pattern.startsWith('#') || pattern.startsWith('!')) return false;
      return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(draft);
    };
    const ignored = ignore.split(/\r?\n/).some(matches);
    io.stdout.write(`\n${w.nextSteps(shown, draft, ignored)}\n`);
  }
  return code;
}

interface EssentialsRun {
  io: Io;
  prompter: Prompter;
  options: InitOptions;
  language: Language;
  target: string;
  shown: string;
  draftFile: string;
  given: Given;
  today: () => string;
  saveDraft: (content: Record<string, unknown>) => Promise<void>;
  existing: Document | undefined;
}

/**
 * A new strategy: the essentials first, every answer saved in the draft as it is given; then
 * other blocks if the user wants them; then what `check` would say about it, with the choice
 * to fix it now, keep it as a draft, or write it anyway.
 */
async function initEssentials(run: EssentialsRun): Promise<number> {
  const { io, prompter, options, language, today } = run;
  const w = wizardText(language);
  let answers: Answers = {};
  let extra: Record<string, unknown> | undefined;
  const raw = await readRawDraft(io, run.draftFile);
  if (raw && isPlainObject(raw.answers) && (options.resume || (await prompter.confirm({ message: w.resumeDraft(relative(io.cwd, run.draftFile)), default: true })))) {
    answers = raw.answers;
    if (isPlainObject(raw.strategy)) extra = raw.strategy;
  }
  const save = async (): Promise<void> => run.saveDraft({ answers, ...(extra ? { strategy: extra } : {}) });
  let previous: Answers | undefined;
  for (;;) {
    await runEssentials({ prompter, language, answers, today, onAnswer: save, ...(previous ? { previous } : {}) });
    let strategy = deepMerge(essentialsStrategy(answers, language), run.given.values);
    if (!('more' in answers)) {
      const more = await prompter.checkbox<string>({
        message: w.moreBlocks,
        choices: CATALOGUE.filter((block) => !block.onRequest).map((block) => ({ name: block.title[language], value: block.id })),
      });
      answers.more = more;
      await save();
      if (more.length > 0) {
        const done = await runWizard({ strategy: strategy as WizardState['strategy'], given: [], next: 0 }, { prompter, language, today, blocks: more, summary: false });
        extra = done.strategy as Record<string, unknown>;
        await save();
      }
    }
    // What the other blocks added, over the essentials (which win where both answered).
    if (extra) strategy = deepMerge(extra, strategy);
    // The rules are loaded once there is something to check, not before the first question.
    const { findingLines, findingsOf, summaryText } = await import('../wizard/summary.js');
    const { findings } = findingsOf(strategy, today());
    prompter.say(`\n${w.summaryIntro}\n\n${summaryText(strategy as Partial<Strategy>, language)}\n`);
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    if (errors.length === 0) {
      prompter.say(warnings.length === 0 ? w.noFindings : `${w.warningsOnly(warnings.length)}\n${findingLines(warnings, language).join('\n')}`);
      const code = await write(io, run.target, run.shown, strategy, run.existing, options.dryRun, language, options.force, 0);
      if (code !== EXIT.ok || options.dryRun) return code;
      await io.fs.unlink(run.draftFile).catch(() => undefined);
      return offerRender(io, prompter, options, w, run.shown, run.target, !run.existing);
    }
    prompter.say(`${w.errorsFound(errors.length)}\n${findingLines(errors, language).join('\n')}${warnings.length > 0 ? `\n${findingLines(warnings, language).join('\n')}` : ''}`);
    const fixes = errors.map((finding) => questionsToFix(finding, answers, language)).filter((fix): fix is NonNullable<typeof fix> => Boolean(fix && fix.keys.length > 0));
    const choice = await prompter.select<string>({
      message: w.whatNow,
      choices: [
        ...(fixes.length > 0 ? [{ name: w.fixNow([...new Set(fixes.map((fix) => fix.label))].join(', ')), value: 'fix' }] : []),
        { name: w.keepDraft, value: 'draft' },
        { name: w.writeAnyway(errors.length), value: 'write' },
      ],
    });
    if (choice === 'fix') {
      previous = { ...answers };
      for (const key of new Set(fixes.flatMap((fix) => fix.keys))) delete answers[key];
      await save();
      continue;
    }
    if (choice === 'draft') {
      await save();
      io.stdout.write(`${w.draftKept(relative(io.cwd, run.draftFile))}\n`);
      return EXIT.ok;
    }
    const code = await write(io, run.target, run.shown, strategy, run.existing, options.dryRun, language, options.force, errors.length);
    if (code === EXIT.ok && !options.dryRun) await io.fs.unlink(run.draftFile).catch(() => undefined);
    return code;
  }
}

async function readRawDraft(io: Io, file: string): Promise<{ answers?: Answers; strategy?: Record<string, unknown> } | undefined> {
  try {
    const draft = parse(new TextDecoder().decode(await io.fs.readFile(file))) as unknown;
    return isPlainObject(draft) ? (draft as { answers?: Answers; strategy?: Record<string, unknown> }) : undefined;
  } catch {
    return undefined;
  }
}

async function defaultPrompter(io: Io, language: Language): Promise<Prompter> {
  const { inquirerPrompter } = await import('../wizard/inquirer.js');
  if (!io.terminal) throw new Error('no terminal to prompt on');
  return inquirerPrompter(io.terminal, io.env, language);
}

interface Given {
  values: Record<string, unknown>;
  /** Dotted paths of questions (and whole collections) answered by files and flags. */
  paths: string[];
}

async function givenAnswers(options: InitOptions, io: Io, language: Language): Promise<Given> {
  let values: Record<string, unknown> = {};
  if (options.example) {
    const name = EXAMPLES[options.example];
    if (!name) throw new StrategyError('error.unknown-example', { name: options.example, examples: Object.keys(EXAMPLES) });
    values = deepMerge(values, await loadStrategyFile(io, join(io.packageRoot, 'examples', name, 'strategy.yaml'), language));
  }
  if (options.answers) values = deepMerge(values, await loadStrategyFile(io, options.answers, language));
  for (const setting of options.set) {
    const at = setting.indexOf('=');
    const key = at > 0 ? setting.slice(0, at).trim() : '';
    // Names that reach an object's prototype are never a path into a strategy.
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(key) || splitPath(key).some((part) => part === '__proto__' || part === 'constructor' || part === 'prototype')) {
      throw new StrategyError('error.bad-set', { value: setting });
    }
    const raw = setting.slice(at + 1);
    let value: unknown;
    try {
      value = parse(raw);
    } catch {
      value = raw;
    }
    // Checked on its own, so a mistake is named by the option that made it, not by a line of a file not yet written.
    const alone: Record<string, unknown> = {};
    setPath(alone, splitPath(key), value);
    const problem = checkSource(stringify({ version: 1, ...alone })).findings.find((f) => f.severity === 'error' && f.messageId !== 'schema.required') ??
      (await ruleErrorAt(io, alone, key, language));
    if (problem) throw new StrategyError('error.bad-set-value', { value: setting, detail: describeFinding(problem, language) });
    setPath(values, splitPath(key), value);
  }
  if (options.yes) {
    const example = await loadStrategyFile(io, join(io.packageRoot, 'examples', DEFAULT_EXAMPLE[language], 'strategy.yaml'), language);
    values = deepMerge(example, values);
  }
  const paths = allQuestions()
    .filter(({ collection }) => !collection)
    .map(({ path }) => path)
    .filter((path) => getPath(values, splitPath(path)) !== undefined);
  for (const block of CATALOGUE) for (const collection of block.collections) if (getPath(values, splitPath(collection.path)) !== undefined) paths.push(collection.path);
  return { values, paths };
}

/**
 * An error the method's rules find in a value given with --set, as `check` would find it in
 * the file: the value is tried in the bundled example, and only errors at its own path count.
 */
async function ruleErrorAt(io: Io, alone: Record<string, unknown>, key: string, language: Language): Promise<Finding | undefined> {
  const { findingsOf } = await import('../wizard/summary.js');
  const example = await loadStrategyFile(io, join(io.packageRoot, 'examples', DEFAULT_EXAMPLE[language], 'strategy.yaml'), language);
  const at = `/${splitPath(key).join('/')}`;
  return findingsOf(deepMerge(example, alone), todayIn(undefined, io.env)).findings.find(
    (finding) => finding.severity === 'error' && (finding.pointer === at || finding.pointer.startsWith(`${at}/`)),
  );
}

/** A strategy file used as answers: any subset, checked by the same schema. */
async function loadStrategyFile(io: Io, file: string, language: Language): Promise<Record<string, unknown>> {
  const source = await readStrategyFile(io, file);
  const checked = checkSource(source.text, source.byteLength);
  // An answers file may leave out `version`: it is a part of a strategy, not a whole one.
  const errors = checked.findings.filter((f) => f.severity === 'error' && !(f.messageId === 'schema.required' && f.pointer === '' && f.data.key === 'version'));
  if (errors.length > 0 || !checked.parsed) {
    printErrors(io, file, errors, language);
    throw new StrategyError('error.invalid-strategy', { file, count: errors.length });
  }
  return checked.parsed.data as Record<string, unknown>;
}

function missingRequired(strategy: Record<string, unknown>): string[] {
  return allQuestions()
    .filter(({ question, collection }) => question.required && !collection)
    .map(({ path }) => path)
    .filter((path) => {
      const value = getPath(strategy, splitPath(path));
      return value === undefined || value === '';
    });
}

/** The text each existing strategy was read from, to see at write time whether it changed. */
const ORIGINAL_TEXT = new WeakMap<Document, string>();

/**
 * The strategy already at `target`, to edit in place. One that cannot be edited (broken
 * YAML, not a block of sections, too large, not UTF-8) is never treated as absent: init
 * stops, unless --force says to replace it.
 */
async function readExisting(io: Io, target: string, shown: string, force: boolean): Promise<Document | undefined> {
  let source;
  try {
    source = await readStrategyFile(io, target);
  } catch (error) {
    if (error instanceof StrategyError && error.code === 'error.file-not-found') return undefined;
    if (force && error instanceof StrategyError && error.code === 'error.not-utf8') return undefined;
    throw error;
  }
  const doc = source.byteLength > MAX_FILE_BYTES ? undefined : parseDocument(source.text);
  if (doc && doc.errors.length === 0 && isMap(doc.contents)) {
    ORIGINAL_TEXT.set(doc, source.text);
    return doc;
  }
  if (force) return undefined;
  throw new StrategyError('error.init-unreadable', { file: shown });
}

async function readDraft(io: Io, file: string): Promise<WizardState | undefined> {
  try {
    const draft = parse(new TextDecoder().decode(await io.fs.readFile(file))) as Partial<WizardState> | null;
    if (!draft || typeof draft.strategy !== 'object' || draft.strategy === null || Array.isArray(draft.strategy)) return undefined;
    // A draft edited by hand may say anything: only a block number the wizard has is used.
    const next = Number.isInteger(draft.next) && (draft.next as number) >= 0 && (draft.next as number) <= CATALOGUE.length ? (draft.next as number) : 0;
    const given = Array.isArray(draft.given) ? draft.given.filter((path): path is string => typeof path === 'string') : [];
    return { strategy: draft.strategy, given, next };
  } catch {
    return undefined;
  }
}

async function write(
  io: Io,
  target: string,
  shown: string,
  strategy: Record<string, unknown>,
  existing: Document | undefined,
  dryRun: boolean,
  language: Language,
  replace = false,
  /** Errors by the method's rules the user chose to write anyway: said after writing. */
  ruleErrors = 0,
): Promise<number> {
  const text = existing ? updateDocument(existing, strategy) : newDocument(io, target, strategy);
  const checked = checkSource(text);
  const errors = checked.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    printErrors(io, shown, errors, language);
    throw new StrategyError('error.invalid-strategy', { file: shown, count: errors.length });
  }
  if (dryRun) {
    // A strategy that exists is shown as the lines that would change.
    io.stdout.write(existing ? lineDiff(ORIGINAL_TEXT.get(existing) ?? '', text, shown) || `${wizardText(language).unchanged}\n` : text);
    return EXIT.ok;
  }
  // Under a lock on the file: a new strategy is created only if no other run created one
  // meanwhile, and one edited in place only if nobody changed it since it was read.
  await withFileLock(io, join(dirname(target), `.${basename(target)}.lock`), shown, 'error.init-busy', async () => {
    if (existing && !replace) {
      const now = await io.fs.readUpTo(target, MAX_FILE_BYTES + 1).then(({ bytes }) => new TextDecoder().decode(bytes), () => undefined);
      if (now !== ORIGINAL_TEXT.get(existing)) throw new StrategyError('error.changed-meanwhile', { file: shown });
    }
    if (existing && !replace) await replaceStrategyFile(io, target, shown, text);
    else {
      // A strategy replaced (--force) keeps the permissions it had.
      const mode = await io.fs.stat(target).then((stats) => (stats.isFile() ? stats.mode & 0o7777 : undefined), () => undefined);
      await writeFileAtomic(io, target, text, { create: !existing && !replace, ...(mode === undefined ? {} : { mode }) });
    }
  });
  io.stdout.write(`${ruleErrors > 0 ? wizardText(language).writtenWithErrors(shown, ruleErrors) : wizardText(language).written(shown)}\n`);
  return EXIT.ok;
}

/** A new strategy.yaml: the schema line editors read, then the sections in the method's order. */
function newDocument(io: Io, target: string, strategy: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of SECTION_ORDER) if (strategy[key] !== undefined) ordered[key] = strategy[key];
  for (const [key, value] of Object.entries(strategy)) if (!(key in ordered)) ordered[key] = value;
  return `# yaml-language-server: $schema=${schemaReference(io, target)}\n${stringify(ordered, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/**
 * The schema path relative to the file when the package is installed in the repository
 * (node_modules/strategy-as-code/…); its published address otherwise.
 */
export function schemaReference(io: Io, target: string): string {
  const schema = join(io.packageRoot, 'schemas', 'strategy.schema.json');
  const path = relative(dirname(target), schema).split(sep).join('/');
  const local = path.includes('node_modules/') && !path.includes('/_npx/');
  return local ? (path.startsWith('.') ? path : `./${path}`) : 'https://unpkg.com/strategy-as-code/schemas/strategy.schema.json';
}

/** Changes applied to the hand-edited document node by node, so its comments and key order survive. */
function updateDocument(doc: Document, strategy: Record<string, unknown>): string {
  const apply = (path: (string | number)[], before: unknown, after: unknown): void => {
    if (isPlainObject(before) && isPlainObject(after)) {
      for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
      for (const [key, value] of Object.entries(after)) apply([...path, key], before[key], value);
      return;
    }
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    if (after === undefined) doc.deleteIn(path);
    else doc.setIn(path, doc.createNode(after, { aliasDuplicateObjects: false }));
  };
  const original = ORIGINAL_TEXT.get(doc);
  const before = doc.toJS() as Record<string, unknown>;
  apply([], before, strategy);
  const updated = doc.toString({ flowCollectionPadding: false });
  return original === undefined ? updated : keepUntouched(original, updated, before, strategy);
}

/**
 * The updated text with everything that did not change as it was, byte for byte: a revisit
 * of the goals does not re-wrap the vision. A key's text runs from its line to the next key's
 * (the comments above that key go with it); a map that changed is merged key by key in the
 * same way, three levels deep. Files with anchors, or where the pieces would not read back as
 * the update, keep the updated text.
 */
function keepUntouched(original: string, updated: string, before: Record<string, unknown>, after: Record<string, unknown>): string {
  if (/^\s*(---|\.\.\.)\s*$/m.test(original) || /(^|[\s[{,])[&*][^\s]/m.test(original)) return updated;
  const oldDoc = parseDocument(original);
  const newDoc = parseDocument(updated);
  if (!isMap(oldDoc.contents) || !isMap(newDoc.contents)) return updated;
  type Parts = { head: string; parts: Map<string, { text: string; value: unknown; start: number }>; order: string[] };
  /** A block map's keys and the text of each, within [from, to). */
  const parts = (text: string, map: YAMLMap, from: number, to: number): Parts | undefined => {
    if (map.flow) return undefined;
    const starts: { key: string; at: number; value: unknown }[] = [];
    for (const pair of map.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (!key?.range || typeof key.value !== 'string') return undefined;
      const at = text.lastIndexOf('\n', key.range[0] - 1) + 1;
      if (text.slice(at, key.range[0]).trim() !== '') return undefined;
      starts.push({ key: key.value, at, value: pair.value });
    }
    if (starts.length === 0) return undefined;
    // Comment lines right above a key go with it.
    const begin = starts.map(({ at }, index) => {
      let line = at;
      const floor = index === 0 ? from : starts[index - 1]!.at + 1;
      for (;;) {
        const previous = text.lastIndexOf('\n', line - 2) + 1;
        if (previous >= line || previous < floor || !text.slice(previous, line).trim().startsWith('#')) return line;
        line = previous;
      }
    });
    const result = new Map<string, { text: string; value: unknown; start: number }>();
    for (const [index, { key, value }] of starts.entries()) result.set(key, { text: text.slice(begin[index], index + 1 < starts.length ? begin[index + 1] : to), value, start: begin[index]! });
    return { head: text.slice(from, begin[0]), parts: result, order: starts.map(({ key }) => key) };
  };
  const merge = (oldParts: Parts, newParts: Parts, beforeMap: Record<string, unknown>, afterMap: Record<string, unknown>, depth: number, head: string): string => {
    let text = head;
    for (const key of newParts.order) {
      const now = newParts.parts.get(key)!;
      const then = oldParts.parts.get(key);
      let part = now.text;
      if (then && JSON.stringify(beforeMap[key]) === JSON.stringify(afterMap[key])) part = then.text;
      else if (then && depth < 3 && isMap(then.value) && isMap(now.value) && isPlainObject(beforeMap[key]) && isPlainObject(afterMap[key])) {
        const inner = parts(original, then.value as YAMLMap, then.start, then.start + then.text.length);
        const innerNew = parts(updated, now.value as YAMLMap, now.start, now.start + now.text.length);
        if (inner && innerNew) part = merge(inner, innerNew, beforeMap[key] as Record<string, unknown>, afterMap[key] as Record<string, unknown>, depth + 1, innerNew.head);
      }
      if (!part.endsWith('\n')) part += '\n';
      text += part;
    }
    return text;
  };
  const oldTop = parts(original, oldDoc.contents as YAMLMap, 0, original.length);
  const newTop = parts(updated, newDoc.contents as YAMLMap, 0, updated.length);
  if (!oldTop || !newTop) return updated;
  const text = merge(oldTop, newTop, before, after, 1, oldTop.head);
  try {
    return JSON.stringify(parse(text)) === JSON.stringify(parse(updated)) ? text : updated;
  } catch {
    return updated;
  }
}


function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === '__proto__') continue;
    out[key] = isPlainObject(out[key]) && isPlainObject(value) ? deepMerge(out[key] as Record<string, unknown>, value) : value;
  }
  return out;
}

/** The kinds of answer, as `init --questions` names them. */
const KIND_NAMES: Record<Language, Record<Kind, string>> = {
  en: { text: 'text', longtext: 'longtext', number: 'number', integer: 'integer', date: 'date', time: 'time', select: 'select', multiselect: 'multiselect', confirm: 'confirm', list: 'list' },
  nl: { text: 'tekst', longtext: 'lange tekst', number: 'getal', integer: 'geheel getal', date: 'datum', time: 'tijd', select: 'keuze', multiselect: 'meerkeuze', confirm: 'ja/nee', list: 'lijst' },
};

function questionList(language: Language): string {
  const lines: string[] = [];
  let block = '';
  for (const { path, question, block: b } of allQuestions()) {
    if (b.id !== block) {
      block = b.id;
      lines.push('', `${b.title[language]} (--block ${language === 'nl' ? DUTCH_BLOCK_NAMES[b.id] : b.id})`);
    }
    const kind = KIND_NAMES[language][question.kind];
    lines.push(`  ${path.padEnd(42)} ${kind.padEnd(11)} ${question.required ? '*' : ' '} ${question.prompt[language]}`);
  }
  return `${lines.join('\n').trimStart()}\n`;
}

