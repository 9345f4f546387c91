/**
 * Lone surrogates (a UTF-16 high surrogate without its low one, or the reverse): JSON may carry
 * them as `"\ud800"`, but they are no text — `encodeURIComponent` throws on them ("URI malformed")
 * and UTF-8 cannot encode them. The API refuses them in request bodies (mocks/http/errors.ts) and
 * replaces them wherever stored text is encoded (a file name in `Content-Disposition`).
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` holds a lone surrogate. */
export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** `value` with every lone surrogate replaced by U+FFFD (as String.prototype.toWellFormed, ES2024). */
export function toWellFormed(value: string): string {
  return value.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

/** The message of a string refused for a lone surrogate. */
export const LONE_SURROGATE_MESSAGE = 'Contains an invalid character (lone surrogate)';

/**
 * The dotted paths (`holder.name`, `ids.2`; `body` for the value itself) of the strings in the
 * parsed JSON `value` that hold a lone surrogate, object keys included (a bad key is reported at
 * the key's own path, made well-formed). Iterative: depth is already capped by the body parser.
 */
export function loneSurrogatePaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  const name = (path: string[]) => (path.length === 0 ? 'body' : path.join('.'));
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item.value === 'string') {
      if (hasLoneSurrogate(item.value)) found.push(name(item.path));
    } else if (Array.isArray(item.value)) {
      item.value.forEach((entry, index) => stack.push({ value: entry, path: [...item.path, String(index)] }));
    } else if (typeof item.value === 'object' && item.value !== null) {
      for (const [key, entry] of Object.entries(item.value)) {
        const path = [...item.path, toWellFormed(key)];
        if (hasLoneSurrogate(key)) found.push(name(path));
        stack.push({ value: entry, path });
      }
    }
  }
  return found;
}
