import { describe, expect, it } from 'vitest';
import { selfIntroductionAtEnd } from '../../src/structure/self-introduction.js';
import { COUNCIL_ARTICLE, EN, linesOf } from '../helpers.js';

const at = (text: readonly string[]): number => selfIntroductionAtEnd(linesOf(text.join('\n')), EN.match.greetings);

describe('selfIntroductionAtEnd', () => {
  it('finds a greeting that opens a self-introduction near the body’s end', () => {
    expect(at([...COUNCIL_ARTICLE, "Hi, I'm Chris!", 'I am a software engineer living in sunny Barcelona.'])).toBe(5);
    expect(at([...COUNCIL_ARTICLE, "Hi there! I'm the writer of this blog and I love travel."])).toBe(5);
    expect(at([...COUNCIL_ARTICLE, 'HEY, I’M JESSICA! Welcome to my blog.'])).toBe(5);
  });

  it('keeps a greeting at the body’s start', () => {
    expect(at(["Hi, I'm Ryan.", ...COUNCIL_ARTICLE])).toBe(-1);
  });

  it('keeps a closing line that only mentions a greeting', () => {
    expect(at([...COUNCIL_ARTICLE, 'Say hi, and the council will listen.'])).toBe(-1);
    expect(at([...COUNCIL_ARTICLE, 'Hey Jude was played at the opening of the bridge.'])).toBe(-1);
  });
});
