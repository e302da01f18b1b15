// The Prompter on a real terminal, with Inquirer's prompts. Loaded only by `strategy init`.
import checkbox from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import input from '@inquirer/input';
import select from '@inquirer/select';
import { multiline } from './multiline.js';
import { Cancelled } from './prompter.js';
import type { Prompter } from './prompter.js';
import type { Language } from '../model/strategy.js';
import { wizardText } from './texts.js';

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

async function guard<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    // Ctrl-C (or a closed terminal) ends the prompt with ExitPromptError.
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new Cancelled();
    throw error;
  }
}

export function inquirerPrompter(terminal: Terminal, env: Readonly<Record<string, string | undefined>>, language: Language): Prompter {
  const context = { input: terminal.input, output: terminal.output };
  const words = wizardText(language);
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${words.keyNames[key] ?? key} ${words.keyActions[action] ?? action}`).join(' • '),
    },
  };
  const hasEditor = Boolean(env.VISUAL || env.EDITOR);
  // Ja/Nee in Dutch: j, ja, n and nee are answers too (and y, yes and no always are).
  const confirmTheme = { keywords: { yes: words.yes, no: words.no, error: () => words.yesOrNo } };
  // After a wrong answer the field starts empty, so retyping does not add to the wrong text.
  const inputTheme = { validationFailureMode: 'clear' as const };
  return {
    input: (q) =>
      guard(
        input(
          {
            message: q.message,
            ...(q.default !== undefined ? { default: q.default } : {}),
            ...(q.validate ? { validate: q.validate } : {}),
            theme: inputTheme,
          },
          context,
        ),
      ),
    // Long texts are typed in place, over several lines; the editor opens only when asked for.
    longText: async (q) => {
      const typed = await guard(
        multiline(
          {
            message: q.message,
            ...(q.default !== undefined ? { default: q.default } : {}),
            ...(q.validate ? { validate: q.validate } : {}),
            help: words.multilineHelp({ editor: hasEditor, kept: Boolean(q.default) }),
            editor: hasEditor,
          },
          context,
        ),
      );
      if (!typed.editor) return typed.text;
      // The editor prompt brings a library of text encodings: loaded only when it is used.
      const { default: editor } = await import('@inquirer/editor');
      const text = await guard(
        editor(
          {
            message: q.message,
            // A file ends in a newline: what the user adds starts on a line of its own.
            default: typed.text === '' ? '' : `${typed.text}\n`,
            ...(q.validate ? { validate: q.validate } : {}),
            waitForUserInput: false,
            theme: { style: { waitingMessage: () => words.editorNext, loadingMessage: () => words.editorChecking } },
          },
          context,
        ),
      );
      const lines = text.trim().split('\n');
      terminal.output.write(
        `${[...lines.slice(0, 6), ...(lines.length > 6 ? ['…'] : [])].map((line) => words.answered(line)).join('\n')}\n`,
      );
      return text;
    },
    select: (q) =>
      guard(
        select(
          { message: q.message, choices: q.choices, ...(q.default !== undefined ? { default: q.default } : {}), pageSize: 12, theme },
          context,
        ),
      ),
    checkbox: (q) =>
      guard(
        checkbox(
          {
            message: q.message,
            choices: q.choices,
            ...(q.validate ? { validate: (items: readonly { value: unknown }[]) => q.validate!(items.map((i) => i.value) as never) } : {}),
            pageSize: 12,
            theme,
          },
          context,
        ),
      ),
    confirm: (q) =>
      guard(confirm({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}), theme: confirmTheme }, context)),
    say: (text) => void terminal.output.write(`${text}\n`),
  };
}
