import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ANY_RULE, RULE_PATTERNS, START } from '../../../../src/core/dates/resources/patterns';

/** Positions where the scanner lets the rules be tried. */
function starts(text: string): Set<number> {
  const out = new Set<number>();
  START.lastIndex = 0;
  while (START.test(text)) out.add(START.lastIndex++);
  return out;
}

/** Every word start and apostrophe where some rule matches: found the slow way, by trying each rule at each one. */
function matchPositions(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /\w/.test(text[i - 1]) && /\w/.test(text[i])) continue;
    if (RULE_PATTERNS.some(({ pattern }) => { pattern.lastIndex = i; return pattern.test(text); })) out.push(i);
  }
  return out;
}

const WORDS = ['the', 'The', 'a', 'an', 'that', 'That', 'same', 'day', 'next', 'last', 'week', 'weekend', 'of', 'in', 'on',
  'May', 'March', 'June', 'Tuesday', 'Tues.', 'Mondays', 'every', 'Each', 'fiscal', 'FY1998', 'first', 'half', 'mid', 'early', 'late', 'Earlier', 'fall', 'spring', 'year', 'years', 'ago',
  'later', 'before', 'after', 'two', 'Twenty-one', 'few', 'couple', 'about', 'more than', 'Christmas', 'Easter',
  'New Year’s', 'third', '2nd', 'quarter', 'noon', 'at', '9', '10:30', 'a.m.', 'EST', '16th', '1998', '2024-05-16',
  '5/16/2024', "'90s", '1990s', 'today', 'tonight', 'evening', 'morning', 'said', 'will', ',', '.', '-', '(', ')'];

describe('date patterns: where rules are tried', () => {
  it('tries the rules at every position where one of them matches (START misses none)', () => {
    // (words glued together, "MarchFY1998", are not tried: START wants a word's end after a start word)
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }), fc.constantFrom(' ', '  ', '\n', '-', ', '), (words, gap) => {
      const text = words.join(gap);
      const allowed = starts(text);
      for (const p of matchPositions(text)) assert.ok(allowed.has(p), `${JSON.stringify(text)} at ${p}`);
    }), { numRuns: 400 });
  });

  it('misses none on the fictional dumps either', () => {
    const dir = join(__dirname, '../../../fixtures');
    for (const f of readdirSync(dir).filter(f => f.endsWith('.txt') && f !== 'binary.txt')) {
      const text = readFileSync(join(dir, f), 'utf8');
      const allowed = starts(text);
      for (const p of matchPositions(text)) assert.ok(allowed.has(p), `${f} at ${p}: ${JSON.stringify(text.slice(p, p + 30))}`);
    }
  });

  it('says which rule matches as the rules in their order would', () => {
    const text = 'on Tuesday, May 16, 2024 at 9 a.m.';
    ANY_RULE.lastIndex = 3;
    const m = ANY_RULE.exec(text)!;
    assert.equal(RULE_PATTERNS[m.slice(1).findIndex(g => g !== undefined)].name, 'mdy');
    assert.equal(m[0], 'Tuesday, May 16, 2024');
  });

  it('lets a count begin at "a" or "an" before a plural unit, which the count rule also reads', () => {
    // a typo the count rule still reads as a date ("an years after"): it must be tried there
    assert.deepEqual([...starts('an years after')], [0]);
    assert.deepEqual([...starts('a decades later')], [0, 10]);
  });

  it('skips words no rule begins with', () => {
    assert.deepEqual([...starts('Officials met the press and a crowd')], []);
    assert.deepEqual([...starts('the next day')], [0, 4]);
  });
});
