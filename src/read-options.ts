import { DechaffError, InvalidOptionError, thrownText, typeName } from './errors.js';
import { isPlainObject } from './is-plain-object.js';
import { nearestName } from './nearest-name.js';
import { quoteValue } from './quote-value.js';

/**
 * The options given to a function of the library, each read once into a plain object, once they are a plain object of
 * options the function has (`names`, which its options type keeps in step); throws {@link InvalidOptionError} otherwise,
 * and on an option given as null. Why once: a getter read again could give what was never checked.
 * @example readOptions({ mode: 'recall' }, { mode: true }) // { mode: 'recall' }
 */
export function readOptions<T extends object>(options: unknown, names: Readonly<Record<keyof T, true>>): Partial<T> {
  const keys = whileReading(undefined, () => (isPlainObject(options) ? Object.keys(options) : undefined));
  if (keys === undefined) {
    throw new InvalidOptionError(`options must be a plain object, got ${typeName(options)}`, undefined, options);
  }
  const given = options as Record<string, unknown>;
  // Why: a misspelt option (`captionInText: true`, `Mode: 'recall'`) left the default in force, unsaid, where a
  // misspelt `keep` kind or threshold was refused.
  for (const name of keys) {
    if (!Object.hasOwn(names, name)) {
      throw new InvalidOptionError(
        unknownOption(name, Object.keys(names)),
        name,
        whileReading(name, () => given[name]),
      );
    }
  }
  const read: Record<string, unknown> = {};
  for (const name of Object.keys(names)) {
    const value = whileReading(name, () => given[name]);
    // Why: mode, maxInputLength, captionsInText and detectors took null for their default, unsaid, where the others
    // refused it; a value of null is no option's, and undefined (or leaving it out) is the default.
    if (value === null) throw new InvalidOptionError(`${name} is null; leave it out for the default`, name, value);
    if (value !== undefined) read[name] = value;
  }
  return read as Partial<T>;
}

/**
 * What `read()` gives; what it throws, unless an error of dechaff's, as an {@link InvalidOptionError} naming `option`
 * (undefined: the options themselves), with what was thrown as `cause`. Why: an options object whose getter threw
 * (or a Proxy's trap, or one inside an option's value: a pack's field, a threshold) passed its error out of `clean()`
 * untyped, with no word of which option.
 * @example whileReading('keep', () => checkedKeep(given.keep))
 */
export function whileReading<T>(option: string | undefined, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DechaffError) throw error;
    const what = option === undefined ? 'options: reading them' : `${option}: reading it`;
    throw new InvalidOptionError(`${what} threw (${thrownText(error)})`, option, undefined, { cause: error });
  }
}

/** The message for an option the function has not, naming the one meant when one is near. */
function unknownOption(name: string, names: readonly string[]): string {
  const meant = nearestName(name, names);
  return `${quoteValue(name)} is no option${meant === undefined ? '' : `; did you mean ${meant}?`} (have: ${names.join(', ')})`;
}
