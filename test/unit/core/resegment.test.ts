import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findEdit, resegment } from '../../../src/core/resegment';
import { segmentTracked } from '../../../src/core/segment';
import { applyEdit, dump, edit } from './analyzeEdits.fixture';

describe('resegment', () => {
  it('finds the one changed stretch between two texts', () => {
    assert.deepEqual(findEdit('the council met', 'the new council met'), { start: 4, oldEnd: 4, newEnd: 8 });
    assert.deepEqual(findEdit('aaa', 'aa'), { start: 2, oldEnd: 3, newEnd: 2 });
    assert.deepEqual(findEdit('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
    const long = 'x'.repeat(5000);
    assert.deepEqual(findEdit(long + 'a' + long, long + 'bc' + long), { start: 5000, oldEnd: 5001, newEnd: 5002 });
  });

  it('segments an edited text as segment does the whole new text', () => {
    fc.assert(
      fc.property(dump, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom(undefined, '2023-02-01'), (text, edits, reference) => {
        let segmentation = segmentTracked(text, reference);
        for (const e of edits) {
          const next = applyEdit(text, e);
          segmentation = resegment(segmentation, next, text, findEdit(text, next), reference);
          assert.deepEqual(segmentation, segmentTracked(next, reference));
          text = next;
        }
      }),
      { numRuns: 150 },
    );
  });
});
