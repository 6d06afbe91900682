import { describe, expect, it } from 'vitest';
import { placeholder } from '../../src/detectors/placeholder.js';
import { verdictOf } from '../helpers.js';

describe('placeholder', () => {
  it.each([
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.',
    'LOREM IPSUM',
    'Lorem ipsum 2',
    'Card title: dolor sit amet, consectetur',
  ])('removes the filler %j', (text) => expect(verdictOf(placeholder, text)?.kind).toBe('other'));

  it.each([
    'Designers call such filler text lorem ipsum, after a garbled passage of Cicero that printers used for centuries.',
    'The dolorous sitting ended at noon, and the amendment passed.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(placeholder, text)).toBeUndefined());

  it('says what it found', () => {
    expect(verdictOf(placeholder, 'Lorem ipsum 2')?.reason).toBe('placeholder text (words=3)');
  });
});
