// Adversarial inputs for the linearity tests (and anyone else's): each generator takes a size n and gives a text of
// about n characters built to hit one scanner's worst case. Deterministic: the same n always gives the same text.

/** A small deterministic pseudo-random sequence (mulberry32), so generated marks are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
}

function randomFrom(alphabet: string[], n: number, seed: number): string {
  const next = random(seed);
  const out: string[] = [];
  let size = 0;
  while (size < n) {
    const c = alphabet[Math.floor(next() * alphabet.length)];
    out.push(c);
    size += c.length;
  }
  return out.join('');
}

const SENTENCES = [
  'The council met on Thursday and approved the budget for the new ferry line.',
  'Mayor Elena Vasquez said the vote was a turning point for the harbor district.',
  '“We will rebuild the bridge,” said Tom Okafor, the city engineer, on March 14, 2025.',
  'Critics in Harbor City argued that the plan would cost $240 million over ten years.',
  'The ministry in London declined to comment, according to Reuters.',
];

export interface Generator {
  name: string;
  /** About n characters of hostile text. */
  make: (n: number) => string;
}

export const GENERATORS: Generator[] = [
  { name: 'capitalized words (A A A …)', make: n => repeatTo('A ', n) },
  { name: 'capitalized name words (Smith Smith …)', make: n => repeatTo('Smith ', n) },
  { name: 'titles (Mr. Mr. Mr. …)', make: n => repeatTo('Mr. ', n) },
  { name: 'capitals joined by of/and (Bank of Bank and …)', make: n => repeatTo('Bank of Ministry and ', n) },
  { name: 'all-caps words (ABC ABC …)', make: n => repeatTo('HARBOR ', n) },
  { name: 'random quote marks', make: n => randomFrom(['"', '“', '”', "'", '‘', '’'], n, 1) },
  { name: 'random quote marks and spaces', make: n => randomFrom(['"', '“', '”', "'", '‘', '’', ' ', 'a', '\n'], n, 2) },
  { name: 'opening quotes (“ “ “ …)', make: n => repeatTo('“a ', n) },
  { name: 'straight quote lines ("⏎"⏎ …)', make: n => repeatTo('"\n', n) },
  { name: 'apostrophes', make: n => repeatTo("'", n) },
  { name: 'apostrophes in words (it’s O’Neil’s …)', make: n => repeatTo('O’Neil’s it\'s ', n) },
  { name: 'dashes (— — …)', make: n => repeatTo('— ', n) },
  { name: 'hyphens', make: n => repeatTo('-', n) },
  { name: 'line breaks', make: n => repeatTo('\n', n) },
  { name: 'mixed line breaks', make: n => randomFrom(['\n', '\r\n', '\r', ' '], n, 3) },
  { name: '"said" lines', make: n => repeatTo('said\n', n) },
  { name: 'said between names (A said B said …)', make: n => repeatTo('Smith said Jones told ', n) },
  { name: 'quoted speech without speakers', make: n => repeatTo('“Yes,” he said. ', n) },
  { name: 'digits and dates (1 2 March 2025 …)', make: n => repeatTo('12 March 2025 3:45 p.m. ', n) },
  { name: 'one long line of sentences', make: n => repeatTo(SENTENCES.join(' ') + ' ', n) },
  { name: 'ordinary sentence lines', make: n => repeatTo(SENTENCES.join('\n') + '\n', n) },
  { name: 'paragraphs of ordinary news', make: n => repeatTo(SENTENCES.join(' ') + '\n\n', n) },
  { name: 'a long word', make: n => repeatTo('x', n) },
  { name: 'a run of spaces inside a quote', make: n => `He said “a${' '.repeat(Math.max(1, n - 14))}b” today.` },
  { name: 'photo credits (Photo: Jane Doe …)', make: n => repeatTo('Photo: Jane Doe / Reuters ', n) },
  { name: 'rejected dates (31/02/2020 May …)', make: n => repeatTo('31/02/2020 in May 99 ', n) },
  { name: 'capitals ending in a colon, then a quote paragraph', make: n => `${repeatTo('A ', n - 40)}a said:\n\n“Yes, it is,” he said.` },
  { name: 'appositions (a, ,a, ,a, …)', make: n => repeatTo('a, ,', n) + 'a, said “It is so.”' },
];

/** A text mixing pieces of the generators, each of `size` times its share of characters, in the given order:
 * scaling `size` scales every piece alike, so the mixture can be compared with itself at 4x. */
export function mixture(pieces: { generator: number; share: number }[], size: number, separator = ' '): string {
  return pieces.map(p => GENERATORS[p.generator % GENERATORS.length].make(Math.max(1, Math.round(p.share * size)))).join(separator);
}
