import type { PeriodFilter } from '../../analyze/index.js';

export interface PageQuery {
  limit: number;
  offset: number;
}

export interface PeriodQuery {
  since?: string;
  until?: string;
}

/** The period bounds that were given (an absent bound is left out, not passed as undefined). */
export function periodOf(query: PeriodQuery): PeriodFilter {
  return { ...(query.since ? { since: query.since } : {}), ...(query.until ? { until: query.until } : {}) };
}

/**
 * A person is named in paths by id (`/people/42`, what the dashboard links) or by name
 * (`/people/黄文灏`, handy by hand): digits are an id.
 */
export function personKey(param: string): string | number {
  return /^\d{1,15}$/.test(param) ? Number(param) : param;
}
