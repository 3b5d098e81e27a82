// Quote sieve `name-verb`: `“…” Hannity pressed.`, `“…” Toomey fumed on Tuesday.`, `“…” Trump shot back.`: a name and
// a verb right after the quote, closing the clause, report who spoke even when the verb is not a cue verb (CoreNLP's
// trigram sieve: quote, mention, verb).
import { nameFromRun, tokens } from '../names';
import type { Found, QuoteSite } from '../sieve';

const NAME_VERB = /^[ \t]*,?[ \t]*((?:[\p{Lu}][\p{L}'’.\-]*[ \t]+){0,4}[\p{Lu}][\p{L}'’\-]*)[ \t]+(\p{Ll}+(?:ed|s)|went|shot|spoke|thought|began|came|kept|felt|wrote|told|said)(?:[ \t]+(?:on|back|out|up|in|again|rhetorically|later))?(?:[ \t]+(?:on|in|at|during|last|this|with)[ \t]+[\p{L} ]{1,20})?[ \t]*[.,;!?]/u;
const NOT_VERBS = /^(?:was|has|does|is|its|his|hers|this|thus|plus|less|unless|always|perhaps|news|us|yes|whereas)$/;

export function nameVerb({ afterText, quote, text }: QuoteSite): Found | null {
  const m = NAME_VERB.exec(afterText);
  if (!m || NOT_VERBS.test(m[2])) return null;
  const start = quote.end + m[0].indexOf(m[1]);
  const toks = tokens(m[1], start);
  const hit = nameFromRun(toks, text);
  if (!hit || hit.end !== toks[toks.length - 1].end) return null;
  const cueStart = start + m[1].length + m[0].slice(m[0].indexOf(m[1]) + m[1].length).search(/\S/);
  return { sp: { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit }, cue: { cue: m[2], span: { start: cueStart, end: cueStart + m[2].length }, weak: false }, how: 'name-verb' };
}
