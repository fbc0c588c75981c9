import { uuidv5 } from './uuidv5';
import { UUID_PATTERN } from './uuidv7';

describe('uuidv5', () => {
  it('matches the RFC 9562 test vector (www.example.com in the DNS namespace)', () => {
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives the same id for the same name and different ids for different names', () => {
    expect(uuidv5('key-1')).toBe(uuidv5('key-1'));
    expect(uuidv5('key-1')).not.toBe(uuidv5('key-2'));
    expect(uuidv5('key-1')).toMatch(UUID_PATTERN);
  });
});
