// User text in the Markdown changelog (a pull-request comment, a review) is text: a link, an
// image or HTML in a changed field does not become one.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changesBetween } from '../../src/core/versions/changes.js';
import { formatChanges } from '../../src/diff/format.js';
import type { Strategy } from '../../src/model/strategy.js';

describe('the Markdown changelog', () => {
  it('escapes the values the user wrote', () => {
    const before = parse('version: 1\ncrisis: {spokesperson: Sanne}\n') as Strategy;
    const after = parse('version: 1\ncrisis: {spokesperson: "[pwn](https://evil.example) ![t](https://e.x/a.png) <b>x</b>"}\n') as Strategy;
    const markdown = formatChanges(changesBetween(before, after), { before: 'a', after: 'b' }, 'en', 'markdown');
    const html = new MarkdownIt().render(markdown);
    expect(html).not.toMatch(/<a |<img |<b>/);
    expect(html).toContain('[pwn](https://evil.example)');
  });
});
