// Date and time expressions, normalized to TIMEX3-style values, in the manner of HeidelTime: patterns, tables and
// negative rules as data (`resources/`), extraction that needs no anchor and yields underspecified values
// (`extract.ts`, `spec.ts`), and an anchoring pass (`anchor.ts`, `resolve.ts`) scoped per article. Relative
// expressions without an anchor get a null value (never today's date).
import type { DateMention } from '../types';
import { anchorDocument } from './anchor';
import { extractDates } from './extract';

export { anchorDocument } from './anchor';
export { extractDates } from './extract';
export type { Expression, Spec } from './spec';

/** Dates in one text read as a single stretch: relative ones against `reference` (`YYYY-MM-DD`, a longer ISO value is
 * cut), narrative ones against the date before them. */
export function findDates(text: string, reference: string | undefined): DateMention[] {
  const whole = { start: 0, end: text.length, kind: 'article' as const };
  return anchorDocument(text, [whole], [], [extractDates(text)], reference);
}

/** The date a dateline or tweet signature carries, as an ISO value (`2024-05-16`, `2024-05-16T07:51-04:00`), or undefined. */
export function dateOfLine(line: string, reference?: string): string | undefined {
  return dateOfMentions(findDates(line, reference));
}

/** dateOfLine of a line whose dates (`findDates`) were found already. */
export function dateOfMentions(mentions: readonly DateMention[]): string | undefined {
  let best: string | undefined;
  for (const d of mentions) {
    if (!d.value || !/^\d{4}-\d{2}-\d{2}/.test(d.value)) continue;
    if (!best || d.value.length > best.length) best = d.value;
  }
  if (!best) return undefined;
  // a time given apart from the date on the same line: "May 16, 2024 / 7:51 AM EDT"
  if (best.length === 10) {
    const time = mentions.find(d => d.value && /T\d\d:\d\d/.test(d.value));
    if (time) best = best + time.value!.slice(10);
  }
  return best;
}
