import { IdempotencyKeys } from './idempotency-keys';

describe('the Idempotency-Keys of a form', () => {
  const keys = () => {
    let count = 0;
    return new IdempotencyKeys(() => `key-${++count}`);
  };

  it('sends the same body again under the same key, so that a retry is decided once', () => {
    const form = keys();
    expect(form.keyFor('POST /consortia', { name: 'A' })).toBe('key-1');
    expect(form.keyFor('POST /consortia', { name: 'A' })).toBe('key-1');
  });

  it('gives a corrected body a new key, which the service would otherwise refuse as reused', () => {
    const form = keys();
    form.keyFor('POST /consortia', { siret: '24310051800015' });
    expect(form.keyFor('POST /consortia', { siret: '24310051800014' })).toBe('key-2');
  });

  it('keeps a key per request, and forgets them all once one is accepted', () => {
    const form = keys();
    expect(form.keyFor('POST application', { a: 1 })).toBe('key-1');
    expect(form.keyFor('POST adhesion', { a: 1 })).toBe('key-2');
    expect(form.keyFor('POST application', { a: 1 })).toBe('key-1');
    form.clear();
    expect(form.keyFor('POST application', { a: 1 })).toBe('key-3');
  });
});
