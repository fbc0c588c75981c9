import { ProblemException } from '../errors/problem.exception';
import { idempotencyKeyOf, requestFingerprint } from './idempotency-key';

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
