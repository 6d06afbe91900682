import { describe, expect, it } from 'vitest';
import { de } from '../../src/lang/de.js';
import { es } from '../../src/lang/es.js';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ru } from '../../src/lang/ru.js';
import { isAttribution } from '../../src/structure/attributions.js';
import { EN, lineOf } from '../helpers.js';

const PACKS = {
  en: EN,
  de: compiledPackFor(de),
  fr: compiledPackFor(fr),
  es: compiledPackFor(es),
  ru: compiledPackFor(ru),
};

describe('isAttribution', () => {
  it.each([
    ['en', 'DPA contributed to this report.'],
    ['en', 'Reporting by Jane Doe; Editing by John Roe'],
    ['fr', 'Le Monde avec AFP'],
    ['es', '(Con información de EFE)'],
    ['de', 'Mit Material von dpa'],
    ['ru', 'С использованием материалов ТАСС'],
  ] as const)('%s: %j is an end note', (code, text) => {
    expect(isAttribution(lineOf(text, PACKS[code]), PACKS[code])).toBe(true);
  });

  it('keeps a long sentence that mentions contributing to a report', () => {
    const text =
      'He contributed to this report on climate, which the ministry published after a year of delays and many arguments among the scientists who had worked on it.';
    expect(isAttribution(lineOf(text), EN)).toBe(false);
  });
  it('needs the language’s pack: a French note is not English', () => {
    expect(isAttribution(lineOf('Le Monde avec AFP'), EN)).toBe(false);
  });
});
