/**
 * Canonical JSON (in the spirit of RFC 8785): object keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings as ECMAScript serialises them. The same value always gives the same text, whichever store it went through.
 */
export function canonicalJson(value: unknown): string {
  try {
    return serialise(value);
  } catch (error) {
    if (error instanceof NotCanonicalisableError) error.locate('$');
    throw error;
  }
}

/** A value that has no JSON form (NaN, a Date, a bigint, a string holding U+0000…), with where it was found. */
export class NotCanonicalisableError extends Error {
  private readonly reason: string;
  path = '';

  constructor(reason: string) {
    super(reason);
    this.reason = reason;
    this.name = 'NotCanonicalisableError';
  }

  /** Prefixes the path as the error travels up; the path is only built when something is wrong. */
  locate(segment: string): void {
    this.path = `${segment}${this.path}`;
    this.message = `${this.path}: ${this.reason}`;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored and hashed the same everywhere, or null: PostgreSQL's jsonb refuses U+0000 and
 * half a surrogate pair, so accepting them would fail later, deep in a write.
 */
export function unstorableText(text: string): string | null {
  if (text.indexOf('\u0000') !== -1) return 'strings may not contain U+0000';
  if (LONE_SURROGATE.test(text)) return 'strings must be well-formed Unicode (no lone surrogate)';
  return null;
}

// The hot path of every append and every verification: plain loops and string concatenation, no intermediate arrays.
function serialise(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const fault = unstorableText(value);
      if (fault) throw new NotCanonicalisableError(fault);
      return JSON.stringify(value);
    }
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalisableError(`${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? serialiseArray(value) : serialiseObject(value);
    default:
      throw new NotCanonicalisableError(`a ${typeof value} is not JSON data`);
  }
}

function serialiseArray(items: unknown[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    try {
      out += items[i] === undefined ? 'null' : serialise(items[i]);
    } catch (error) {
      if (error instanceof NotCanonicalisableError) error.locate(`[${i}]`);
      throw error;
    }
  }
  return `${out}]`;
}

function serialiseObject(object: object): string {
  const prototype = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new NotCanonicalisableError(`a ${object.constructor?.name ?? 'non-plain'} object is not JSON data`);
  }
  const record = object as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    try {
      const keyFault = unstorableText(key);
      if (keyFault) throw new NotCanonicalisableError(keyFault);
      out += `${JSON.stringify(key)}:${serialise(item)}`;
    } catch (error) {
      if (error instanceof NotCanonicalisableError) error.locate(`.${key}`);
      throw error;
    }
  }
  return `${out}}`;
}
