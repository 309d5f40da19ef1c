// Geometry of the hand-made SVG charts: no chart library, the first paint budget matters.

// The smallest 1, 2 or 5 × 10^k not below n (at least 1), so the axis ends on a round number.
export const niceMax = (n: number): number => {
  if (!Number.isFinite(n) || n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
};

// Whole-number ticks from 0 to max (a niceMax value) on a round step, about `count` intervals.
export const axisTicks = (max: number, count = 5): number[] => {
  const step = niceMax(max / count);
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return ticks;
};

export type Segment = { key: string; value: number };
export type PlacedSegment = Segment & { x: number; width: number };

// Segments of one stacked bar laid from x0 along a scale of `scale` pixels per unit; empty segments are dropped.
export const stackSegments = (segments: Segment[], x0: number, scale: number): PlacedSegment[] => {
  const placed: PlacedSegment[] = [];
  let x = x0;
  for (const s of segments) {
    if (s.value <= 0) continue;
    const width = s.value * scale;
    placed.push({ ...s, x, width });
    x += width;
  }
  return placed;
};

// A label that fits the label column: long names end with an ellipsis (the full text stays in <title> and the table).
export const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`);
