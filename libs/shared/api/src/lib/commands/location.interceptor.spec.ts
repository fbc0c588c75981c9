import { resolveLocation } from './location.interceptor';

describe('the Location of a created resource', () => {
  it('fills each {name} from the route parameters first, then from the answer', () => {
    expect(
      resolveLocation(
        '/consortia/{consortiumId}/censuses/{censusId}',
        { consortiumId: 'c-1' },
        { censusId: 'k-2', consortiumId: 'ignored' },
      ),
    ).toBe('/consortia/c-1/censuses/k-2');
  });

  it('encodes what it fills in', () => {
    expect(resolveLocation('/suppliers/{siret}', {}, { siret: 'a/b' })).toBe('/suppliers/a%2Fb');
  });

  it('gives none when a name has no value', () => {
    expect(resolveLocation('/consortia/{consortiumId}', {}, { other: 1 })).toBeNull();
    expect(resolveLocation('/consortia/{consortiumId}', {}, null)).toBeNull();
  });
});
