import { describe, expect, it } from 'vitest';
import { selfIntroductionAtEnd } from '../../src/structure/self-introduction.js';
import { EN, linesOf } from '../helpers.js';

const ARTICLE = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
  'Work on the bridge will start in the spring and close one lane at a time for about a year.',
  'Shops near the bridge asked the council for help with parking during the work.',
  'The council meets again next month to choose the builder.',
];

const at = (text: readonly string[]): number => selfIntroductionAtEnd(linesOf(text.join('\n')), EN.match.greetings);

describe('selfIntroductionAtEnd', () => {
  it('finds a greeting that opens a self-introduction near the body’s end', () => {
    expect(at([...ARTICLE, "Hi, I'm Chris!", 'I am a software engineer living in sunny Barcelona.'])).toBe(5);
    expect(at([...ARTICLE, "Hi there! I'm the writer of this blog and I love travel."])).toBe(5);
    expect(at([...ARTICLE, 'HEY, I’M JESSICA! Welcome to my blog.'])).toBe(5);
  });

  it('keeps a greeting at the body’s start', () => {
    expect(at(["Hi, I'm Ryan.", ...ARTICLE])).toBe(-1);
  });

  it('keeps a closing line that only mentions a greeting', () => {
    expect(at([...ARTICLE, 'Say hi, and the council will listen.'])).toBe(-1);
    expect(at([...ARTICLE, 'Hey Jude was played at the opening of the bridge.'])).toBe(-1);
  });
});
