/** Human-readable dates for partial ISO dates (`2025-06-14`, `2025-06`, `2025`, `unknown`). */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `14 June 2025`, `June 2025`, `2025`, or `Undated`. */
export function formatPartialDate(value: string): string {
  if (value === 'unknown') return 'Undated';
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Sort key that puts unknown dates last and partial dates at their start. */
export function partialDateSortKey(value: string): string {
  return value === 'unknown' ? '9999' : value;
}
