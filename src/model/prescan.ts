// One pass over a strategy's text before the parser sees it: how many values it can hold and
// how deeply it nests, so that no file within the size limit makes the parser build a tree
// of millions of values or levels (`x: [[[[…` takes the parser minutes and gigabytes).
// Pure and linear; it stops as soon as the depth passes its limit.

export interface Prescan {
  /** Line breaks and commas: each value in YAML needs one or the other, bar the first. */
  values: number;
  /**
   * Levels of nesting seen, never more than the parsed document has: flow brackets that open
   * a value, block levels by indentation, and list dashes that open a list on the same line.
   */
  depth: number;
  /**
   * Anchors (&), aliases (*), tags (!), and marks out of place (a closing bracket that closes
   * nothing, an opening one inside a bracketed value, text right after a closing quote, a
   * second `: `): each costs the parser an object or an error, and millions of them on one
   * line make it build millions.
   */
  marks: number;
  /** 1-based line and column where the deepest level opened. */
  line: number;
  column: number;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

/** The first character from `from` on that is not a space or a tab. */
function nextVisible(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  return i;
}

type Step = 'next' | 'eol' | 'stop';

/** The scan's state: where it is, the brackets and indentation open, and what the line has shown so far. */
class Scanner {
  readonly result: Prescan = { values: 0, depth: 0, marks: 0, line: 1, column: 1 };
  private afterJsonNode = false;
  private readonly indents: number[] = [];
  private readonly n: number;
  private flow = 0;
  private line = 1;
  private lineStart = 0;
  /** Block scalar (| or >): lines indented more than this belong to it. */
  private blockScalarParent = -2;
  /** The quote (" or ') of a quoted value that continues on the next line. */
  private quote = 0;
  private i = 0;
  // The line's own: its indentation and levels, and what the last character said.
  private indent = 0;
  private levels = 0;
  /** Whether the next character starts a value: at the start of a line, and after an indicator (`: `, `- `, `? `, or `,` `[` `{` inside brackets). */
  private atValue = true;
  private afterAlias = false;
  private dashes = 0;
  /** After `: ` with nothing yet: a second `: ` is a stray mark. */
  private afterColon = false;
  /** Right after a value that ends where it closes (a quoted value, a bracketed one, an alias): only `:`, `,`, a closing bracket inside brackets, or a comment may follow. */
  private afterNode = false;

  constructor(
    private readonly text: string,
    private readonly limits: { depth: number },
  ) {
    this.n = text.length;
  }

  run(): Prescan {
    while (this.i < this.n) {
      const start = this.startLine();
      if (start === 'skip') continue;
      if (start === 'stop') return this.result;
      this.atValue = true;
      this.afterAlias = false;
      this.dashes = 0;
      this.afterColon = false;
      this.afterNode = false;
      for (; this.i < this.n; this.i++) {
        const step = this.step();
        if (step === 'eol') break;
        if (step === 'stop') return this.result;
      }
      if (this.i < this.n) {
        this.i++;
        this.line++;
        this.lineStart = this.i;
      }
    }
    return this.result;
  }

  private deeper(depth: number, at: number): boolean {
    if (depth > this.result.depth) {
      this.result.depth = depth;
      this.result.line = this.line;
      this.result.column = at - this.lineStart + 1;
    }
    return depth > this.limits.depth;
  }

  /** The start of a line: its indentation, and whether it belongs to a block scalar. */
  private startLine(): 'skip' | 'stop' | 'go' {
    // At the start of a line: its indentation.
    this.indent = 0;
    while (this.i < this.n && this.text.charCodeAt(this.i) === SPACE) {
      this.indent++;
      this.i++;
    }
    const first = this.i < this.n ? this.text.charCodeAt(this.i) : LF;
    const blank = first === LF || first === CR || (first === 35 && this.flow === 0);
    if (this.blockScalarParent > -2) {
      if (blank || this.indent > this.blockScalarParent) {
        // Inside a block scalar: the text is data, skipped to the end of the line.
        while (this.i < this.n && this.text.charCodeAt(this.i) !== LF) this.i++;
        if (this.i < this.n) {
          this.result.values++;
          this.i++;
          this.line++;
          this.lineStart = this.i;
        }
        return 'skip';
      }
      this.blockScalarParent = -2;
    }
    this.levels = 0;
    if (!blank && this.flow === 0 && this.quote === 0) {
      while (this.indents.length > 0 && this.indents[this.indents.length - 1]! > this.indent) this.indents.pop();
      if (this.indents.length === 0 || this.indents[this.indents.length - 1]! < this.indent) this.indents.push(this.indent);
      this.levels = this.indents.length;
      if (this.deeper(this.levels, this.i)) return 'stop';
    }
    return 'go';
  }

  /** One character: in a quoted value, right after a value, or the start of a token. */
  private step(): Step {
    const code = this.text.charCodeAt(this.i);
    if (code === LF) {
      this.result.values++;
      return 'eol';
    }
    if (this.quote !== 0) {
      if (code === 92 && this.quote === 34) this.i++;
      else if (code === this.quote) {
        if (this.quote === 39 && this.text.charCodeAt(this.i + 1) === 39) this.i++;
        else {
          this.quote = 0;
          this.afterNode = true;
        }
      }
      return 'next';
    }
    if (code === SPACE || code === TAB || code === CR) return 'next';
    // Each character is counted as a mark once at most.
    let counted = false;
    // Right after a quoted value or a closing bracket, a `:` is the key's colon even without a space (JSON).
    this.afterJsonNode = this.afterNode;
    if (this.afterNode) {
      this.afterNode = false;
      const closing = (code === 93 || code === 125) && this.flow > 0;
      if (code !== 58 && code !== 44 && !closing && code !== 35) {
        this.result.marks++;
        counted = true;
        if (code === 34 || code === 39) {
          // Another quoted value right after one: the parser reads it as one too.
          this.quote = code;
          return 'next';
        }
        // The parser starts a new value here: so does the count.
        this.atValue = true;
      }
    }
    return this.token(code, counted);
  }

  /** A comment, a bracket, an anchor, tag or alias, or a quote that opens a value. */
  private token(code: number, counted: boolean): Step {
    if (code === 44) this.result.values++;
    if (code === 35 && (this.i === this.lineStart || isBlank(this.text.charCodeAt(this.i - 1)))) {
      // A comment, to the end of the line.
      while (this.i + 1 < this.n && this.text.charCodeAt(this.i + 1) !== LF) this.i++;
      return 'next';
    }
    const blankAfter = isBlank(this.text.charCodeAt(this.i + 1));
    const colon = this.afterColon;
    this.afterColon = false;
    if (this.atValue && (code === 91 || code === 123)) {
      // Opening a line, the bracket's collection is the line's own level.
      if (this.flow === 0 && this.i === this.lineStart + this.indent && this.levels > 0) this.levels--;
      this.flow++;
      if (this.deeper(this.levels + this.flow, this.i)) return 'stop';
      return 'next';
    }
    if (this.flow > 0 && (code === 91 || code === 123)) {
      // A bracket inside a value in brackets: the parser stops at each one.
      if (!counted) this.result.marks++;
      return 'next';
    }
    if ((code === 38 || code === 33 || code === 42) && (this.atValue || this.afterAlias)) {
      // An anchor or a tag comes before the value it names; an alias is the value, and
      // whatever follows it on the line the parser reads as one more.
      if (!counted) this.result.marks++;
      // A name ends at a space, a flow indicator (, [ ] { }) or a double quote.
      while (
        this.i + 1 < this.n &&
        !isBlank(this.text.charCodeAt(this.i + 1)) &&
        !isFlowIndicator(this.text.charCodeAt(this.i + 1)) &&
        this.text.charCodeAt(this.i + 1) !== 34
      )
        this.i++;
      this.afterAlias = code === 42;
      if (this.afterAlias) {
        this.atValue = false;
        this.afterNode = true;
      }
      return 'next';
    }
    this.afterAlias = false;
    if (this.atValue && (code === 34 || code === 39)) {
      this.quote = code;
      this.atValue = false;
      return 'next';
    }
    return this.indicator(code, counted, blankAfter, colon);
  }

  /** A list dash or `?`, a `: `, a comma or bracket inside brackets, or a closing bracket. */
  private indicator(code: number, counted: boolean, blankAfter: boolean, colon: boolean): Step {
    if (this.atValue && this.flow === 0 && (code === 45 || code === 63) && blankAfter) {
      // `- - x`: a list opened on the line of another.
      this.dashes++;
      if (this.dashes > 1 && this.deeper(this.levels + this.dashes - 1, this.i)) return 'stop';
      const next = nextVisible(this.text, this.i + 1);
      if (code === 45 && (this.text.charCodeAt(next) === 124 || this.text.charCodeAt(next) === 62) && endsBlockHeader(this.text, next + 1))
        this.blockScalarParent = this.indent;
      return 'next';
    }
    // In brackets, a `:` followed by text is part of that text (`[ :!$ ]`, `[ a:b ]`), unless it
    // follows a quoted key or a bracket (`{"a":1}`).
    const startsText = this.flow > 0 && !this.afterJsonNode && !blankAfter && !isFlowIndicator(this.text.charCodeAt(this.i + 1));
    if (code === 58 && (blankAfter || this.flow > 0) && !startsText) {
      if (colon && !counted) this.result.marks++;
      this.afterColon = true;
      this.atValue = true;
      const next = nextVisible(this.text, this.i + 1);
      if (
        this.flow === 0 &&
        (this.text.charCodeAt(next) === 124 || this.text.charCodeAt(next) === 62) &&
        endsBlockHeader(this.text, next + 1)
      )
        this.blockScalarParent = this.indent;
      return 'next';
    }
    if (this.flow > 0 && (code === 44 || code === 91 || code === 123)) {
      this.atValue = true;
      return 'next';
    }
    if (code === 93 || code === 125) {
      if (this.flow > 0) {
        this.flow--;
        this.atValue = false;
        this.afterNode = true;
        return 'next';
      }
      // Outside brackets a closing one is text within a value (`x: a]`), and a mark where a
      // value starts: the parser then starts again after it.
      if (this.atValue) {
        if (!counted) this.result.marks++;
        return 'next';
      }
    }
    this.atValue = false;
    return 'next';
  }
}

export function prescan(text: string, limits: { depth: number }): Prescan {
  return new Scanner(text, limits).run();
}

function isFlowIndicator(code: number): boolean {
  return code === 44 || code === 91 || code === 93 || code === 123 || code === 125;
}

function isBlank(code: number): boolean {
  return Number.isNaN(code) || code === SPACE || code === TAB || code === LF || code === CR;
}

/** After `|` or `>`: indicators, then nothing but a comment. */
function endsBlockHeader(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) return true;
    if (code === 43 || code === 45 || (code >= 49 && code <= 57) || code === SPACE || code === TAB || code === CR) continue;
    return code === 35;
  }
  return true;
}
