// `strategy init`: the wizard that walks a communications officer through the method and
// writes strategy.yaml, or the same from answers files and flags when there is no terminal.
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Document } from 'yaml';
import { stringify } from 'yaml';
import type { Io } from '../io.js';
import type { Finding } from '../model/finding.js';
import { lineDiff } from '../core/versions/lines.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import type { Language, Strategy } from '../model/strategy.js';
import { checkSource } from '../model/check.js';
import { isLanguage } from '../model/strategy.js';
import { CATALOGUE } from '../wizard/catalogue.js';
import { runWizard } from '../wizard/engine.js';
import type { WizardState } from '../wizard/engine.js';
import { Cancelled } from '../wizard/prompter.js';
import type { Prompter } from '../wizard/prompter.js';
import { essentialsStrategy, questionsToFix, runEssentials } from '../wizard/essentials.js';
import type { Answers } from '../wizard/essentials.js';
import { givenAnswers, missingRequired } from '../wizard/given-answers.js';
import type { Given } from '../wizard/given-answers.js';
import { questionList } from '../wizard/question-list.js';
import { readDraft, readRawDraft, writeStrategy } from '../wizard/write-strategy.js';
import { wizardText } from '../wizard/texts.js';
import { allBlockNames, blockByName, blockKey } from '../wizard/blocks.js';
import { todayIn } from '../util/today.js';
import { closest } from '../util/suggest.js';
import { deepMerge, isPlainObject } from '../util/objects.js';
import { BLOCK_IDS } from '../i18n/vocabulary.js';
import { writeFileAtomic } from '../files/write-file.js';
import { readExisting } from '../files/strategy-document.js';

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
  /** Ask the questions that fix the findings of the existing strategy. */
  fix?: boolean;
}

export async function init(options: InitOptions, io: Io, makePrompter?: () => Promise<Prompter>): Promise<number> {
  if (options.questions) {
    io.stdout.write(questionList(options.language.current));
    return EXIT.ok;
  }
  const chosenBlocks = options.blocks.map(chosenBlock);
  const dir = resolve(io.cwd, options.dir ?? '.');
  const target = resolve(dir, options.output ?? 'strategy.yaml');
  const shown = relative(io.cwd, target) || basename(target);
  const draftFile = join(dirname(target), `.${basename(target).replace(/\.ya?ml$/, '')}-draft.yaml`);
  const interactive = options.interactive ?? (io.stdinIsTTY && io.stdout.isTTY && !io.env.CI);

  const existing = await readExisting(io, target, shown, options.force);
  // Editing a strategy (`--block`) speaks its language, unless --lang says otherwise.
  const named = existing && !options.force ? existing.get('language') : undefined;
  const language = options.language.settle([isLanguage(named) ? named : undefined]);
  const given = await givenAnswers(options, io, language);
  const edited = existing && !options.force ? existing : undefined;
  if (options.fix && !edited) throw new StrategyError('error.fix-nothing', { file: shown });
  if (options.fix && !interactive) throw new StrategyError('error.fix-terminal', {});
  if (!interactive) return initFromGiven({ io, options, language, target, shown, given, existing, edited });

  const w = wizardText(language);
  const prompter = await (makePrompter ?? (() => defaultPrompter(io, language)))();
  // Asked for once it is needed: the time zone's data takes a moment to load, and the first question should not wait for it.
  let day: string | undefined;
  const today = (): string => (day ??= todayIn(undefined, io.env));
  const saveDraft = async (content: Record<string, unknown>): Promise<void> => {
    if (!options.dryRun) await writeFileAtomic(io, draftFile, `# ${w.cancelled(basename(draftFile))}\n${stringify(content)}`);
  };
  const run: WizardRun = { io, prompter, options, language, target, shown, draftFile, given, today, saveDraft, existing: edited };
  // A new strategy starts with the essentials, unless the answers come from an example or a file.
  const essentials = !edited && chosenBlocks.length === 0 && !options.example && !options.answers && !options.yes;
  try {
    if (options.fix && edited) {
      const { runFix } = await import('../wizard/fix-run.js');
      return await runFix({ io, prompter, language, target, shown, existing: edited, today, dryRun: options.dryRun });
    }
    return essentials ? await initEssentials(run) : await initBlocks(run, chosenBlocks, existing !== undefined);
  } catch (error) {
    if (error instanceof Cancelled) {
      // Before the first answer there is no draft to point to.
      const saved = await io.fs.stat(draftFile).then(
        () => true,
        () => false,
      );
      io.stderr.write(`\n${saved ? w.cancelled(relative(io.cwd, draftFile)) : w.cancelledEarly}\n`);
      return EXIT.cancelled;
    }
    throw error;
  }
}

/** A block named with --block, in either language; an unknown name is refused with the nearest. */
function chosenBlock(name: string): string {
  const block = blockByName(name);
  const suggestion = closest(name.toLowerCase(), allBlockNames()) ?? (/^doelstelling/i.test(name) ? 'doelen' : undefined);
  if (!block)
    throw new StrategyError('error.unknown-block', {
      block: name,
      blocks: [...BLOCK_IDS],
      dutch: BLOCK_IDS.map((id) => blockKey(id, 'nl')),
      ...(suggestion ? { suggestion } : {}),
    });
  return block;
}

/**
 * Without a terminal: the strategy from answers files and flags alone, held to the method as
 * `check` would hold the file: errors that a value given here brings in stop the write.
 */
async function initFromGiven(run: {
  io: Io;
  options: InitOptions;
  language: Language;
  target: string;
  shown: string;
  given: Given;
  existing: Document | undefined;
  edited: Document | undefined;
}): Promise<number> {
  const { io, options, language, shown, edited } = run;
  const w = wizardText(language);
  // --dry-run writes nothing, so an existing strategy is no reason to stop.
  if (run.existing && !options.force && !options.dryRun && options.blocks.length === 0)
    throw new StrategyError('error.init-exists', { file: shown });
  const base = edited ? (edited.toJS() as Record<string, unknown>) : {};
  const strategy = deepMerge(base, run.given.values);
  strategy.version = 1;
  strategy.language ??= language;
  const missing = missingRequired(strategy);
  if (missing.length > 0) {
    io.stderr.write(`strategy: ${w.missing}\n${missing.map((path) => `  - ${path}  (--set ${path}=…)`).join('\n')}\n${w.missingHow}\n`);
    return EXIT.fatal;
  }
  const { findingLines, findingsOf } = await import('../wizard/summary.js');
  const today = todayIn(undefined, io.env);
  const errorsOf = (values: Record<string, unknown>): Finding[] => findingsOf(values, today).findings.filter((f) => f.severity === 'error');
  const before = new Set(edited ? errorsOf(base).map((f) => `${f.ruleId} ${f.messageId} ${f.pointer}`) : []);
  const introduced = errorsOf(strategy).filter((f) => !before.has(`${f.ruleId} ${f.messageId} ${f.pointer}`));
  if (introduced.length > 0) {
    io.stderr.write(`${findingLines(introduced, language, ['error']).join('\n')}\n`);
    throw new StrategyError('error.init-invalid', { file: shown, count: introduced.length });
  }
  return writeStrategy(io, run.target, shown, strategy, edited, options.dryRun, language, options.force);
}

/** The wizard over chosen blocks (or all of them): from a draft, an existing strategy, or the answers given. */
async function initBlocks(run: WizardRun, chosenBlocks: string[], existed: boolean): Promise<number> {
  const { io, prompter, options, language, shown, draftFile, today, saveDraft, existing } = run;
  const w = wizardText(language);
  let state: WizardState = {
    strategy: { version: 1, language, ...run.given.values } as WizardState['strategy'],
    given: run.given.paths,
    next: 0,
  };
  let blocks: string[] | undefined = chosenBlocks.length > 0 ? chosenBlocks : undefined;
  const draft = await readDraft(io, draftFile);
  if (draft && (options.resume || (await prompter.confirm({ message: w.resumeDraft(relative(io.cwd, draftFile)), default: true })))) {
    state = { ...draft, strategy: deepMerge(draft.strategy, run.given.values) as WizardState['strategy'] };
  } else if (existing) {
    state.strategy = deepMerge(existing.toJS() as Record<string, unknown>, run.given.values) as WizardState['strategy'];
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
    const { kept: _kept, ...kept } = done;
    await saveDraft(kept as unknown as Record<string, unknown>);
    io.stdout.write(`${w.draftKept(relative(io.cwd, draftFile))}\n`);
    return EXIT.ok;
  }
  // A revisit says what changed, in words; under --dry-run nothing is written, so there is nothing to ask.
  if (existing) {
    await sayChanges(prompter, before, done.strategy, shown, language);
    if (!options.dryRun && !(await prompter.confirm({ message: w.confirmWrite(shown), default: true }))) {
      io.stdout.write(`${w.nothingWritten}\n`);
      return EXIT.ok;
    }
  }
  const { findingsOf } = await import('../wizard/summary.js');
  const errors = findingsOf(done.strategy, today()).findings.filter((f) => f.severity === 'error').length;
  const code = await writeStrategy(io, run.target, shown, done.strategy, existing, options.dryRun, language, options.force, errors);
  if (code !== EXIT.ok || options.dryRun) return code;
  await io.fs.unlink(draftFile).catch(() => undefined);
  return errors > 0 ? EXIT.ok : offerRender(io, prompter, options, w, shown, run.target, !existed || Boolean(options.force));
}

/** What a revisit changed, in words; what the changelog has no words for, as the lines that change. */
async function sayChanges(prompter: Prompter, before: unknown, after: unknown, shown: string, language: Language): Promise<void> {
  const w = wizardText(language);
  const { changesBetween } = await import('../core/versions/changes.js');
  const { describeChange } = await import('../diff/describe.js');
  const oldStrategy = checkSource(stringify(before)).strategy;
  const newStrategy = checkSource(stringify(after)).strategy;
  if (!oldStrategy || !newStrategy) return;
  const changes = changesBetween(oldStrategy, newStrategy);
  const lines =
    changes.length === 0 && JSON.stringify(before) !== JSON.stringify(after) ? lineDiff(stringify(before), stringify(after), shown) : '';
  prompter.say(
    changes.length > 0
      ? `${w.revisited}\n${changes.map((change) => `  - ${describeChange(change, language)}`).join('\n')}`
      : lines
        ? `${w.revisited}\n${lines}`
        : w.unchanged,
  );
}

async function offerRender(
  io: Io,
  prompter: Prompter,
  options: InitOptions,
  w: ReturnType<typeof wizardText>,
  shown: string,
  target: string,
  isNew: boolean,
): Promise<number> {
  let code: number = EXIT.ok;
  if (await prompter.confirm({ message: w.offerRender, default: false })) {
    const { renderOutputs } = await import('../files/render-outputs.js');
    code = await renderOutputs(
      {
        file: shown,
        outDir: join(relative(io.cwd, dirname(target)) || '.', 'docs'),
        format: 'md',
        stdout: false,
        force: false,
        check: false,
        language: options.language,
      },
      io,
    );
  }
  // A new strategy: what to do with it next, and with the draft file a stopped session leaves.
  if (isNew && code === EXIT.ok) {
    const draft = `.${basename(target).replace(/\.ya?ml$/, '')}-draft.yaml`;
    const ignore = await io.fs.readUpTo(join(dirname(target), '.gitignore'), 64 * 1024).then(
      ({ bytes }) => new TextDecoder().decode(bytes),
      () => '',
    );
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

interface WizardRun {
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
async function initEssentials(run: WizardRun): Promise<number> {
  const { io, prompter, options, language, today } = run;
  const w = wizardText(language);
  let answers: Answers = {};
  let extra: Record<string, unknown> | undefined;
  const raw = await readRawDraft(io, run.draftFile);
  if (
    raw &&
    isPlainObject(raw.answers) &&
    (options.resume || (await prompter.confirm({ message: w.resumeDraft(relative(io.cwd, run.draftFile)), default: true })))
  ) {
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
        const done = await runWizard(
          { strategy: strategy as WizardState['strategy'], given: [], next: 0 },
          { prompter, language, today, blocks: more, summary: false },
        );
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
      prompter.say(
        warnings.length === 0 ? w.noFindings : `${w.warningsOnly(warnings.length)}\n${findingLines(warnings, language).join('\n')}`,
      );
      const code = await writeStrategy(io, run.target, run.shown, strategy, run.existing, options.dryRun, language, options.force, 0);
      if (code !== EXIT.ok || options.dryRun) return code;
      await io.fs.unlink(run.draftFile).catch(() => undefined);
      return offerRender(io, prompter, options, w, run.shown, run.target, !run.existing);
    }
    prompter.say(
      `${w.errorsFound(errors.length)}\n${findingLines(errors, language).join('\n')}${warnings.length > 0 ? `\n${findingLines(warnings, language).join('\n')}` : ''}`,
    );
    const fixes = errors
      .map((finding) => questionsToFix(finding, answers, language))
      .filter((fix): fix is NonNullable<typeof fix> => Boolean(fix && fix.keys.length > 0));
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
    const code = await writeStrategy(
      io,
      run.target,
      run.shown,
      strategy,
      run.existing,
      options.dryRun,
      language,
      options.force,
      errors.length,
    );
    if (code === EXIT.ok && !options.dryRun) await io.fs.unlink(run.draftFile).catch(() => undefined);
    return code;
  }
}

async function defaultPrompter(io: Io, language: Language): Promise<Prompter> {
  const { inquirerPrompter } = await import('../wizard/inquirer.js');
  if (!io.terminal) throw new Error('no terminal to prompt on');
  return inquirerPrompter(io.terminal, io.env, language);
}
