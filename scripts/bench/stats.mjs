// The statistics of the benchmark: medians and quartiles of alternating pairs, the cumulative
// layout shift as Chromium defines it, and the long tasks of a load.

/** The q-quantile (0…1) of `values`, interpolated between the two nearest ranks (R's type 7). */
export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * Median, quartiles and interquartile range of the finite numbers in `values`; `n` counts them.
 * `undefined` when there is none.
 */
export function summarize(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return undefined;
  const q1 = quantile(finite, 0.25);
  const q3 = quantile(finite, 0.75);
  return {
    n: finite.length,
    median: quantile(finite, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
    min: Math.min(...finite),
    max: Math.max(...finite),
  };
}

/**
 * The ratio of each pair, ours / baseline. A pair with a baseline of 0 has no ratio unless both
 * are 0 (then 1: the same).
 */
export function pairRatios(ours, baseline) {
  return ours.map((value, i) => {
    const base = baseline[i];
    if (!Number.isFinite(value) || !Number.isFinite(base)) return undefined;
    if (base === 0) return value === 0 ? 1 : undefined;
    return value / base;
  });
}

/**
 * The order of the two pages in pair `i`: ours first in even pairs, the baseline first in odd
 * ones, so that neither always runs on a cooler or warmer machine.
 */
export const pairOrder = (i) => (i % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours']);

/**
 * Cumulative layout shift as Chromium reports it: shifts are grouped in session windows (a gap
 * under 1 s between shifts, a window at most 5 s long) and the largest window counts. `shifts`
 * are `{ start, value }` in ms, without those after input.
 */
export function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let current = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const { start, value } of [...shifts].sort((a, b) => a.start - b.start)) {
    if (start - last >= 1000 || start - windowStart >= 5000) {
      current = 0;
      windowStart = start;
    }
    current += value;
    last = start;
    worst = Math.max(worst, current);
  }
  return worst;
}

/** Long tasks (`{ start, duration }`) of a load: how many, the longest, the time over 50 ms each (blocking). */
export function longTaskStats(tasks) {
  return {
    count: tasks.length,
    longest: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
    blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  };
}
