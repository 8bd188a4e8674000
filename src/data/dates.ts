/**
 * Whether an ISO date at year, month or day precision (`2019`, `2021-12`, `2024-07-01`) names a
 * month and day that exist in the calendar. `2023-02-29` and `2024-13` do not.
 */
export function isRealDate(iso: string): boolean {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether `value` is a real day written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value);
}
