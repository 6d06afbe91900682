import { describe, expect, it } from 'vitest';
import { de } from '../../src/lang/de.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { nameOverSelfIntroduction } from '../../src/structure/self-introduced-name.js';
import { EN, linesOf } from '../helpers.js';

const BODY = 'The delegations met on Wednesday and agreed that the talks had been useful for both sides.';
const BIO = 'I’m the founder of a small hiring school, and I have hired dozens of people for teams abroad.';
const read = (text: string) => nameOverSelfIntroduction(linesOf(text), EN);

describe('nameOverSelfIntroduction', () => {
  it('reads the name over a bio in the first person (WCXB 0229)', () => {
    expect(read(`${BODY}\nNora Castellan\n${BIO}\nTable of contents`)).toBe('Nora Castellan');
    expect(read(`${BODY}\nNora Castellan\nI am a gardener who has written about soil and seeds for ten years.`)).toBe(
      'Nora Castellan',
    );
  });
  it('reads the name glued before the bio when the page also writes it alone (WCXB 0390)', () => {
    expect(read(`Nora Castellan\nDec 18, 2025\n${BODY}\nNora Castellan ${BIO}`)).toBe('Nora Castellan');
    expect(read(`${BODY}\nNora Castellan ${BIO}`)).toBeNull();
  });
  it('leaves a heading, a short remark and a bio in the third person', () => {
    expect(read(`${BODY}\nSmall Teams Abroad\n${BIO}\nWe hire small teams abroad.`)).toBeNull();
    expect(read(`${BODY}\nNora Castellan\nI’m not going to argue here.`)).toBeNull();
    expect(read(`${BODY}\nSearch Menu Close\n${BIO}`)).toBeNull();
    expect(
      read(`${BODY}\nNora Castellan\nNora is the founder of a small hiring school and hires people abroad.`),
    ).toBeNull();
  });
  it("reads a bio in the page's language (German)", () => {
    const bio = 'Ich bin Gärtnerin und schreibe seit zehn Jahren über Böden, Saatgut und alte Sorten.';
    expect(nameOverSelfIntroduction(linesOf(`Anna Berger\n${bio}`), compiledPackFor(de))).toBe('Anna Berger');
  });
});
