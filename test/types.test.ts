import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Article,
  type Block,
  type CleanOptions,
  type CodeBlock,
  clean,
  type Detector,
  type KeptKind,
  type Mode,
  REMOVAL_KINDS,
  type Removal,
  type RemovalKind,
  type TableBlock,
  toJson,
  toMarkdown,
  toText,
  type Verdict,
} from '../src/index.js';

/** `true` when T holds only JSON values (strings, finite numbers, booleans, null, arrays and plain objects). */
type IsJson<T> = [T] extends [string | number | boolean | null]
  ? true
  : [T] extends [readonly (infer U)[]]
    ? IsJson<U>
    : [T] extends [(...args: never[]) => unknown]
      ? false
      : [T] extends [object]
        ? false extends { [K in keyof T]-?: IsJson<Exclude<T[K], undefined>> }[keyof T]
          ? false
          : true
        : false;
/** Distributes IsJson over a union's members. */
type AllJson<T> = false extends (T extends unknown ? IsJson<T> : never) ? false : true;

const KINDS = [
  'share',
  'duplicate',
  'duplicate-caption',
  'paywall',
  'subscribe',
  'newsletter',
  'cookie',
  'nav',
  'ad',
  'comments',
  'related',
  'promo',
  'ui-prompt',
  'social',
  'legal',
  'byline-meta',
  'author-bio',
  'site-repeat',
  'affix',
  'other',
] as const;

describe('public types', () => {
  it('RemovalKind is exactly the union of REMOVAL_KINDS', () => {
    expectTypeOf<RemovalKind>().toEqualTypeOf<(typeof KINDS)[number]>();
    expectTypeOf<(typeof REMOVAL_KINDS)[number]>().toEqualTypeOf<RemovalKind>();
    expect([...REMOVAL_KINDS]).toEqual([...KINDS]);
  });
  it('an Article holds only JSON values', () => {
    expectTypeOf<AllJson<Article>>().toEqualTypeOf<true>();
    expectTypeOf<AllJson<Block>>().toEqualTypeOf<true>();
    expectTypeOf<AllJson<Removal>>().toEqualTypeOf<true>();
    // The check itself tells JSON from non-JSON.
    expectTypeOf<AllJson<{ at: Date }>>().toEqualTypeOf<false>();
    expectTypeOf<AllJson<{ f: () => void }>>().toEqualTypeOf<false>();
  });
  it('an Article has the documented fields', () => {
    expectTypeOf<Article>().toEqualTypeOf<{
      title: string | null;
      highlights: string[];
      byline: string | null;
      published: string | null;
      publishedIso: string | null;
      blocks: Block[];
      attributions: string[];
      removed: Removal[];
      text: string;
      lang: string | null;
    }>();
  });
  it('blocks are a union told apart by type', () => {
    expectTypeOf<Block['type']>().toEqualTypeOf<
      'paragraph' | 'heading' | 'list' | 'quote' | 'figure' | 'code' | 'table'
    >();
    expectTypeOf<Extract<Block, { type: 'figure' }>>().toEqualTypeOf<{
      readonly type: 'figure';
      readonly caption: string;
      readonly credit: string | null;
    }>();
    expectTypeOf<Extract<Block, { type: 'list' }>>().toEqualTypeOf<{
      readonly type: 'list';
      readonly ordered: boolean;
      readonly start?: number;
      readonly style?: '1)' | 'a.' | 'a)';
      readonly items: string[];
    }>();
    // Every member of Block is exported under its own name, the code block too.
    expectTypeOf<CodeBlock>().toEqualTypeOf<Extract<Block, { type: 'code' }>>();
    expectTypeOf<TableBlock>().toEqualTypeOf<{ readonly type: 'table'; readonly rows: string[][] }>();
  });
  it('a Removal names its kind, reason, text and offsets', () => {
    expectTypeOf<Removal>().toEqualTypeOf<{
      readonly kind: RemovalKind;
      readonly reason: string;
      readonly text: string;
      readonly start: number;
      readonly end: number;
    }>();
    expectTypeOf<Verdict>().toEqualTypeOf<{
      readonly kind: RemovalKind;
      readonly reason: string;
      readonly barrier?: boolean;
      readonly closes?: boolean;
    }>();
  });
  it('the functions have the documented signatures', () => {
    expectTypeOf(clean).parameters.toEqualTypeOf<[input: string, options?: CleanOptions]>();
    expectTypeOf(clean).returns.toEqualTypeOf<Article>();
    expectTypeOf(toMarkdown).toEqualTypeOf<(article: Article) => string>();
    expectTypeOf(toText).toEqualTypeOf<(article: Article) => string>();
    expectTypeOf(toJson).parameters.toEqualTypeOf<[article: Article, indent?: number]>();
  });
  it('options are all optional and typed', () => {
    expectTypeOf<Record<never, never>>().toExtend<CleanOptions>();
    expectTypeOf<NonNullable<CleanOptions['mode']>>().toEqualTypeOf<Mode>();
    expectTypeOf<Mode>().toEqualTypeOf<'balanced' | 'precision' | 'recall'>();
    expectTypeOf<NonNullable<CleanOptions['keep']>>().toEqualTypeOf<Readonly<Partial<Record<KeptKind, boolean>>>>();
    expectTypeOf<KeptKind>().toEqualTypeOf<Exclude<RemovalKind, 'affix'>>();
    expectTypeOf<NonNullable<CleanOptions['detectors']>>().toEqualTypeOf<readonly Detector[]>();
  });
});
