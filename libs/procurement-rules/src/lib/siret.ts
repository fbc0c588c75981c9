/** The outcome of checking an identifier: the normalised value, or why it is refused. */
export type IdentifierCheck = { valid: true; value: string } | { valid: false; reason: string };

/** La Poste registers all its establishments under one SIREN, and their NICs do not carry a Luhn key (INSEE). */
const LA_POSTE_SIREN = '356000000';
/** La Poste's head office is the one SIRET of that SIREN whose key is a Luhn key (its digits sum to 26). */
const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

/** Checks a SIREN (rule S1): 9 digits whose Luhn check passes; spaces are ignored, as in "732 829 320". */
export function checkSiren(input: string): IdentifierCheck {
  const digits = digitsOf(input, 'SIREN', 9);
  if (!digits.valid) return digits;
  if (!passesLuhn(digits.value)) return refuse('the Luhn check fails');
  return digits;
}

/** Checks a SIRET (rule S1): a valid SIREN + NIC, Luhn over all 14 digits; La Poste: digit sum multiple of 5. */
export function checkSiret(input: string): IdentifierCheck {
  const digits = digitsOf(input, 'SIRET', 14);
  if (!digits.valid) return digits;
  const siret = digits.value;
  // A SIRET is its company's SIREN followed by the NIC, and every SIREN carries its own Luhn key.
  const siren = checkSiren(sirenOf(siret));
  if (!siren.valid) return refuse(`its SIREN ${sirenOf(siret)} is invalid: ${siren.reason}`);
  if (sirenOf(siret) === LA_POSTE_SIREN && siret !== LA_POSTE_HEAD_OFFICE_SIRET) {
    const sum = digitSum(siret);
    if (sum % 5 !== 0)
      return refuse(`the digits of a La Poste SIRET must sum to a multiple of 5, got ${sum}`);
    return digits;
  }
  if (!passesLuhn(siret)) return refuse('the Luhn check fails');
  return digits;
}

/** The SIREN of a SIRET: its first 9 digits (spaces ignored); the SIRET is not checked. */
export function sirenOf(siret: string): string {
  return siret.replace(/ /g, '').slice(0, 9);
}

function digitsOf(input: string, name: 'SIREN' | 'SIRET', length: number): IdentifierCheck {
  // Only spaces are dropped: they are how people group digits ("732 829 320 00074"); anything else is a typo.
  const value = input.replace(/ /g, '');
  if (value === '') return refuse(`a ${name} is required, got an empty value`);
  if (!/^[0-9]+$/.test(value)) return refuse(`a ${name} has only digits, got ${JSON.stringify(input)}`);
  if (value.length !== length) return refuse(`a ${name} has ${length} digits, got ${value.length}`);
  return { valid: true, value };
}

/** Luhn: from the right, every second digit is doubled (minus 9 above 9), and the total is a multiple of 10. */
function passesLuhn(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    total += weighted > 9 ? weighted - 9 : weighted;
  }
  return total % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const digit of digits) sum += Number(digit);
  return sum;
}

function refuse(reason: string): IdentifierCheck {
  return { valid: false, reason };
}
