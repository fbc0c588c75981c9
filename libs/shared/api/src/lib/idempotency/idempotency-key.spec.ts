import { ProblemException } from '../errors/problem.exception';
import { fingerprintKey, idempotencyKeyOf, requestFingerprint } from './idempotency-key';

describe('Idempotency-Key headers', () => {
  it('are read bare or as a structured-field string', () => {
    expect(idempotencyKeyOf('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(idempotencyKeyOf('"8e03978e"')).toBe('8e03978e');
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
  });

  it.each(['', ' ', 'with space', '"in"side"', 'x'.repeat(256), 'clé'])('refuse %j with 400', (header) => {
    expect(() => idempotencyKeyOf(header)).toThrow(ProblemException);
  });
});

describe('request fingerprints', () => {
  const body = { title: 'Marché', amounts: [1, 2], lot: { n: 1 } };

  it('are equal for the same fields in another order', () => {
    expect(requestFingerprint('POST', '/a', body)).toBe(
      requestFingerprint('POST', '/a', { lot: { n: 1 }, amounts: [1, 2], title: 'Marché' }),
    );
  });

  it('differ when the path or the body differs', () => {
    const reference = requestFingerprint('POST', '/a', body);
    expect(requestFingerprint('POST', '/b', body)).not.toBe(reference);
    expect(requestFingerprint('POST', '/a', { ...body, amounts: [2, 1] })).not.toBe(reference);
    expect(requestFingerprint('POST', '/a', undefined)).toBe(requestFingerprint('POST', '/a', null));
  });
});

describe('keyed request fingerprints', () => {
  it('are HMACs under a key derived from the service’s secret: the same request matches, a guessed body does not', () => {
    const key = fingerprintKey(Buffer.alloc(32, 9).toString('base64'));
    const bid = { lot: 1, amountCents: 11_537_911 };
    expect(requestFingerprint('POST', '/tenders/t/bids', bid, key)).toBe(
      requestFingerprint('POST', '/tenders/t/bids', { ...bid }, key),
    );
    expect(requestFingerprint('POST', '/tenders/t/bids', bid, key)).not.toBe(
      requestFingerprint('POST', '/tenders/t/bids', bid),
    );
    expect(fingerprintKey(Buffer.alloc(32, 8).toString('base64'))).not.toEqual(key);
  });
});
