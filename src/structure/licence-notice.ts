import { phrasesIn } from '../detectors/phrase-hits.js';
import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';

/**
 * True when `line` is the page's licence notice: it grants a licence and names the page as what it covers ("Other
 * content on this page is licensed under the Creative Commons Attribution 3.0 License"). A paragraph that says what a
 * program or a photo is licensed under names no page of its own, and is kept.
 * @example isLicenceNotice(line('This work is licensed under a Creative Commons Attribution 4.0 License.'), compiledEn) // true
 */
export function isLicenceNotice(line: Line, lang: CompiledPack): boolean {
  const text = line.labelText ?? line.text;
  return lang.match.selfReferences.test(text) && phrasesIn(line, lang.match.licenceGrants).length > 0;
}
