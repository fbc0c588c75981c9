import { checkSiret, findPublicAuthority, sirenOf } from '@mutualis/procurement-rules';
import { Authority } from '@mutualis/shared/contracts';
import { AuthorityInput } from './consortium.commands';
import { refuse } from './membership-refusal';

/**
 * The authority as recorded: a valid SIRET (S1), and where the reference data knows its SIREN (communes, EPCI), the
 * same kind and INSEE code as there; INSEE code and population are filled in from the reference when not given.
 */
export function checkedAuthority(input: AuthorityInput): Authority {
  const check = checkSiret(input.siret);
  if (!check.valid) {
    throw refuse(`invalid SIRET "${input.siret}": ${check.reason}`, {
      rule: 'invalid-siret',
      values: { siret: input.siret, reason: check.reason },
    });
  }
  const siret = check.value;
  const known = findPublicAuthority(siret);
  if (known && known.kind !== input.kind) {
    throw refuse(`${siret} is a ${known.kind} (${known.name}) in the reference data, not a ${input.kind}`, {
      rule: 'authority-mismatch',
      values: { siret, field: 'kind', given: input.kind, reference: known.kind },
    });
  }
  if (known?.inseeCode && input.inseeCode && known.inseeCode !== input.inseeCode) {
    throw refuse(`${siret} (${known.name}) has INSEE code ${known.inseeCode}, not ${input.inseeCode}`, {
      rule: 'authority-mismatch',
      values: { siret, field: 'inseeCode', given: input.inseeCode, reference: known.inseeCode },
    });
  }
  return {
    siret,
    siren: sirenOf(siret),
    name: input.name.trim(),
    kind: input.kind,
    inseeCode: input.inseeCode ?? known?.inseeCode ?? null,
    population: input.population ?? known?.population ?? null,
  };
}

/** Collectivités and their établissements publics decide through a deliberative body (M2, M6). */
export function deliberates(authority: Authority): boolean {
  return authority.kind !== 'other';
}
