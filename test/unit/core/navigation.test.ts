import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { articleSummaries, blockAt, clusterAt, dateAt, definitionOf, referencesOf } from '../../../src/core/navigation';

// A fictional dump: one person named in full, then by surname, by title and surname, and as "he".
const TEXT = `Lakemont mayor opens the new bridge
Published 9:00 AM, Tue October 7, 2025

The mayor, Jonas Whitfield, opened the Mill Street bridge on Tuesday.

“It took us ten years to get here,” Whitfield said.

Mr. Whitfield thanked the builders. “Every one of them deserves a medal,” he said.

Rivals cheer the bridge too
Published 7:30 AM, Wed October 8, 2025

Councillor Ada Brennan said on Wednesday that the bridge was late.
`;
const at = (needle: string, from = 0) => TEXT.indexOf(needle, from);

describe('navigation', () => {
  const analysis = analyze(TEXT);
  const full = at('Jonas Whitfield');
  const surname = at('Whitfield said');
  const titled = at('Whitfield thanked');
  const pronoun = at('he said');

  it('a surname, a titled surname and a pronoun attribution name the same entity as the full name', () => {
    const cluster = clusterAt(analysis, full + 2);
    assert.notEqual(cluster, undefined);
    assert.equal(clusterAt(analysis, surname + 3), cluster);
    assert.equal(clusterAt(analysis, titled), cluster);
    assert.equal(clusterAt(analysis, pronoun), cluster);
    assert.notEqual(clusterAt(analysis, at('Ada Brennan')), cluster);
    assert.equal(clusterAt(analysis, at('bridge')), undefined);
  });

  it('the definition of a name is its first mention in full', () => {
    const definition = definitionOf(analysis, clusterAt(analysis, titled)!);
    assert.deepEqual(definition && [definition.start, definition.end], [full, full + 'Jonas Whitfield'.length]);
  });

  it('references: every mention, and the pronoun of its attribution marked as where it speaks', () => {
    const refs = referencesOf(analysis, clusterAt(analysis, surname)!);
    assert.deepEqual(refs.map(r => [TEXT.slice(r.span.start, r.span.end), r.span.start, r.speaker]), [
      ['Jonas Whitfield', full, false],
      ['Whitfield', surname, true],
      ['Whitfield', titled, false],
      ['he', pronoun, true],
    ]);
  });

  it('a relative date leads to the dateline it was resolved against', () => {
    const tuesday = dateAt(analysis, at('Tuesday.') + 1);
    assert.equal(tuesday?.text, 'Tuesday');
    const block = blockAt(analysis, tuesday!.anchor!.span!.start);
    assert.equal(TEXT.slice(block!.start, block!.end), 'Published 9:00 AM, Tue October 7, 2025');
    const wednesday = dateAt(analysis, at('Wednesday that'));
    const second = blockAt(analysis, wednesday!.anchor!.span!.start);
    assert.equal(TEXT.slice(second!.start, second!.end), 'Published 7:30 AM, Wed October 8, 2025');
  });

  it('article summaries count each article\'s quotes and speakers', () => {
    const summaries = articleSummaries(analysis);
    const first = summaries.find(s => s.article.start <= full && full < s.article.end)!;
    assert.equal(first.quotes.length, 2);
    assert.deepEqual(first.speakers, ['Jonas Whitfield']);
    const last = summaries[summaries.length - 1];
    assert.equal(last.article.title, 'Rivals cheer the bridge too');
    assert.equal(last.quotes.length, 0);
    assert.deepEqual(last.speakers, []);
  });
});
