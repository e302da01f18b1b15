// The test's own arithmetic for a straight-line forecast, independent of the tool's code.

/** The least-squares line through the points, read at `x`. */
export function lineAt(points: readonly [number, number][], x: number): number {
  const n = points.length;
  const mx = points.reduce((s, [a]) => s + a, 0) / n;
  const my = points.reduce((s, [, b]) => s + b, 0) / n;
  const slope = points.reduce((s, [a, b]) => s + (a - mx) * (b - my), 0) / points.reduce((s, [a]) => s + (a - mx) ** 2, 0);
  return my + slope * (x - mx);
}

/** Where the least-squares line through the points reaches `y`: NaN when it is flat. */
export function lineReaches(points: readonly [number, number][], y: number): number {
  const at0 = lineAt(points, 0);
  const slope = lineAt(points, 1) - at0;
  return slope === 0 ? Number.NaN : (y - at0) / slope;
}
