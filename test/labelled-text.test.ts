import { describe, expect, it } from 'vitest';
import { isLabelledText } from '../src/labelled-text.js';

describe('isLabelledText', () => {
  it.each(['Price: $299', 'Industries Served: eCommerce, Retail', 'Battery life: 13 hours'])(
    'reads %j as a field',
    (text) => expect(isLabelledText(text)).toBe(true),
  );
  it.each(['See https://x.io', 'Subscribe', 'Pros:', 'The one thing to know about prices: they rise'])(
    'reads %j as no field',
    (text) => expect(isLabelledText(text)).toBe(false),
  );
});
