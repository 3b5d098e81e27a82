// Entity typing and attribution read one lexicon: the sets attribution uses are the ones entities use (or contain them).
import assert from 'node:assert/strict';
import { AUX, CUE_FORMS, NOT_NAME, ORG_HEADS, PRONOUNS, TITLE_WORDS } from '../../../src/core/cues';
import { HONORIFICS, TITLES, isNonName, isOrgHead, isTitle } from '../../../src/core/gazetteer';
import * as lexicon from '../../../src/core/lexicon';

describe('lexicon', () => {
  it('titles are one set for entities and attribution', () => {
    assert.equal(TITLE_WORDS, lexicon.TITLES);
    assert.equal(TITLES, lexicon.TITLES);
    assert.equal(HONORIFICS, lexicon.HONORIFICS);
    for (const w of ['mayor', 'sen', 'spokesman', 'representatives', 'councillor']) {
      assert.ok(isTitle(w) && TITLE_WORDS.has(w), w);
    }
  });

  it('organization heads and cue verbs are one set', () => {
    assert.equal(ORG_HEADS, lexicon.ORG_HEADS);
    assert.equal(CUE_FORMS, lexicon.CUE_FORMS);
    assert.equal(AUX, lexicon.AUX);
    for (const w of ['committee', 'kremlin', 'times']) assert.ok(isOrgHead(w) && ORG_HEADS.has(w), w);
    for (const w of lexicon.SPEECH_VERBS) assert.ok(CUE_FORMS.has(w), `${w} is a speech verb but no cue`);
  });

  it('every non-name of the entities is a non-name for attribution', () => {
    for (const w of lexicon.NON_NAMES) assert.ok(NOT_NAME.has(w) && isNonName(w), w);
    for (const w of ['saturday', 'democrat', 'according']) assert.ok(NOT_NAME.has(w), w);
  });

  it('pronouns carry gender and number', () => {
    assert.deepEqual(lexicon.PRONOUNS.get('she'), { gender: 'f', plural: false });
    assert.deepEqual(lexicon.PRONOUNS.get('they'), { plural: true });
    assert.deepEqual([...PRONOUNS].sort(), ['he', 'i', 'it', 'she', 'they', 'we']);
  });
});
