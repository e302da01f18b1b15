// Two texts compared line by line, for what has no words of its own (a file that is not
// readable YAML, an edit the changelog cannot name).

/**
 * The lines that change from one text to the other, as a unified diff (---/+++ and @@ hunks
 * with three lines of context); empty when nothing changes.
 */
export function lineDiff(before: string, after: string, file: string): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // The middle by longest common subsequence when it is small enough; else as one change.
  const ops: { kind: ' ' | '-' | '+'; line: string }[] = [];
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length <= 4_000_000) {
    const table: Uint32Array[] = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
    for (let i = midA.length - 1; i >= 0; i--)
      for (let j = midB.length - 1; j >= 0; j--)
        table[i]![j] = midA[i] === midB[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        ops.push({ kind: ' ', line: midA[i++]! });
        j++;
      } else if (i < midA.length && (j === midB.length || table[i + 1]![j]! >= table[i]![j + 1]!))
        ops.push({ kind: '-', line: midA[i++]! });
      else ops.push({ kind: '+', line: midB[j++]! });
    }
  } else {
    for (const line of midA) ops.push({ kind: '-', line });
    for (const line of midB) ops.push({ kind: '+', line });
  }
  const all = [
    ...a.slice(0, start).map((line) => ({ kind: ' ' as const, line })),
    ...ops,
    ...a.slice(endA).map((line) => ({ kind: ' ' as const, line })),
  ];
  // Hunks: the changes with three lines around them.
  const out = [`--- ${file}`, `+++ ${file}`];
  let index = 0;
  let oldLine = 1;
  let newLine = 1;
  const lineAt: { old: number; new: number }[] = all.map((op) => {
    const at = { old: oldLine, new: newLine };
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
    return at;
  });
  while (index < all.length) {
    if (all[index]!.kind === ' ') {
      index++;
      continue;
    }
    const from = Math.max(0, index - 3);
    let to = index;
    while (to < all.length) {
      if (all[to]!.kind !== ' ') {
        to++;
        continue;
      }
      let next = to;
      while (next < all.length && all[next]!.kind === ' ') next++;
      if (next < all.length && next - to <= 6) to = next;
      else break;
    }
    const end = Math.min(all.length, to + 3);
    const hunk = all.slice(from, end);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${lineAt[from]!.old},${oldCount} +${lineAt[from]!.new},${newCount} @@`, ...hunk.map((op) => `${op.kind}${op.line}`));
    index = end;
  }
  return `${out.join('\n')}\n`;
}
