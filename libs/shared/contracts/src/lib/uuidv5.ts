import { createHash } from 'node:crypto';

/** Mutualis' namespace for name-based ids (a fixed random UUID). */
export const MUTUALIS_NAMESPACE = '5d7f2b8e-3c1a-4e6b-9a0d-8f4c2e1b7a63';

/** A name-based UUID (version 5, RFC 9562): the same name always gives the same id, e.g. for idempotency keys. */
export function uuidv5(name: string, namespace: string = MUTUALIS_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
