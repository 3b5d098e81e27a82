// Turn sieve `paragraph-intro`: `Caddell continued:` or `Partial transcript of Jane Doe's remarks:` before a quote
// paragraph.
import { isCue } from '../../cues';
import { cueAt } from '../cue';
import { nameFromRun, tokens } from '../names';
import type { Found } from '../sieve';

export function subjectOfIntro(sent: string, offset: number, text: string): Found | null {
  // without the colon the pattern below cannot match, and failing it costs a backtracking search at every capital
  if (!/:\s*$/.test(sent)) return null;
  const m = /([\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*)*)\s+([\p{L}]+)(?:\s+[^:]{0,40})?:\s*$/u.exec(sent);
  if (!m || !isCue(m[2])) return null;
  const toks = tokens(m[1], offset + m.index);
  const hit = nameFromRun(toks, text);
  if (!hit) return null;
  return { sp: { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit }, cue: cueAt(text, offset + m.index + m[0].indexOf(m[2], m[1].length), m[2]), how: 'intro-colon' };
}
