import { UUID_PATTERN, uuidv7 } from './uuidv7';

describe('uuidv7', () => {
  it('is a version 7, RFC 9562 variant UUID', () => {
    const id = uuidv7();
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('starts with the creation time, so ids sort by it', () => {
    expect(uuidv7(Date.UTC(2026, 10, 29)).slice(0, 13)).toBe('01a22499-f800');
    expect(uuidv7(1_000) < uuidv7(2_000)).toBe(true);
  });
});
