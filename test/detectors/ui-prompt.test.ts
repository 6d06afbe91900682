import { describe, expect, it } from 'vitest';
import { uiPrompt } from '../../src/detectors/ui-prompt.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ko } from '../../src/lang/ko.js';
import { verdictOf } from '../helpers.js';

describe('ui-prompt', () => {
  it.each([
    'Click the alert icon to follow topics:',
    'Listen to this article',
    '5 min read',
    '3 MIN. READ',
    'Show Caption',
    'Submit',
    'Show more',
    'Enlarge this image',
    'Enlarge',
    "Learn about The Spruce Eats' Editorial Process",
    'Oops! Something went wrong while submitting the form.',
    'There was an issue with the form. Please try again.',
    'CollapsedExpand All',
    'Toggle',
    'Show Sidebar',
    '* Indicates a required field',
    'Select a program Press enter to open the dropdown menu.',
    'No results found.',
    'Use My Location',
    'You are viewing as a ‘Guest’. Your progress will not be recorded.',
    'Sign in to save your progress and earn a certificate',
    'Here’s how you know',
    "An official website of the United States government Here's how you know",
  ])('removes the interface prompt %j', (text) => expect(verdictOf(uiPrompt, text)?.kind).toBe('ui-prompt'));

  it.each([
    'The photo was taken in 2017 in Moscow by a local journalist who later left the country.',
    'Readers clicked on the story more than any other this week, the editors said.',
    'Every recipe we publish goes through an editorial process of testing, tasting and review by three cooks.',
    'Then something went wrong with the launch.',
    'Toggle the switch twice and wait for the light to blink before you expand all the folders.',
    'A doctor sees it in the blood long before you feel it, and here’s how you know it is time to ask for the test.',
    'Residents can submit comments on the plan until May 5.',
    'The min. reading on the gauge was taken at dawn, before the pumps started for the day.',
    'Save your progress at different points in time',
    'Enlarge the photo to see the crack in the stone figure’s base.',
    'The audit found no results of the tests had been recorded in the lab’s database for a whole year.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(uiPrompt, text)).toBeUndefined());

  it('names the phrase and the length guard', () => {
    expect(verdictOf(uiPrompt, 'Click the alert icon to follow topics:')?.reason).toBe(
      'ui-prompt phrase "click the alert icon" in a short line (words=7 ≤ 12)',
    );
  });
  it('gives the label hits for a label line', () => {
    expect(verdictOf(uiPrompt, '5 min read')?.reason).toBe('only ui-prompt labels (hits=1, words=3)');
  });

  // why: a reading time under the headline (WCXB 0032, 0037 in English), which Korean blogs write label first.
  it('removes a Korean reading time, and keeps a sentence that glues a particle to its words', () => {
    const KO = compiledPackFor(ko);
    expect(verdictOf(uiPrompt, '읽는 시간 4분', KO)?.kind).toBe('ui-prompt');
    expect(verdictOf(uiPrompt, '예상 읽기 시간: 8분', KO)?.kind).toBe('ui-prompt');
    expect(verdictOf(uiPrompt, '스마트폰 때문에 책 읽는 시간이 줄었다.', KO)).toBeUndefined();
  });

  it('removes a short line that asks for Ctrl+Enter, in any language (research set lsm-lv)', () => {
    const lv = 'Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!';
    expect(verdictOf(uiPrompt, lv)?.reason).toBe('asks for Ctrl+Enter (words=12)');
    expect(verdictOf(uiPrompt, 'Нашли ошибку? Выделите текст и нажмите Ctrl + Enter')?.kind).toBe('ui-prompt');
  });
  it('keeps a tutorial step with another key combination, and a paragraph that mentions Ctrl+Enter', () => {
    expect(verdictOf(uiPrompt, 'Press Ctrl+Shift+I to open the developer tools.')).toBeUndefined();
    const paragraph =
      'The editor sends the query when you press Ctrl+Enter, which saves a trip to the menu, and the result pane opens under it with the rows the query returned.';
    expect(verdictOf(uiPrompt, paragraph)).toBeUndefined();
  });
});
