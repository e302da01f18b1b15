// Init's files: the strategy written (checked first, under a lock, only if nobody changed it
// meanwhile; under --dry-run shown instead), and the draft a stopped session leaves.
import { basename, dirname, join } from 'node:path';
import { type Document, parse } from 'yaml';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { Language } from '../model/strategy.js';
import { checkSource } from '../model/check.js';
import { MAX_FILE_BYTES } from '../model/strategy.js';
import { lineDiff } from '../core/versions/lines.js';
import { isPlainObject } from '../util/objects.js';
import { replaceStrategyFile, withFileLock, writeFileAtomic } from '../files/write-file.js';
import { printErrors } from '../files/strategy-source.js';
import { newDocument, ORIGINAL_TEXT, updateDocument } from '../files/strategy-document.js';
import { CATALOGUE } from './catalogue.js';
import type { WizardState } from './engine.js';
import type { Answers } from './essentials.js';
import { wizardText } from './texts.js';

export async function readRawDraft(io: Io, file: string): Promise<{ answers?: Answers; strategy?: Record<string, unknown> } | undefined> {
  try {
    const draft = parse(new TextDecoder().decode(await io.fs.readFile(file))) as unknown;
    return isPlainObject(draft) ? (draft as { answers?: Answers; strategy?: Record<string, unknown> }) : undefined;
  } catch {
    return undefined;
  }
}

export async function readDraft(io: Io, file: string): Promise<WizardState | undefined> {
  try {
    const draft = parse(new TextDecoder().decode(await io.fs.readFile(file))) as Partial<WizardState> | null;
    if (!draft || typeof draft.strategy !== 'object' || draft.strategy === null || Array.isArray(draft.strategy)) return undefined;
    // A draft edited by hand may say anything: only a block number the wizard has is used.
    const next =
      Number.isInteger(draft.next) && (draft.next as number) >= 0 && (draft.next as number) <= CATALOGUE.length
        ? (draft.next as number)
        : 0;
    const given = Array.isArray(draft.given) ? draft.given.filter((path): path is string => typeof path === 'string') : [];
    return { strategy: draft.strategy, given, next };
  } catch {
    return undefined;
  }
}

export async function writeStrategy(
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
      const now = await io.fs.readUpTo(target, MAX_FILE_BYTES + 1).then(
        ({ bytes }) => new TextDecoder().decode(bytes),
        () => undefined,
      );
      if (now !== ORIGINAL_TEXT.get(existing)) throw new StrategyError('error.changed-meanwhile', { file: shown });
    }
    if (existing && !replace) await replaceStrategyFile(io, target, shown, text);
    else {
      // A strategy replaced (--force) keeps the permissions it had.
      const mode = await io.fs.stat(target).then(
        (stats) => (stats.isFile() ? stats.mode & 0o7777 : undefined),
        () => undefined,
      );
      await writeFileAtomic(io, target, text, { create: !existing && !replace, ...(mode === undefined ? {} : { mode }) });
    }
  });
  io.stdout.write(`${ruleErrors > 0 ? wizardText(language).writtenWithErrors(shown, ruleErrors) : wizardText(language).written(shown)}\n`);
  return EXIT.ok;
}
