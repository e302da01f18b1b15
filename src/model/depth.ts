// How deeply a document nests, for the limit both readers of strategy files hold it to.
import { MAX_DEPTH } from './strategy.js';

/** How deeply blocks and lists nest, counted without recursion so no depth can overflow the stack. */
export function depthOf(data: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}
