// The outline's shape over random dumps made of the repo's fictional articles: every quote is in it once, siblings
// never overlap, every selection lies in its symbol, and the breadcrumb path at a quote (VS Code's rule: at each level
// the first symbol whose range contains the position, ends included) ends at that quote, inside its article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { outlineTree, type OutlineNode } from '../../../src/extension/outlineTree';

const dumps = ['test/fixtures/harbor-week.news.txt', 'test/fixtures/ui/council.txt', 'test/fixtures/nav/bridge-week.txt',
  'test/fixtures/ferry-debate.txt', 'test/fixtures/riverside-dispatch.txt', 'test/fixtures/ui/harbour-letters.txt'];
/** Paragraphs (blank-line separated blocks: headline and dateline stay together). */
const blocks = dumps.flatMap(f => readFileSync(f, 'utf8').split(/\n\s*\n/)).filter(b => b.trim());

const dump = fc
  .record({
    picks: fc.array(fc.nat(blocks.length - 1), { minLength: 1, maxLength: 14 }),
    separators: fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n'), { minLength: 14, maxLength: 14 }),
  })
  .map(({ picks, separators }) => picks.map((p, i) => blocks[p] + separators[i]).join(''));

const contains = (node: OutlineNode, offset: number) => node.start <= offset && offset <= node.end;

function pathAt(nodes: readonly OutlineNode[], offset: number): OutlineNode[] {
  const found = nodes.find(n => contains(n, offset));
  return found ? [found, ...pathAt(found.kind === 'quote' ? [] : found.children, offset)] : [];
}

function checkLevel(nodes: readonly OutlineNode[], text: string, parent?: OutlineNode): void {
  nodes.forEach((n, i) => {
    assert.ok(0 <= n.start && n.start <= n.end && n.end <= text.length, `${n.kind} ${n.start}-${n.end} out of the text`);
    assert.ok(n.start <= n.selection.start && n.selection.start <= n.selection.end && n.selection.end <= n.end, `${n.kind} selection outside its range`);
    if (i > 0) assert.ok(nodes[i - 1].end <= n.start, `${nodes[i - 1].kind} ${nodes[i - 1].start}-${nodes[i - 1].end} overlaps ${n.kind} ${n.start}-${n.end}`);
    if (parent && n.kind !== 'quote') assert.ok(parent.start <= n.start && n.end <= parent.end, `${n.kind} leaves its ${parent.kind}`);
    if (n.kind !== 'quote') checkLevel(n.children, text, n);
  });
}

describe('outline tree', () => {
  it('holds every quote once, siblings apart, selections inside, and the breadcrumb path at a quote ends at it', () => {
    fc.assert(
      fc.property(dump, text => {
        const analysis = analyze(text);
        const tree = outlineTree(analysis, text);
        checkLevel(tree, text);
        const quoteNodes: OutlineNode[] = [];
        const collect = (nodes: readonly OutlineNode[]) => nodes.forEach(n => (n.kind === 'quote' ? quoteNodes.push(n) : collect(n.children)));
        collect(tree);
        assert.deepEqual(quoteNodes.map(n => n.kind === 'quote' && n.quote), analysis.quotes);
        for (const q of analysis.quotes) {
          const middle = Math.floor((q.start + q.end) / 2);
          const path = pathAt(tree, middle);
          const last = path[path.length - 1];
          assert.ok(last?.kind === 'quote' && last.quote === q, `the path in the middle of ${JSON.stringify(q.text)} ends at ${last?.kind ?? 'nothing'}`);
          if (analysis.articles.length > 1) {
            const article = analysis.articles.find(a => a.start <= q.start && q.start < a.end);
            if (article) assert.ok(path[0].kind === 'article' && path[0].summary.article === article, 'the path starts at the quote\'s article');
          }
        }
        if (analysis.articles.length > 1) {
          for (const a of analysis.articles) {
            const top = pathAt(tree, a.start)[0];
            assert.ok(top?.kind === 'article' && top.summary.article === a, `the path at the start of an article names it`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a single article gets no level of its own: its turns are the top level', () => {
    const text = readFileSync('test/fixtures/riverside-dispatch.txt', 'utf8');
    const tree = outlineTree(analyze(text), text);
    assert.deepEqual(tree.map(n => [n.kind, n.kind === 'turn' ? n.speaker : '', n.children.length]), [
      ['turn', 'Elena Vasquez', 2],
      ['turn', 'Tom Okafor', 1],
      ['turn', 'Lin Chao', 1],
    ]);
  });
});
