// A long answer typed in place, over as many lines as it needs: Enter starts a new line, Enter
// on an empty line finishes, Backspace on an empty line takes the previous line back. Ctrl+E
// hands what is typed to the user's editor, when one is set. Built on Inquirer's core, as its
// own prompts are; loaded only by `strategy init`.
import { createPrompt, isBackspaceKey, isEnterKey, isTabKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';

export interface MultilineConfig {
  message: string;
  /** The current answer: Enter on the first, empty line keeps it, Tab brings it back to edit. */
  default?: string;
  validate?: (text: string) => true | string;
  /** How the keys work, shown under the lines. */
  help: string;
  /** Whether Ctrl+E opens the user's editor. */
  editor: boolean;
}

export interface MultilineAnswer {
  text: string;
  /** The user asked for the editor, with `text` as typed so far. */
  editor: boolean;
}

/** Lines of the finished answer shown under the question; a longer one ends in "…". */
const SHOWN_LINES = 6;

export const multiline = createPrompt<MultilineAnswer, MultilineConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [lines, setLines] = useState<string[]>([]);
  const [value, setValue] = useState('');
  const [kept, setKept] = useState(config.default ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      if (value.trim() !== '') {
        setLines([...lines, value]);
        setValue('');
        setError(undefined);
        return;
      }
      const text = lines.length === 0 ? kept : lines.join('\n');
      const verdict = config.validate?.(text) ?? true;
      if (verdict !== true) {
        setError(verdict);
        return;
      }
      setLines(text === '' ? [] : text.split('\n'));
      setStatus('done');
      done({ text, editor: false });
    } else if (config.editor && key.ctrl && key.name === 'e') {
      const typed = [...lines, value].join('\n').trim();
      setValue('');
      setStatus('done');
      done({ text: typed === '' ? kept : typed, editor: true });
    } else if (isBackspaceKey(key) && value === '' && rl.line === '') {
      if (lines.length > 0) {
        const previous = lines.at(-1) ?? '';
        setLines(lines.slice(0, -1));
        rl.write(previous);
        setValue(previous);
      } else {
        setKept('');
      }
    } else if (isTabKey(key) && lines.length === 0 && value.trim() === '' && kept !== '') {
      const keptLines = kept.split('\n');
      const last = keptLines.pop() ?? '';
      rl.clearLine(0);
      rl.write(last);
      setLines(keptLines);
      setValue(last);
      setKept('');
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    const shown = lines.slice(0, SHOWN_LINES).map((line) => `  ${theme.style.answer(line)}`);
    if (lines.length > SHOWN_LINES) shown.push(`  ${theme.style.answer('…')}`);
    return [`${prefix} ${message}`, ...shown].join('\n');
  }
  const keptLines = kept === '' ? [] : kept.split('\n');
  const keptShown =
    lines.length === 0 && value === '' && keptLines.length > 0
      ? ` ${theme.style.defaultAnswer(keptLines.length > 1 ? `${keptLines[0]} …` : (keptLines[0] ?? ''))}`
      : '';
  // The line being typed comes last: the cursor stands at its end.
  const content = [`${prefix} ${message}${keptShown}`, ...lines.map((line) => `  ${line}`), `  ${value}`].join('\n');
  return [content, [error ? theme.style.error(error) : '', theme.style.help(config.help)].filter(Boolean).join('\n')];
});
