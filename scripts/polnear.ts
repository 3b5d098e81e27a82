// The scorer's quote matching and name comparison (../shared/eval/score.mjs), restated for the in-process scripts
// (sieves.ts, train-speakers.ts).
export interface GoldQuote { start?: number; end?: number; text: string; occurrence?: number; speaker: string | null; kind?: string }

// score.mjs drops these words before comparing names
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister',
  'secretary', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'gen', 'general', 'col', 'capt', 'prof', 'professor',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'mayor', 'chairman', 'leader',
  'russian', 'chinese', 'ukrainian', 'us', 'american', 'british', 'french', 'german', 'the', 'st', 'jr', 'sr']);

function normName(s: string): string {
  const words = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’]s\b/g, '').replace(/[^a-z0-9\s-]/g, ' ').split(/\s+/).filter(Boolean);
  return words.filter(w => !TITLES.has(w) && w.length > 1).join(' ');
}

export function sameSpeaker(sys: string, gold: string): boolean {
  const a = normName(sys), b = normName(gold);
  if (!a || !b) return false;
  if (a === b) return true;
  const as = a.split(' '), bs = b.split(' ');
  if (as[as.length - 1] !== bs[bs.length - 1]) return false;
  return bs.length === 1 || (as.length > 1 && as.every(w => bs.includes(w)));
}

export function locate(text: string, q: GoldQuote): { start: number; end: number } {
  if (q.start !== undefined && q.end !== undefined) return { start: q.start, end: q.end };
  const plain = q.text.replace(/[[\]]/g, '');
  let at = -1;
  for (let k = 0; k < (q.occurrence ?? 1); k++) at = text.indexOf(plain, at + 1);
  const open = q.text.indexOf('[');
  if (open < 0) return { start: at, end: at + plain.length };
  return { start: at + open, end: at + q.text.indexOf(']') - 1 };
}
