import { canonicalJson, NotCanonicalisableError } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text whatever the insertion order of keys', () => {
    expect(canonicalJson({ montantHT: 12000, lot: 2 })).toBe(canonicalJson({ lot: 2, montantHT: 12000 }));
  });

  it('serialises numbers as ECMAScript does, so a round trip through JSON text keeps the form', () => {
    const value = { a: 1.0, b: 0.1, c: 1e21, d: -0, e: 123456789012 };
    expect(canonicalJson(value)).toBe('{"a":1,"b":0.1,"c":1e+21,"d":0,"e":123456789012}');
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('accepts well-formed text outside the Basic Multilingual Plane', () => {
    expect(canonicalJson({ s: 'Pôle 🇫🇷 numérique' })).toBe('{"s":"Pôle 🇫🇷 numérique"}');
  });

  it('omits undefined properties and writes undefined array items as null, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it.each([
    [{ at: new Date(0) }, '$.at: a Date object is not JSON data'],
    [{ list: [1, { deep: Number.POSITIVE_INFINITY }] }, '$.list[1].deep: Infinity is not a JSON number'],
    [{ n: Number.NaN }, '$.n: NaN is not a JSON number'],
    [{ big: 1n }, '$.big: a bigint is not JSON data'],
    [{ s: 'a\u0000b' }, '$.s: strings may not contain U+0000'],
    [{ s: 'lot \ud800' }, '$.s: strings must be well-formed Unicode (no lone surrogate)'],
    [{ ['\udc00']: 1 }, '$.\udc00: strings must be well-formed Unicode (no lone surrogate)'],
  ])('refuses %p, naming the path', (value, message) => {
    expect(() => canonicalJson(value)).toThrow(NotCanonicalisableError);
    expect(() => canonicalJson(value)).toThrow(message);
  });
});
