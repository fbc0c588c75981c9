import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { canonicalJson } from '@mutualis/shared/contracts';
import { ProblemException } from '../errors/problem.exception';

const KEY = /^[\x21\x23-\x7e]{1,255}$/;

/**
 * The key of an `Idempotency-Key` header, sent as a structured-field string (`"8e03978e-…"`) or bare. Undefined
 * without the header; 400 when it is not 1 to 255 visible ASCII characters.
 */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const raw = typeof header === 'string' ? header.trim() : '';
  const key = raw.length > 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  if (!KEY.test(key)) {
    throw new ProblemException(
      'bad-request',
      'Idempotency-Key must be 1 to 255 visible ASCII characters without quotes inside, e.g. a UUID.',
    );
  }
  return key;
}

/**
 * What makes two requests the same request: method, path with query, and body. The body is compared in canonical
 * JSON, so the same fields sent in another order are the same request. With a key the fingerprint is an HMAC, so
 * that a stored fingerprint cannot be matched by trying bodies (a sealed bid's price, for one).
 */
export function requestFingerprint(method: string, url: string, body: unknown, key?: Buffer): string {
  return (key ? createHmac('sha256', key) : createHash('sha256'))
    .update(`${method} ${url}\n${canonicalJson(body ?? null)}`)
    .digest('hex');
}

/** The fingerprint key a service's secret yields (HKDF), so that no secret is used for two purposes. */
export function fingerprintKey(secretBase64: string): Buffer {
  return Buffer.from(
    hkdfSync(
      'sha256',
      Buffer.from(secretBase64, 'base64'),
      Buffer.alloc(0),
      'mutualis idempotency fingerprint',
      32,
    ),
  );
}
