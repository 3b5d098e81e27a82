// Segmenting an edited text again without going over all of it: only the runs of lines (stretches between blank
// lines) around the edit are segmented anew, and the blocks before and after are kept, moved by the edit's length.
// The result is the one `segment` gives for the whole text: the window is cut where nothing outside it can change,
// and where that cannot be shown the whole text is segmented.
import { segmentTracked, type ReferenceChange } from './segment';
import type { Block } from './types';

/** The text changed in [start, oldEnd) before the edit, which is [start, newEnd) after it. */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface Segmentation {
  blocks: Block[];
  references: ReferenceChange[];
}

/** The one changed stretch between two texts: their common start and common end taken away. */
export function findEdit(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  // compares in chunks first (string comparison is far faster than a character loop), then character by character
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const most = shorter - start;
  while (tail + CHUNK <= most && before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < most && before.charCodeAt(before.length - tail - 1) === after.charCodeAt(after.length - tail - 1)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

const CHUNK = 1024;

/**
 * The segmentation of `text`, which is `before` (segmented as `previous`) changed by `edit`; `reference` as for
 * `segment`. The window runs from the start of the run holding the last block that ends before the edit to the start
 * of the first run after it; it is segmented on its own together with the run after it, whose blocks are dropped
 * (a standalone text ends there, so its last line could be judged differently). Outside the window lines keep their
 * text, their neighbours and the reference date they are read with, so their blocks stay as they were.
 */
export function resegment(previous: Segmentation, text: string, before: string, edit: Edit, reference: string | undefined): Segmentation {
  const old = previous.blocks;
  const delta = edit.newEnd - edit.oldEnd;
  // window start: a run start at or before the last block that ends before the edit (its first line is unchanged)
  let first = 0;
  while (first < old.length && old[first].end < edit.start) first++;
  first--;
  while (first > 0 && !runStartsAt(before, old, first)) first--;
  const from = first > 0 ? old[first].start : 0;
  const kept = first > 0 ? first : 0;
  // window end: the first run start whose blank line lies wholly after the edit, then the run start after that one
  let after = kept;
  while (after < old.length && !(old[after].start > edit.oldEnd && after > 0 && old[after - 1].end > edit.oldEnd && runStartsAt(before, old, after))) after++;
  let beyond = after + 1;
  while (beyond < old.length && !runStartsAt(before, old, beyond)) beyond++;
  const cut = after < old.length ? old[after].start + delta : text.length;
  const to = beyond < old.length ? old[beyond].start + delta : text.length;

  const startReference = referenceAt(previous.references, from, reference);
  const window = segmentTracked(text.slice(from, to), startReference);
  const blocks = old.slice(0, kept);
  for (const b of window.blocks) {
    const start = b.start + from, end = b.end + from;
    if (start >= cut) break;
    if (end > cut) return full(text, reference); // a tweet reaching over the cut took the run after it
    blocks.push({ ...b, start, end });
  }
  // a tweet at the window's start may take the paragraph before it, which the window does not see
  if (window.blocks[0]?.kind === 'tweet' && from > 0) return full(text, reference);
  const references = previous.references.filter(r => r.at < from);
  for (const r of window.references) if (r.at + from < cut) references.push({ at: r.at + from, date: r.date });
  if (cut < text.length) {
    const windowFirstAtCut = window.blocks.find(b => b.start + from >= cut);
    if (!windowFirstAtCut || windowFirstAtCut.start + from !== cut) return full(text, reference);
    // the lines after the window are read with the same reference date as before the edit
    if (referenceAt(references, cut, reference) !== referenceAt(previous.references, cut - delta, reference)) return full(text, reference);
    for (let i = after; i < old.length; i++) blocks.push({ ...old[i], start: old[i].start + delta, end: old[i].end + delta });
    for (const r of previous.references) if (r.at >= cut - delta) references.push({ at: r.at + delta, date: r.date });
  }
  return { blocks, references };
}

function full(text: string, reference: string | undefined): Segmentation {
  return segmentTracked(text, reference);
}

/** Whether block i begins a run of lines: a blank line lies between it and the block before. */
function runStartsAt(text: string, blocks: Block[], i: number): boolean {
  if (i === 0) return true;
  let breaks = 0;
  for (let k = blocks[i - 1].end; k < blocks[i].start; k++) {
    const c = text.charCodeAt(k);
    if (c === 13) {
      breaks++;
      if (text.charCodeAt(k + 1) === 10) k++;
    } else if (c === 10) breaks++;
    else if (!/\s/.test(text[k])) return false;
  }
  return breaks >= 2;
}

/** The reference date in force at `at`: the last dated line's before it, else the caller's as given. */
function referenceAt(references: ReferenceChange[], at: number, reference: string | undefined): string | undefined {
  let lo = 0, hi = references.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (references[mid].at < at) lo = mid + 1; else hi = mid; }
  return lo > 0 ? references[lo - 1].date : reference;
}
