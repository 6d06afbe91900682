/**
 * The string as an absolute URL, or null when it is none; never throws (`URL.parse` needs Node 22).
 * @example parseUrl('https://x.com/a/b')?.pathname // '/a/b'
 */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
