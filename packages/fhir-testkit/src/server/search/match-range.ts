import type { DateRange } from './date-range.js';
import { Prefix } from './prefix.js';

/**
 * Compares a target range with a search range per FHIR R4 §3.1.1.4.1 (ranges are `[low, high)`):
 * - eq: the search range fully contains the target; ne: it does not;
 * - gt/lt: the range above/below the search value overlaps the target;
 * - ge/le: gt/lt, or eq;
 * - sa/eb: the target starts after / ends before the search range, with no overlap;
 * - ap: the ranges overlap once the search range is widened by `approximateMargin`.
 */
export function matchRange(
  prefix: Prefix,
  target: DateRange,
  search: DateRange,
  approximateMargin: number,
): boolean {
  const contained = target.low >= search.low && target.high <= search.high;
  switch (prefix) {
    case Prefix.Equal:
      return contained;
    case Prefix.NotEqual:
      return !contained;
    case Prefix.GreaterThan:
      return target.high > search.high;
    case Prefix.LessThan:
      return target.low < search.low;
    case Prefix.GreaterOrEqual:
      return target.high > search.high || contained;
    case Prefix.LessOrEqual:
      return target.low < search.low || contained;
    case Prefix.StartsAfter:
      return target.low >= search.high;
    case Prefix.EndsBefore:
      return target.high <= search.low;
    case Prefix.Approximately:
      return target.low < search.high + approximateMargin && target.high > search.low - approximateMargin;
  }
}
