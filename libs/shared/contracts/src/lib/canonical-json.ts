/**
 * Canonical JSON (in the spirit of RFC 8785): object keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings as ECMAScript serialises them. The same value always gives the same text, whichever store it went through.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

export class NotCanonicalisableError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'NotCanonicalisableError';
  }
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalisableError(path, `${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'string':
      // PostgreSQL's jsonb cannot hold U+0000; refusing it here keeps every store able to round-trip the value.
      if (value.includes('\u0000')) throw new NotCanonicalisableError(path, 'strings may not contain U+0000');
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => (item === undefined ? 'null' : serialise(item, `${path}[${i}]`))).join(',')}]`;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
        throw new NotCanonicalisableError(
          path,
          `a ${value.constructor?.name ?? 'non-plain'} object is not JSON data`,
        );
      }
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map(
          (key) =>
            `${JSON.stringify(key)}:${serialise((value as Record<string, unknown>)[key], `${path}.${key}`)}`,
        )
        .join(',')}}`;
    default:
      throw new NotCanonicalisableError(path, `a ${typeof value} is not JSON data`);
  }
}
