// Date and time expressions, normalized to TIMEX3-style values against a reference date.
import * as chrono from 'chrono-node';
import type { DateMention } from './types';

/** Dates in one block; offsets local to the block. `reference` is `YYYY-MM-DD` or undefined. */
export function findDates(text: string, reference: string | undefined): DateMention[] {
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date(0);
  return chrono.parse(text, ref).map(r => {
    const known = r.start.isCertain('year') || reference;
    const d = r.start.date();
    const value = known ? d.toISOString().slice(0, 10) : null;
    return { start: r.index, end: r.index + r.text.length, text: r.text, value };
  });
}

/** The date a dateline or tweet signature carries, as `YYYY-MM-DD`, or undefined. */
export function dateOfLine(line: string): string | undefined {
  const r = chrono.parse(line)[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('day')) return undefined;
  return r.start.date().toISOString().slice(0, 10);
}
