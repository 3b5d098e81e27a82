// Dumps made of the repo's fictional fixtures and random edits to them, for the checks that an edited document's
// analysis (and segmentation) is the one a fresh analysis of the new text gives.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Analysis } from '../../../src/core/types';

const files = ['samples/city-council.txt', 'test/fixtures/harbor-week.news.txt', 'test/fixtures/riverside-dispatch.txt',
  'test/fixtures/no-dateline.txt', 'test/fixtures/ui/council.txt', 'test/fixtures/dates-embedded.news.txt',
  'test/fixtures/dates-menu-byline.txt', 'test/fixtures/dates-narrative.news.txt', 'test/fixtures/ui/harbour-letters.txt'];
const fixtures = files.map(f => readFileSync(f, 'utf8'));

/** What an edit types: characters that change blocks (line breaks, quote marks), and names, dates, datelines,
 * headlines, tweet signatures and sports words that change names, clusters, anchors and articles. */
const typed = fc.constantFrom(
  'x', ' ', '\n', '\n\n', '\r\n', '“', '”', '"', '.', 'Mr. Okafor said', 'Elena Vasquez', ' Vasquez', 'he said.',
  'March 3', 'the next day', '2024', 'LONDON (Reuters) — ', '\nUpdated on: May 16, 2024 / 7:51 AM EDT / Ledger\n',
  '\n\nCouncil Votes On Budget\n', '\n— Jane Roe (@jroe) May 16, 2024\n', 'football club', ' Arsenal beat Wigan at Ewood. ',
  ' The club coach said the striker scored twice as the league match ended. ', 'Harbor City', 'Okafor Inc',
  '\n\nAdvertisement\n\n', 'https://t.co/x1', '', ' “We will appeal,” said New Hampshire. ',
);

/** One edit: at a position (taken modulo the text's length), delete up to 60 characters and type something. */
export interface TextEdit { at: number; remove: number; insert: string }

export const edit: fc.Arbitrary<TextEdit> = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(60)), insert: typed });

/** Paragraphs a dump may start with before its first headline: text that belongs to no article. */
const preambles = ['', 'Riders waited an hour on Monday, Elena Vasquez said.', '“We will appeal,” said New Hampshire. Okafor agreed.'];

/** A dump of two to four fixtures, one after another as a news dump has them, sometimes after a loose paragraph. */
export const dump: fc.Arbitrary<string> = fc
  .tuple(fc.nat(preambles.length - 1), fc.array(fc.nat(fixtures.length - 1), { minLength: 2, maxLength: 4 }))
  .map(([preamble, picks]) => [preambles[preamble], ...picks.map(i => fixtures[i].trim())].filter(Boolean).join('\n\n'));

/** Sentences typed key by key: a new person, a place that speaks, a date and a quote. */
export const sentences = [
  ' Mayor Ines Calloway said on Tuesday that “the ferry will run”.',
  ' “We will appeal,” said New Hampshire.',
  ' Elena Vasquez Inc said the club coach scored.',
];

export function applyEdit(text: string, e: TextEdit): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** Edits aimed at the names and datelines an analysis found: a new name typed key by key (some share a surname with the
 * fixtures' people, so they join their clusters), a name deleted, a name written as another name of the same type (two
 * clusters become one), a name written as a new one (one cluster loses mentions or splits), a dateline's numbers
 * changed or the dateline deleted. */
export const nameEdit = fc.constantFrom('type', 'remove', 'merge', 'split', 'dateline', 'undate');
export type NameEdit = 'type' | 'remove' | 'merge' | 'split' | 'dateline' | 'undate';

const newNames = [' Mayor Ines Calloway said.', ' Dana Okafor', ' Councillor Vasquez', ' Whitfield', ' Lakemont Ferry Co', ' Okafor'];

/** The texts one edit of `kind` goes through, from `text` (whose analysis is `analysis`); `which` and `other` pick what
 * it edits. */
export function nameEditSteps(text: string, analysis: Analysis, kind: NameEdit, which: number, other: number): string[] {
  const names = analysis.entities;
  const name = names[which % Math.max(1, names.length)];
  const replace = (start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end);
  switch (kind) {
    case 'type': {
      const at = name ? name.end : which % (text.length + 1);
      const typed = newNames[other % newNames.length];
      const steps: string[] = [];
      for (let n = 1; n <= typed.length; n++) steps.push(replace(at, at, typed.slice(0, n)));
      return steps;
    }
    case 'remove':
      return name ? [replace(name.start, name.end, '')] : [];
    case 'merge': {
      const same = names.filter(e => name && e.type === name.type && e.cluster !== name.cluster);
      const into = same[other % Math.max(1, same.length)];
      return name && into ? [replace(name.start, name.end, into.text)] : [];
    }
    case 'split':
      return name ? [replace(name.start, name.end, name.type === 'person' ? 'Zed Quorra' : 'Quorra Holdings')] : [];
    case 'dateline':
    case 'undate': {
      const datelines = analysis.blocks.filter(b => b.kind === 'dateline');
      const line = datelines[which % Math.max(1, datelines.length)];
      if (!line) return [];
      if (kind === 'undate') return [replace(line.start, line.end, '')];
      const digits = /\d+/.exec(text.slice(line.start, line.end));
      return digits ? [replace(line.start + digits.index, line.start + digits.index + digits[0].length, String(1 + (other % 28)))] : [];
    }
  }
}
