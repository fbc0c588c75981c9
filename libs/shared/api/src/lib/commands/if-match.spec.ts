import { ProblemException } from '../errors/problem.exception';
import { expectedVersionOf, versionTag } from './if-match';

describe('If-Match', () => {
  it('reads the version of the ETag a GET returned, or a bare number', () => {
    expect(expectedVersionOf(versionTag(3))).toBe(3);
    expect(expectedVersionOf('12')).toBe(12);
    expect(expectedVersionOf(' "0" ')).toBe(0);
    expect(expectedVersionOf(undefined)).toBeUndefined();
  });

  it.each(['*', 'W/"3"', '"1", "2"', '-1', '3.5', 'abc', '"9999999999999999"'])(
    'refuses %j, which names no single version, with 400',
    (header) => {
      expect(() => expectedVersionOf(header)).toThrow(ProblemException);
    },
  );
});
