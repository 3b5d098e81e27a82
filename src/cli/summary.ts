// The readable summary `news-lens analyze FILE` prints: speakers with their quotes, then people, organizations,
// places and dates. Each record is visited once (grouped by speaker), so the summary is linear in the analysis.
import { quoteRecords, type QuoteRecord } from '../core/exportQuotes';
import type { Analysis } from '../core/types';

/** The summary's lines, without line ends. */
export function summary(text: string, a: Analysis): string[] {
  const out: string[] = [];
  const bySpeaker = new Map<string | null, QuoteRecord[]>();
  for (const r of quoteRecords(text, a)) {
    const list = bySpeaker.get(r.speaker);
    if (list) list.push(r);
    else bySpeaker.set(r.speaker, [r]);
  }
  out.push(`Speakers (${a.speakers.length})`);
  for (const s of a.speakers) {
    out.push(`  ${s.name} — ${plural(s.quotes, 'quote')}${s.aliases.length ? ` (also: ${s.aliases.join(', ')})` : ''}`);
    for (const r of bySpeaker.get(s.name) ?? []) out.push(`    line ${r.line}: “${clip(r.quote, 100)}” (${r.cue ?? 'no cue'})`);
  }
  const unattributed = bySpeaker.get(null)?.length ?? 0;
  if (unattributed) out.push(`  (no speaker) — ${plural(unattributed, 'quote')}`);
  for (const [type, title] of [['person', 'People'], ['organization', 'Organizations'], ['place', 'Places']] as const) {
    const counts = new Map<string, number>();
    for (const e of a.entities) if (e.type === type) counts.set(e.canonical, (counts.get(e.canonical) ?? 0) + 1);
    const list = Array.from(counts).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    out.push(`${title} (${list.length})`);
    if (list.length) out.push('  ' + list.map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(', '));
  }
  out.push(`Dates (${a.dates.length})`);
  for (const d of a.dates) out.push(`  ${d.text} → ${d.value ?? 'unresolved'}`);
  return out;
}

/** Lines joined with their line ends, a few thousand at a time, so no one string grows with the dump. */
export function* linePieces(lines: readonly string[]): Generator<string> {
  const step = 4096;
  for (let i = 0; i < lines.length; i += step) yield lines.slice(i, i + step).join('\n') + '\n';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
