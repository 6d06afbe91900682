import { describe, expect, it } from 'vitest';
import { legal } from '../../src/detectors/legal.js';
import { ar } from '../../src/lang/ar.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { verdictOf } from '../helpers.js';

describe('legal', () => {
  it.each([
    '© 2025 Haaretz Daily Newspaper Ltd. All rights reserved',
    'Privacy Policy | Terms of Use',
    'Copyright (c) 2024 Example Inc.',
    '© Example Media 2025',
    'All rights reserved',
    'We may earn commission from links on this page, but we only recommend products we back.',
    'As an Amazon Associate we earn from qualifying purchases.',
    'Buying through links on our site supports our work.',
    'We earn commissions from links on our site, enabling us to deliver independent reviews. See our editorial policy.',
    'SeniorLiving.org is supported by commissions from providers listed on our site. Read our Editorial Guidelines',
    'By submitting this form, you agree to be contacted by text. Message and data rates may apply.',
    'Reply STOP to opt out of further messages.',
    'This post is for informational purposes only and is not medical advice. Ask your doctor before you change your diet.',
    'Nothing on this blog is a substitute for medical advice from your own veterinarian.',
    'Past performance is not indicative of future results.',
    'All investing is subject to risk, including the possible loss of the money you invest.',
  ])('removes the footer line %j', (text) => expect(verdictOf(legal, text)?.kind).toBe('legal'));

  it.each([
    'The court said the terms were unfair to tenants and ordered the landlord to pay damages to all of them.',
    'Her lawyers said the decision was a disclaimer of responsibility that no court should accept from a government.',
    'Affiliate programs: streamers earn money when viewers buy games or gear through their affiliate links.',
    'Agents earn commissions from the sales they close, so their pay rises and falls with the market.',
    'Test the idea with a few users before investing in a full product.',
    'Analysts compare past performance with the forecast to see where the plan went wrong.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(legal, text)).toBeUndefined());

  it('names the phrase and the length guard', () => {
    expect(verdictOf(legal, '© 2025 Haaretz Daily Newspaper Ltd. All rights reserved')?.reason).toBe(
      'legal phrase "all rights reserved" in a short line (words=8 ≤ 30)',
    );
  });
  it('says when the copyright shape fired', () => {
    expect(verdictOf(legal, 'Copyright (c) 2024 Example Inc.')?.reason).toBe('copyright notice (words=5)');
  });
  it('gives the label hits for a link row', () => {
    expect(verdictOf(legal, 'Privacy Policy | Terms of Use')?.reason).toBe('only legal labels (hits=2, words=5)');
  });
  it.each([
    '© 2026 Northwind Traders, Inc. All rights reserved.',
    'Copyright 2019–2025 Harbour Press',
    'Â© 2024 Example Media',
  ])('makes the footer notice %j a wall the body does not cross', (text) =>
    expect(verdictOf(legal, text)?.barrier).toBe(true),
  );
  it.each([
    'The harbour at dawn, 1962 © Estate of Ana Ruiz, courtesy of the Northwind Gallery',
    '© Harbour Data Ltd — used by permission',
    'All rights reserved',
  ])('removes the credit %j without walling the body', (text) => {
    const verdict = verdictOf(legal, text);
    expect(verdict?.kind).toBe('legal');
    expect(verdict?.barrier).toBeUndefined();
  });
  it.each(['COPYRIGHT 2021 Northwind Traders', '(C) 2022 Harbour Press, Inc.'])(
    'reads the notice %j in capitals as a wall',
    (text) => expect(verdictOf(legal, text)?.barrier).toBe(true),
  );
  it('keeps a short line with brackets and no notice', () => {
    expect(verdictOf(legal, 'Prices (in dollars) rose in 2024')).toBeUndefined();
  });
  // Counterexample (also in the dev set: multisite-dev forbes/2009-skype-1): any line of up to 40 words that
  // contains the word "copyright" reads as a copyright notice.
  it('keeps a news sentence about a copyright lawsuit', () => {
    const text =
      'The court ruled that the copyright claim was valid, and ordered the company to pay damages to the photographer whose images had been used without permission.';
    expect(verdictOf(legal, text)).toBeUndefined();
  });
});

describe('legal in Arabic: footer links that headings and sentences name too', () => {
  const AR = compiledPackFor(ar);
  it.each(['سياسة الخصوصية', 'سياسة الخصوصية | شروط الاستخدام', 'الشروط والأحكام · إخلاء المسؤولية'])(
    'takes a line made of the links %j',
    (text) => expect(verdictOf(legal, text, AR)?.kind).toBe('legal'),
  );
  // Why a test: as common words (commonWords) these links would mark a short line they open, and this subheading left
  // the body with the paragraph and the headline above it.
  it.each(['سياسة الخصوصية الجديدة للتطبيق', 'حدثت الشركة سياسة الخصوصية الخاصة بتطبيقها'])(
    'keeps a subheading or a sentence that names one, %j',
    (text) => expect(verdictOf(legal, text, AR)).toBeUndefined(),
  );
});
