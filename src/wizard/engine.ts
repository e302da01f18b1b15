// Walks the catalogue block by block through a Prompter: a progress header and an intro per
// block, every answer checked when it is given, collections entered one entry at a time,
// and a summary at the end with the chance to go back to any block.
import { LEXICONS } from '../i18n/vocabulary.js';
import type { Language, Strategy } from '../model/strategy.js';
import { slugify } from '../model/ids.js';
import { CATALOGUE, say } from './catalogue.js';
import type { Block, Collection, Context, Question } from './catalogue.js';
import { checkAnswer, convert, getPath, readAnswer, setPath, splitPath } from './answers.js';
import type { Path } from './answers.js';
import type { Prompter } from './prompter.js';
import { wizardText } from './texts.js';

export interface WizardState {
  strategy: Partial<Strategy> & Record<string, unknown>;
  /** Dotted paths (and collection paths) answered by flags or files: never asked again. */
  given: string[];
  /** Index of the next block to ask. */
  next: number;
  /** The user chose to keep the answers as a draft instead of writing them. */
  kept?: boolean;
}

export interface WizardOptions {
  prompter: Prompter;
  language: Language;
  /** Only these blocks (a revisit); all when absent. */
  blocks?: readonly string[];
  /** Called after each block, so the answers so far can be saved as a draft. */
  onBlockDone?: (state: WizardState) => Promise<void>;
  /** The day of the run: the findings shown before writing depend on it. */
  /** Today, from the command's clock. */
  today: () => string;
  /** Show the strategy and offer to go back to a block before it is written (default). */
  summary?: boolean;
  /** Called after every answer, so that nothing answered is lost (the draft). */
  onAnswer?: (state: WizardState) => Promise<void>;
}

/** The sections of the strategy a block writes: organisation and team for the vision, and so on. */
function sectionsOf(block: Block): Set<string> {
  return new Set([...block.questions.map((q) => q.key), ...block.collections.map((c) => c.path)].map((path) => splitPath(path)[0]!));
}

export async function runWizard(state: WizardState, options: WizardOptions): Promise<WizardState> {
  const { prompter, language } = options;
  const t = wizardText(language);
  // A block asked for on request only (the review) is left out of the walk through the method.
  const chosen = CATALOGUE.filter((block) => (options.blocks ? options.blocks.includes(block.id) : !block.onRequest));
  let index = Math.min(state.next, chosen.length);
  for (;;) {
    while (index < chosen.length) {
      const block = chosen[index]!;
      prompter.say(`\n[${index + 1}/${chosen.length}] ${say(block.title, language)}\n${say(block.intro, language)}\n`);
      if (!block.optional || (await prompter.confirm({ message: t.fillOptional, default: false }))) {
        await askBlock(block, state, options);
        // What check says about this block's sections, at once, while it is fresh.
        const { findingLines, findingsOf } = await import('./summary.js');
        const sections = sectionsOf(block);
        const { findings } = findingsOf(state.strategy, options.today());
        const own = findings.filter((f) => sections.has(f.pointer.split('/')[1] ?? '') && f.severity !== 'info');
        if (own.length > 0) prompter.say(`${t.blockFindings}\n${findingLines(own, language).join('\n')}`);
      }
      index += 1;
      state.next = index;
      await options.onBlockDone?.(state);
    }
    if (options.summary === false) return state;
    // The strategy in sentences, and what check would say about it.
    const { findingLines, findingsOf, summaryText } = await import('./summary.js');
    const { findings } = findingsOf(state.strategy, options.today());
    const errors = findings.filter((f) => f.severity === 'error').length;
    prompter.say(`\n${t.summaryIntro}\n\n${summaryText(state.strategy, language)}\n`);
    const lines = findingLines(findings, language);
    prompter.say(
      errors > 0
        ? `${t.errorsFound(errors)}\n${lines.join('\n')}`
        : lines.length > 0
          ? `${t.warningsOnly(lines.length)}\n${lines.join('\n')}`
          : t.noFindings,
    );
    const choice = await prompter.select<string>({
      message: t.summaryQuestion,
      choices: [
        { name: errors > 0 ? t.writeAnyway(errors) : t.write, value: '' },
        ...chosen.map((block, i) => ({ name: `${t.goBackTo} [${i + 1}] ${say(block.title, language)}`, value: block.id })),
        { name: t.keepDraft, value: '\u0000draft' },
      ],
      default: '',
    });
    if (choice === '') return state;
    if (choice === '\u0000draft') return { ...state, kept: true };
    // Go back to one block, then straight to the summary again.
    const back = chosen.findIndex((block) => block.id === choice);
    prompter.say(`\n[${back + 1}/${chosen.length}] ${say(chosen[back]!.title, language)}\n`);
    // Going back means changing: answers from flags or an example are asked too, with their values.
    await askBlock(chosen[back]!, { ...state, given: [] }, options);
    await options.onBlockDone?.(state);
  }
}

async function askBlock(block: Block, state: WizardState, options: WizardOptions): Promise<void> {
  for (const question of block.questions) {
    const path = splitPath(question.key);
    if (state.given.includes(question.key)) continue;
    await askQuestion(question, path, state, options, undefined);
  }
  for (const collection of block.collections) {
    if (state.given.includes(collection.path)) continue;
    await askCollection(collection, state, options);
  }
}

export async function askCollection(collection: Collection, state: WizardState, options: WizardOptions): Promise<void> {
  const { prompter, language } = options;
  const t = wizardText(language);
  const noun = collection.noun;
  const base = splitPath(collection.path);
  const existing = getPath(state.strategy, base);

  // Entries already there (a revisit or a resumed draft): each question with its value as default.
  if (collection.shape === 'map' && existing && typeof existing === 'object') {
    for (const id of Object.keys(existing)) {
      if (!(await prompter.confirm({ message: t.revisitEntry(noun, id), default: false }))) continue;
      await askEntry(collection, [...base, id], state, options);
    }
  } else if (Array.isArray(existing)) {
    for (let i = 0; i < existing.length; i++) {
      if (!(await prompter.confirm({ message: t.revisitEntry(noun, String(i + 1)), default: false }))) continue;
      await askEntry(collection, [...base, i], state, options);
    }
  }

  for (;;) {
    const count = Object.keys((getPath(state.strategy, base) as object | undefined) ?? {}).length;
    if (
      !(await prompter.confirm({
        message: count === 0 ? t.addFirst(noun) : t.addAnother(noun),
        default: (count === 0 && collection.rare !== true) || collection.addDefault === true,
      }))
    )
      return;
    if (collection.shape === 'list') {
      const list = (getPath(state.strategy, base) as unknown[] | undefined) ?? [];
      setPath(state.strategy, base, list);
      list.push({});
      await askEntry(collection, [...base, list.length - 1], state, options);
      continue;
    }
    const entry: Record<string, unknown> = {};
    const name = await askName(collection, state, options, entry);
    const map = (getPath(state.strategy, base) as Record<string, unknown> | undefined) ?? {};
    // The id is made from the name; it can be changed in the file.
    const id = uniqueId(slugify(String(name)) || collection.noun, map);
    setPath(state.strategy, [...base, id], entry);
    await askEntry(collection, [...base, id], state, options, true);
  }
}

async function askName(
  collection: Collection,
  state: WizardState,
  options: WizardOptions,
  entry: Record<string, unknown>,
): Promise<unknown> {
  const { prompter, language } = options;
  const t = wizardText(language);
  const question = collection.name!;
  if (collection.suggestions) {
    const used = new Set(
      Object.values((getPath(state.strategy, splitPath(collection.path)) as Record<string, { name?: string }>) ?? {}).map((e) => e.name),
    );
    const choice = await prompter.select<string>({
      message: say(question.prompt, language),
      choices: [
        ...(typeof collection.suggestions === 'function'
          ? collection.suggestions({ strategy: state.strategy, language, entry, today: options.today })
          : collection.suggestions
        )
          .map((s) => say(s, language))
          .filter((name) => !used.has(name))
          .map((name) => ({ name, value: name })),
        { name: t.otherName, value: '' },
      ],
    });
    if (choice !== '') {
      entry[question.key] = choice;
      return choice;
    }
  }
  const context: Context = { strategy: state.strategy, language, entry, today: options.today };
  const value = await askValue(question, [...splitPath(collection.path), '__new__', question.key], state, options, context);
  entry[question.key] = value;
  return value;
}

async function askEntry(collection: Collection, entryPath: Path, state: WizardState, options: WizardOptions, named = false): Promise<void> {
  const entry = getPath(state.strategy, entryPath) as Record<string, unknown>;
  const questions = [...(collection.name && !named ? [collection.name] : []), ...collection.questions];
  for (const question of questions) {
    await askQuestion(question, [...entryPath, ...splitPath(question.key)], state, options, entry);
  }
}

export async function askQuestion(
  question: Question,
  path: Path,
  state: WizardState,
  options: WizardOptions,
  entry: Record<string, unknown> | undefined,
): Promise<void> {
  // The entry's id (or index) stands in the path right before the question's own key.
  const entryId = entry ? String(path[path.length - splitPath(question.key).length - 1]) : undefined;
  const context: Context = {
    strategy: state.strategy,
    language: options.language,
    today: options.today,
    ...(entry ? { entry, entryId } : {}),
  };
  if (question.when && !question.when(context)) return;
  if (question.link) return askLink(question, question.link, path, state, options, context);
  const value = await askValue(question, path, state, options, context);
  setPath(state.strategy, path, value);
  await options.onAnswer?.(state);
}

/** Records the answer on the other side: each chosen entry lists this entry's id. */
async function askLink(
  question: Question,
  link: { collection: string; field: string },
  path: Path,
  state: WizardState,
  options: WizardOptions,
  context: Context,
): Promise<void> {
  const id = String(path[path.length - 2]);
  const others = (getPath(state.strategy, splitPath(link.collection)) as Record<string, Record<string, unknown>> | undefined) ?? {};
  const linked = Object.entries(others)
    .filter(([, other]) => Array.isArray(other[link.field]) && (other[link.field] as string[]).includes(id))
    .map(([otherId]) => otherId);
  const choices = (typeof question.choices === 'function' ? question.choices(context) : (question.choices ?? [])).map((c) => ({
    name: say(c.label, options.language),
    value: c.value,
    checked: linked.includes(c.value),
  }));
  const picked = await options.prompter.checkbox<string>({ message: say(question.prompt, options.language), choices });
  for (const [otherId, other] of Object.entries(others)) {
    const list = ((other[link.field] as string[] | undefined) ?? []).filter((value) => value !== id);
    if (picked.includes(otherId)) list.push(id);
    setPath(state.strategy, [...splitPath(link.collection), otherId, link.field], list.length > 0 ? list : undefined);
  }
}

async function askValue(question: Question, path: Path, state: WizardState, options: WizardOptions, context: Context): Promise<unknown> {
  const { prompter, language } = options;
  const message = `${say(question.prompt, language)}${question.help ? `\n  ${say(question.help, language)}` : ''}`;
  const current = getPath(state.strategy, path) ?? question.default?.(context);
  const check = (value: unknown): true | string => {
    if (question.required && (value === undefined || (Array.isArray(value) && value.length === 0))) return wizardText(language).required;
    return path.includes('__new__') ? true : checkAnswer(state.strategy, path, value, language);
  };
  const choices = typeof question.choices === 'function' ? question.choices(context) : (question.choices ?? []);
  const labelled = choices.map((choice) => ({ name: say(choice.label, language), value: choice.value }));
  let value: unknown;
  switch (question.kind) {
    case 'select': {
      if (labelled.length === 0) return current;
      const picked = await prompter.select<string>({
        message,
        choices: labelled,
        ...(current !== undefined ? { default: String(current) } : {}),
      });
      // The empty choice ("not sure") leaves the field out.
      value = picked === '' ? undefined : question.numeric ? Number(picked) : picked;
      break;
    }
    case 'multiselect': {
      if (labelled.length === 0) return current;
      const selected = new Set(Array.isArray(current) ? current.map(String) : []);
      const picked = await prompter.checkbox<string>({
        message,
        choices: labelled.map((choice) => ({ ...choice, checked: selected.has(choice.value) })),
        validate: (values) => check(values.length > 0 ? values : undefined),
      });
      value = picked.length > 0 ? picked : undefined;
      break;
    }
    case 'confirm':
      value = await prompter.confirm({ message, default: current === true });
      break;
    case 'longtext':
      value = convert(
        'text',
        await prompter.longText({
          message,
          ...(typeof current === 'string' ? { default: current } : {}),
          validate: (raw) => check(convert('text', raw)),
        }),
      );
      break;
    default: {
      let shown = Array.isArray(current) ? current.join(', ') : current === undefined ? undefined : shownValue(current, language);
      for (;;) {
        const raw = await prompter.input({
          message,
          ...(shown !== undefined ? { default: shown } : {}),
          // A text the tool can correct passes here, and is offered corrected below.
          validate: (typed) => {
            const reading = readAnswer(question.kind, typed, language);
            return reading.suggestion ? true : check(reading.value);
          },
        });
        const reading = readAnswer(question.kind, raw, language);
        if (reading.suggestion) {
          const problem = check(reading.value);
          prompter.say(`${problem === true ? '' : `${problem} `}${wizardText(language).takeSuggestion(reading.suggestion)}`);
          shown = reading.suggestion;
          continue;
        }
        if (reading.readAs !== undefined) prompter.say(wizardText(language).readAs(reading.readAs));
        value = reading.value;
        break;
      }
    }
  }
  const warning = question.warn?.(value, context);
  if (warning) prompter.say(`⚠ ${say(warning, language)}`);
  return value;
}

/** A value as the user would type it again: numbers with the language's decimal mark. */
function shownValue(value: unknown, language: Language): string {
  return typeof value === 'number' ? String(value).replace('.', LEXICONS[language].marks.decimal) : String(value);
}

function uniqueId(base: string, taken: Record<string, unknown>): string {
  if (!(base in taken)) return base;
  for (let i = 2; ; i++) if (!(`${base}-${i}` in taken)) return `${base}-${i}`;
}
