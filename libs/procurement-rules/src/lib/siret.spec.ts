import fixtures from '../testing/fixtures/communes-identifiers.json';
import { checkSiren, checkSiret, sirenOf } from './siret';

const { sirets, sirens } = fixtures;

/** Every copy of `digits` with exactly one digit replaced by another, and where the change was made. */
function* oneDigitChanges(digits: string): Generator<{ mutated: string; position: number; delta: number }> {
  for (let position = 0; position < digits.length; position++) {
    const original = Number(digits[position]);
    for (let replacement = 0; replacement <= 9; replacement++) {
      if (replacement === original) continue;
      const mutated = `${digits.slice(0, position)}${replacement}${digits.slice(position + 1)}`;
      yield { mutated, position, delta: replacement - original };
    }
  }
}

describe('SIREN (S1: 9 digits with a Luhn key)', () => {
  it('accepts every SIREN of the communes fixtures: buyers, communes and EPCI', () => {
    expect(sirens.length).toBe(2099);
    expect(sirens.filter((siren) => !checkSiren(siren).valid)).toEqual([]);
  });

  it('refuses every copy of a fixture SIREN with one digit changed, at every position to every other digit', () => {
    const accepted = sirens.flatMap((siren) =>
      [...oneDigitChanges(siren)]
        .map(({ mutated }) => mutated)
        .filter((mutated) => checkSiren(mutated).valid),
    );
    expect(accepted).toEqual([]);
  });

  it('accepts a SIREN written with spaces and returns its 9 digits', () => {
    expect(checkSiren('732 829 320')).toEqual({ valid: true, value: '732829320' });
  });

  it('refuses a SIREN whose Luhn check fails', () => {
    expect(checkSiren('732829321')).toEqual({ valid: false, reason: 'the Luhn check fails' });
  });

  it.each([
    ['73282932', 'a SIREN has 9 digits, got 8'],
    ['7328293200', 'a SIREN has 9 digits, got 10'],
    ['', 'a SIREN is required, got an empty value'],
    ['   ', 'a SIREN is required, got an empty value'],
    ['73282932O', 'a SIREN has only digits, got "73282932O"'],
    ['732-829-320', 'a SIREN has only digits, got "732-829-320"'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkSiren(input)).toEqual({ valid: false, reason });
  });
});

describe('SIRET (S1: 14 digits, a SIREN then the NIC, Luhn over all 14)', () => {
  it('accepts 732 829 320 00074 written with spaces and returns its 14 digits', () => {
    expect(checkSiret('732 829 320 00074')).toEqual({ valid: true, value: '73282932000074' });
  });

  it('accepts every SIRET of the communes buyers fixture', () => {
    expect(sirets.length).toBe(400);
    expect(sirets.filter((siret) => !checkSiret(siret).valid)).toEqual([]);
  });

  it('refuses every copy of a fixture SIRET with one digit changed, at every position to every other digit', () => {
    const accepted = sirets.flatMap((siret) =>
      [...oneDigitChanges(siret)]
        .map(({ mutated }) => mutated)
        .filter((mutated) => checkSiret(mutated).valid),
    );
    expect(accepted).toEqual([]);
  });

  it('refuses a SIRET that passes Luhn over 14 digits when its first 9 digits are not a valid SIREN', () => {
    expect(checkSiret('73282932100007')).toEqual({
      valid: false,
      reason: 'its SIREN 732829321 is invalid: the Luhn check fails',
    });
  });

  it('refuses a SIRET whose Luhn check fails', () => {
    expect(checkSiret('73282932000075')).toEqual({ valid: false, reason: 'the Luhn check fails' });
  });

  it.each([
    ['7328293200007', 'a SIRET has 14 digits, got 13'],
    ['732829320000740', 'a SIRET has 14 digits, got 15'],
    ['732829320', 'a SIRET has 14 digits, got 9'],
    ['', 'a SIRET is required, got an empty value'],
    ['7328293200007A', 'a SIRET has only digits, got "7328293200007A"'],
    ['732.829.320.00074', 'a SIRET has only digits, got "732.829.320.00074"'],
    ['732\u00a0829\u00a0320\u00a000074', 'a SIRET has only digits, got "732\u00a0829\u00a0320\u00a000074"'],
    ['\t73282932000074', 'a SIRET has only digits, got "\\t73282932000074"'],
  ])('refuses %j, as only spaces are removed: %s', (input, reason) => {
    expect(checkSiret(input)).toEqual({ valid: false, reason });
  });

  it('gives the SIREN of a SIRET as its first 9 digits, spaces ignored', () => {
    expect(sirenOf('732 829 320 00074')).toBe('732829320');
    expect(sirenOf('73282932000074')).toBe('732829320');
  });
});

describe('La Poste SIRET (S1: SIREN 356000000, digits summing to a multiple of 5)', () => {
  const establishment = '35600000049837';

  it('accepts a La Poste establishment SIRET whose digits sum to a multiple of 5 though Luhn fails', () => {
    expect(checkSiret(establishment)).toEqual({ valid: true, value: establishment });
  });

  it('accepts the La Poste head office SIRET 35600000000048, Luhn-valid though its digits sum to 26', () => {
    expect(checkSiret('356 000 000 00048')).toEqual({ valid: true, value: '35600000000048' });
  });

  it('refuses a La Poste SIRET other than the head office that passes Luhn but whose digits sum to 24', () => {
    expect(checkSiret('35600000000055')).toEqual({
      valid: false,
      reason: 'the digits of a La Poste SIRET must sum to a multiple of 5, got 24',
    });
  });

  it('refuses a La Poste SIRET with one NIC digit changed by an amount that is not a multiple of 5', () => {
    const changes = [...oneDigitChanges(establishment)].filter(
      ({ position, delta }) => position >= 9 && delta % 5 !== 0,
    );
    expect(changes).toHaveLength(5 * 8);
    expect(changes.filter(({ mutated }) => checkSiret(mutated).valid)).toEqual([]);
  });

  it('accepts a La Poste SIRET with one NIC digit changed by 5, an error the digit-sum rule cannot see', () => {
    expect(checkSiret('35600000049337').valid).toBe(true);
  });

  it('refuses a La Poste SIRET with one SIREN digit changed, as its first 9 digits are then not a valid SIREN', () => {
    const changes = [...oneDigitChanges(establishment)].filter(({ position }) => position < 9);
    expect(changes).toHaveLength(9 * 9);
    expect(changes.filter(({ mutated }) => checkSiret(mutated).valid)).toEqual([]);
  });

  it('accepts a one-digit change of the head office SIRET only in the NIC and when the digits then sum to a multiple of 5', () => {
    const changes = [...oneDigitChanges('35600000000048')];
    const accepted = changes.filter(({ mutated }) => checkSiret(mutated).valid).map(({ mutated }) => mutated);
    const establishmentLike = changes
      .filter(({ position, mutated }) => position >= 9 && sumOfDigits(mutated) % 5 === 0)
      .map(({ mutated }) => mutated);
    expect(establishmentLike.length).toBeGreaterThan(0);
    expect(accepted).toEqual(establishmentLike);
  });
});

function sumOfDigits(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}
