/**
 * Comparing partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the news gives them: two dates agree when
 * one is a prefix of the other (2024 and 2024-10 agree; 2024-09 and 2024-10 do not).
 */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** A sortable key: missing month/day as 00, so 2024 sorts before 2024-01 and after 2023-12-31. */
export function dateSortKey(date: string | null | undefined): string | null {
  if (!date) return null;
  const [y, m = '00', d = '00'] = date.split('-');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Months from a to b, each taken at its first known day (2024 → 2024-01); positive when b is later. */
export function monthsBetween(a: string, b: string): number {
  const [ay = 0, am = 1] = a.split('-').map(Number);
  const [by = 0, bm = 1] = b.split('-').map(Number);
  return (by - ay) * 12 + ((bm || 1) - (am || 1));
}

/** Lower bound of a period filter value (YYYY → YYYY-00-00). */
export function periodStart(value: string): string {
  return dateSortKey(value) as string;
}

/** Upper bound of a period filter value (YYYY → YYYY-99-99), so `until 2024` includes all of 2024. */
export function periodEnd(value: string): string {
  const [y, m, d] = value.split('-');
  return `${y}-${m ? m.padStart(2, '0') : '99'}-${d ? d.padStart(2, '0') : '99'}`;
}
