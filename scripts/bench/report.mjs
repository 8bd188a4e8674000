// The benchmark's table: rows of medians with their interquartile range, the goal of each row and
// whether it is met, as aligned text for the terminal or as Markdown for the README, and the
// change of each row since a previous results file.

/** How a value of each unit is written. */
const FORMATS = {
  ms: (v) => (Math.abs(v) < 100 ? v.toFixed(1) : v.toFixed(0)),
  count: (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1)),
  KB: (v) => v.toFixed(1),
  MB: (v) => v.toFixed(2),
  score: (v) => v.toFixed(2),
  cls: (v) => v.toFixed(3),
  nodes: (v) => v.toFixed(0),
  ratio: (v) => `${v.toFixed(2)}×`,
};

/** A value in its unit ("–" when there is none). */
export function formatValue(value, unit) {
  if (value === undefined || value === null || !Number.isFinite(value)) return '–';
  return (FORMATS[unit] ?? FORMATS.count)(value);
}

/** A summary as "median (q1–q3)", or the median alone when there is one value or no spread. */
export function formatSummary(summary, unit) {
  if (!summary) return '–';
  const median = formatValue(summary.median, unit);
  if (summary.n < 2) return median;
  const q1 = formatValue(summary.q1, unit);
  const q3 = formatValue(summary.q3, unit);
  return q1 === q3 && q1 === median ? median : `${median} (${q1}–${q3})`;
}

/** "met", "MISSED" or "–" (no goal, or nothing measured). */
export const formatMet = (goal) => (!goal?.text ? '' : goal.met === true ? 'met' : goal.met === false ? 'MISSED' : '–');

/**
 * The change of a row since `previous` (a row with the same id from an earlier file): of the
 * ratio when the row has one, else of our median, in percent ("" when there is nothing to compare).
 */
export function change(row, previous) {
  if (!previous) return 'new';
  const pct = (now, before) =>
    Number.isFinite(now) && Number.isFinite(before) && before !== 0
      ? `${now >= before ? '+' : '−'}${Math.abs(((now - before) / before) * 100).toFixed(0)}%`
      : undefined;
  if (row.ratio && previous.ratio) {
    const a = previous.ratio.median;
    const b = row.ratio.median;
    if (Number.isFinite(a) && Number.isFinite(b)) return a.toFixed(2) === b.toFixed(2) ? `ratio ${b.toFixed(2)}, same` : `ratio ${a.toFixed(2)}→${b.toFixed(2)}`;
  }
  const before = formatValue(previous.ours?.median, row.unit);
  const now = formatValue(row.ours?.median, row.unit);
  if (before === now) return before === '–' ? '' : 'same';
  const ours = pct(row.ours?.median, previous.ours?.median);
  return `${ours ? `${ours} ` : ''}(${before}→${now})`;
}

/** The cells of every row, in the order of the columns of table(). */
function cells(results, previous) {
  const before = new Map((previous?.rows ?? []).map((row) => [row.id, row]));
  return results.rows.map((row) => [
    row.label,
    row.error ? `failed: ${row.error}` : formatSummary(row.ours, row.unit),
    formatSummary(row.baseline, row.unit),
    formatSummary(row.ratio, 'ratio'),
    row.goal?.text ?? '',
    formatMet(row.goal),
    ...(previous ? [change(row, before.get(row.id))] : []),
  ]);
}

const COLUMNS = ['measurement', 'ours', 'baseline', 'ours / baseline', 'goal', ''];

/** The machine and the run in one line. */
export function machineLine(results) {
  const m = results.machine;
  const load = m.loadavg ? `, load average ${m.loadavg.map((l) => l.toFixed(1)).join(' / ')} (start / end)` : '';
  const cpu = m.cpuSlowdown ? `; "4× CPU" measured as ${m.cpuSlowdown.toFixed(1)}× on a busy loop` : '';
  return (
    `${results.date.slice(0, 10)}, ${m.cpu} (${m.cores} cores), ${m.os}, Node ${m.node}, ${m.browser}` +
    `${load}; ${results.settings.pairs} pairs per measurement${cpu}`
  );
}

/** The table as aligned text, with the change since `previous` when given. */
export function textTable(results, previous) {
  const rows = cells(results, previous);
  const header = previous ? [...COLUMNS, 'since previous run'] : COLUMNS;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The table as Markdown (for the README). */
export function markdownTable(results) {
  const escape = (c) => String(c).replaceAll('|', '\\|');
  const rows = cells(results).map((r) => `| ${r.map(escape).join(' | ')} |`);
  return [`| ${COLUMNS.join(' | ')} |`, `| ${COLUMNS.map(() => '---').join(' | ')} |`, ...rows].join('\n');
}

/** The rows whose goal was missed, one line each. */
export const missed = (results) => results.rows.filter((row) => row.goal?.met === false);
