// The plain data between extraction and anchoring: what an expression says, before any anchor is known.
import type { Tense } from './tense';

/** A clock time as written (24-hour), with its zone abbreviation if any. */
export interface ClockTime { h: number; m: number; zone?: string }

/**
 * An underspecified value: a date that is complete (`absolute`), or a rule that turns an anchor into a date.
 * `previous` rules are narrative: they count from the date mentioned just before them (else from the anchor).
 */
export type Spec =
  | { type: 'absolute'; value: string }
  /** May 16 (no year): the occurrence before or after the anchor, by tense; `week` for "the week of May 16". */
  | { type: 'monthDay'; m: number; d: number; tense: Tense; week: boolean }
  /** March (no year): this year's, the last or the next, by tense. */
  | { type: 'month'; m: number; tense: Tense }
  /** (last|next|this) Tuesday. */
  | { type: 'weekday'; dow: number; qualifier?: string; tense: Tense }
  /** today (0), yesterday (-1), tomorrow (1), the day after tomorrow (2). */
  | { type: 'day'; offset: number }
  /** this week (0), last year (-1), next quarter (1), this decade, last century. */
  | { type: 'unit'; unit: 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century' | 'quarter'; step: number }
  /** last fall (step -1), this winter (0); "in the fall" (no step) by tense. */
  | { type: 'season'; code: string; step?: number; tense: Tense }
  /** over the weekend: the last or the coming one, by tense. */
  | { type: 'weekend'; tense: Tense }
  /** two weeks ago (n = -2), a year from now (n = 1): counted from the anchor. */
  | { type: 'ago'; unit: string; n: number }
  /** (last|next) Thanksgiving. */
  | { type: 'holiday'; name: string; qualifier?: string; tense: Tense }
  /** February this year, the first half of next year, summer last year: a part of the year `step` years from the
   * anchor's (`part`: `02`, `H1`, `Q3`, `SU`). */
  | { type: 'ofYear'; part: string; step: number }
  /** the third quarter (of the anchor's year, or the last one if it has not begun and the clause looks back). */
  | { type: 'quarter'; n: number; tense: Tense }
  /** a clock time alone: on the anchor's day. */
  | { type: 'clock' }
  /** the '90s: the last such decade up to the anchor. */
  | { type: 'shortDecade'; decade: number }
  /** the next day (day, 1), that year (year, 0), two days later (day, 2), ten days before (day, -10). */
  | { type: 'previous'; unit: string; n: number }
  /** the day before last Tuesday, two weeks after Christmas: `n` units from the day `base` names. */
  | { type: 'shifted'; unit: string; n: number; base: Spec };

/** One date or time expression found in a text, with offsets local to that text. */
export interface Expression {
  start: number;
  end: number;
  spec: Spec;
  /** What it denotes, so that a clock time can join the day beside it. */
  kind: 'day' | 'time' | 'other';
  time?: ClockTime;
  /** Part of the day (`TMO`, `TAF`, `TEV`, `TNI`). */
  part?: string;
  /** TIMEX3 `mod` (`START`, `END`, `MID`, `APPROX`, …) where the text says it. */
  mod?: string;
  /**
   * "the day before", "two weeks after": counts `n` units from the day named right after it when one is
   * ("the day before last Tuesday's hearing"); else, when `alone`, from the date mentioned before it; else it is
   * no date ("13 days after the bombing" counts from an event).
   */
  shift?: { unit: string; n: number; alone: boolean };
}
