import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NEWS_SAMPLE_CHARS, newsEvidence, readsLikeNews } from '../../../src/core/newsDetection';

const NEWS = {
  'an article with quotes and reporting verbs': [
    'Council approves new bus lanes',
    '',
    'The city council voted on Tuesday to add bus lanes to three of its busiest streets, ending a dispute that has divided residents for two years.',
    '',
    '“This is the day riders have waited for,” said Councilwoman Priya Natarajan, who proposed the plan. Shop owners on Elm Street told reporters they feared losing parking.',
    '',
    'Work will start in the spring, according to the transport department.',
  ].join('\n'),
  'an agency dateline lead': 'LAKEMONT (AP) — Firefighters contained a warehouse blaze on Sunday night. No one was hurt. The cause is under investigation.',
  'a single attributed quote': '“First words,” said Mayor Elena Vasquez.',
  'short articles under menu lines, each with a dated byline': [
    '- Home', '- News', '', 'Ferry Returns to Service', 'By Ana Ruiz, March 4, 2024', '',
    'The ferry ran again on Monday after repairs, the port said.', '', 'More sailings start next week.',
  ].join('\n'),
  'short attributed quotes, one a line': '“Start,” said Mayor Elena Vasquez.\n“Line 0,” said Tom Okafor.\n',
  'a report without quotes': [
    'Shares in Harbor Foods fell sharply on Monday after the company lowered its forecast for the year.',
    'The firm blamed higher costs for grain and fuel. Its chief executive, Tom Okafor, has run the business since 2019.',
    'Analysts at two banks cut their targets for the stock. He will face shareholders at the annual meeting in May.',
  ].join('\n'),
};

const NOT_NEWS = {
  'a shopping list': 'eggs\nmilk\nbread\n2 lemons\nolive oil\n',
  'a log': [
    '2024-05-16 10:02:11 INFO server started on port 8080',
    '2024-05-16 10:02:12 WARN config file /etc/app.conf missing, using defaults',
    '2024-05-16 10:03:40 ERROR request /api/items failed: timeout after 30000 ms',
  ].join('\n'),
  'a CSV table': 'id,name,city,joined\n1,Ada Lovelace,London,1833\n2,Grace Hopper,New York,1944\n3,Alan Turing,Manchester,1948\n',
  'code': 'export function add(a: number, b: number): number {\n  // Adds two numbers.\n  return a + b;\n}\n',
  'a license paragraph': [
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated',
    'documentation files, to deal in the Software without restriction, including without limitation the rights to use,',
    'copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software. THE SOFTWARE IS PROVIDED',
    '"AS IS", WITHOUT WARRANTY OF ANY KIND. The above copyright notice shall be included in all copies.',
  ].join('\n'),
  'a README paragraph': [
    'To install the package, run the install script from the project directory. You can change the default options',
    'in the configuration file; every option is described in the documentation. If you find a bug, please report it',
    'upstream with the version of the package and the arguments you used.',
  ].join('\n'),
  'one plain sentence': 'plain words only here',
  'empty text': '',
};

describe('newsDetection', () => {
  for (const [name, text] of Object.entries(NEWS)) {
    it(`reads ${name} as news`, () => assert.equal(readsLikeNews(text), true, JSON.stringify(newsEvidence(text))));
  }
  for (const [name, text] of Object.entries(NOT_NEWS)) {
    it(`does not read ${name} as news`, () => assert.equal(readsLikeNews(text), false, JSON.stringify(newsEvidence(text))));
  }

  it('counts the evidence it decides on', () => {
    const e = newsEvidence(NEWS['an article with quotes and reporting verbs']);
    assert.equal(e.attributedQuotes, 1);
    assert.equal(e.cues, 3); // said, told, according to
    assert.equal(e.sentences, 4);
    assert.equal(e.dateline, false);
    assert.equal(newsEvidence(NEWS['an agency dateline lead']).dateline, true);
  });

  it('does not count "you" inside a quote against the text', () => {
    const e = newsEvidence('“You never know what you will find,” said Tom Okafor. He has dug in the harbor for years.');
    assert.equal(e.secondPersonRate, 0);
  });

  it('reads only the top of a long document', () => {
    const news = `${NEWS['an article with quotes and reporting verbs']}\n\n`.repeat(Math.ceil(NEWS_SAMPLE_CHARS / 400));
    const list = 'eggs\n'.repeat(NEWS_SAMPLE_CHARS / 5);
    assert.ok(news.length > NEWS_SAMPLE_CHARS);
    assert.equal(readsLikeNews(news + list), true);
    assert.equal(readsLikeNews(list + news), false);
  });

  it('never throws and gives rates between 0 and 1 for any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), text => {
      const e = newsEvidence(text);
      for (const rate of [e.prose, e.longLines, e.nameRate, e.thirdPersonRate, e.secondPersonRate, e.legalRate, e.technicalRate]) {
        assert.ok(rate >= 0 && rate <= 1, `rate ${rate}`);
      }
      assert.equal(typeof readsLikeNews(text), 'boolean');
    }));
  });
});
