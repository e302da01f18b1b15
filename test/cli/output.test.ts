// Standard output and error are written straight to their descriptors (src/main.ts); these
// are the cases a terminal or a plain pipe never shows: a short write, a descriptor that
// would block, a reader that went away.
import { describe, expect, it } from 'vitest';
import { directOutput } from '../../src/main.js';

function fakeStream() {
  const chunks: string[] = [];
  return { chunks, stream: { write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk).toString()) > 0 } };
}

const error = (code: string) => Object.assign(new Error(code), { code });

describe('direct output', () => {
  it('writes the rest after a short write', () => {
    const written: string[] = [];
    const { chunks, stream } = fakeStream();
    const output = directOutput(
      1,
      () => stream,
      () => false,
      (_, bytes, offset) => {
        const part = bytes.subarray(offset, offset + 3);
        written.push(Buffer.from(part).toString());
        return part.length;
      },
    );
    output.write('héllo wereld');
    expect(Buffer.from(written.join('')).toString()).toBe('héllo wereld');
    expect(chunks).toEqual([]);
  });

  it('hands what a non-blocking descriptor cannot take to the stream, and keeps the order after', () => {
    let calls = 0;
    const { chunks, stream } = fakeStream();
    const output = directOutput(
      1,
      () => stream,
      () => false,
      (_, _bytes, _offset) => {
        calls += 1;
        if (calls === 1) return 4;
        throw error('EAGAIN');
      },
    );
    output.write('first line\n');
    output.write('second line\n');
    expect(chunks).toEqual(['t line\n', 'second line\n']);
    expect(calls).toBe(2);
  });

  it('stops writing when the reader went away (strategy check | head -1)', () => {
    let calls = 0;
    const { chunks, stream } = fakeStream();
    const output = directOutput(
      1,
      () => stream,
      () => false,
      () => {
        calls += 1;
        throw error('EPIPE');
      },
    );
    output.write('one\n');
    output.write('two\n');
    expect(calls).toBe(1);
    expect(chunks).toEqual([]);
  });

  it('goes through the stream while the wizard prompts on it', () => {
    const { chunks, stream } = fakeStream();
    const output = directOutput(
      1,
      () => stream,
      () => true,
      () => {
        throw new Error('not the descriptor');
      },
    );
    output.write('question\n');
    expect(chunks).toEqual(['question\n']);
  });
});
