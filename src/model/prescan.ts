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

export function prescan(text: string, limits: { depth: number }): Prescan {
  const result: Prescan = { values: 0, depth: 0, marks: 0, line: 1, column: 1 };
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  // Block scalar (| or >): lines indented more than `blockScalarParent` belong to it.
  let blockScalarParent = -2;
  // The quote (" or ') of a quoted value that continues on the next line.
  let quote = 0;
  let i = 0;
  const deeper = (depth: number, at: number): boolean => {
    if (depth > result.depth) {
      result.depth = depth;
      result.line = line;
      result.column = at - lineStart + 1;
    }
    return depth > limits.depth;
  };
  const n = text.length;
  while (i < n) {
    // At the start of a line: its indentation.
    let indent = 0;
    while (i < n && text.charCodeAt(i) === SPACE) {
      indent++;
      i++;
    }
    const first = i < n ? text.charCodeAt(i) : LF;
    const blank = first === LF || first === CR || (first === 35 && flow === 0);
    if (blockScalarParent > -2) {
      if (blank || indent > blockScalarParent) {
        // Inside a block scalar: the text is data, skipped to the end of the line.
        while (i < n && text.charCodeAt(i) !== LF) i++;
        if (i < n) {
          result.values++;
          i++;
          line++;
          lineStart = i;
        }
        continue;
      }
      blockScalarParent = -2;
    }
    let levels = 0;
    if (!blank && flow === 0 && quote === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      levels = indents.length;
      if (deeper(levels, i)) return result;
    }
    // Whether the next character starts a value: at the start of a line, and after an
    // indicator (`: `, `- `, `? `, or `,` `[` `{` inside brackets).
    let atValue = true;
    let afterAlias = false;
    let dashes = 0;
    // After `: ` with nothing yet: a second `: ` is a stray mark.
    let afterColon = false;
    // Right after a value that ends where it closes (a quoted value, a bracketed one, an
    // alias): only `:`, `,`, a closing bracket inside brackets, or a comment may follow.
    let afterNode = false;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code === LF) {
        result.values++;
        break;
      }
      if (quote !== 0) {
        if (code === 92 && quote === 34) i++;
        else if (code === quote) {
          if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
          else {
            quote = 0;
            afterNode = true;
          }
        }
        continue;
      }
      if (code === SPACE || code === TAB || code === CR) continue;
      // Each character is counted as a mark once at most.
      let counted = false;
      if (afterNode) {
        afterNode = false;
        const closing = (code === 93 || code === 125) && flow > 0;
        if (code !== 58 && code !== 44 && !closing && code !== 35) {
          result.marks++;
          counted = true;
          if (code === 34 || code === 39) {
            // Another quoted value right after one: the parser reads it as one too.
            quote = code;
            continue;
          }
          // The parser starts a new value here: so does the count.
          atValue = true;
        }
      }
      if (code === 44) result.values++;
      if (code === 35 && (i === lineStart || isBlank(text.charCodeAt(i - 1)))) {
        // A comment, to the end of the line.
        while (i + 1 < n && text.charCodeAt(i + 1) !== LF) i++;
        continue;
      }
      const blankAfter = isBlank(text.charCodeAt(i + 1));
      const colon = afterColon;
      afterColon = false;
      if (atValue && (code === 91 || code === 123)) {
        // Opening a line, the bracket's collection is the line's own level.
        if (flow === 0 && i === lineStart + indent && levels > 0) levels--;
        flow++;
        if (deeper(levels + flow, i)) return result;
        continue;
      }
      if (flow > 0 && (code === 91 || code === 123)) {
        // A bracket inside a value in brackets: the parser stops at each one.
        if (!counted) result.marks++;
        continue;
      }
      if ((code === 38 || code === 33 || code === 42) && (atValue || afterAlias)) {
        // An anchor or a tag comes before the value it names; an alias is the value, and
        // whatever follows it on the line the parser reads as one more.
        if (!counted) result.marks++;
        // A name ends at a space, a flow indicator (, [ ] { }) or a double quote.
        while (i + 1 < n && !isBlank(text.charCodeAt(i + 1)) && !isFlowIndicator(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) !== 34)
          i++;
        afterAlias = code === 42;
        if (afterAlias) {
          atValue = false;
          afterNode = true;
        }
        continue;
      }
      afterAlias = false;
      if (atValue && (code === 34 || code === 39)) {
        quote = code;
        atValue = false;
        continue;
      }
      if (atValue && flow === 0 && (code === 45 || code === 63) && blankAfter) {
        // `- - x`: a list opened on the line of another.
        dashes++;
        if (dashes > 1 && deeper(levels + dashes - 1, i)) return result;
        const next = nextVisible(text, i + 1);
        if (code === 45 && (text.charCodeAt(next) === 124 || text.charCodeAt(next) === 62) && endsBlockHeader(text, next + 1))
          blockScalarParent = indent;
        continue;
      }
      if (code === 58 && (blankAfter || flow > 0)) {
        if (colon && !counted) result.marks++;
        afterColon = true;
        atValue = true;
        const next = nextVisible(text, i + 1);
        if (flow === 0 && (text.charCodeAt(next) === 124 || text.charCodeAt(next) === 62) && endsBlockHeader(text, next + 1))
          blockScalarParent = indent;
        continue;
      }
      if (flow > 0 && (code === 44 || code === 91 || code === 123)) {
        atValue = true;
        continue;
      }
      if (code === 93 || code === 125) {
        if (flow > 0) {
          flow--;
          atValue = false;
          afterNode = true;
          continue;
        }
        // Outside brackets a closing one is text within a value (`x: a]`), and a mark where a
        // value starts: the parser then starts again after it.
        if (atValue) {
          if (!counted) result.marks++;
          continue;
        }
      }
      atValue = false;
    }
    if (i < n) {
      i++;
      line++;
      lineStart = i;
    }
  }
  return result;
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
