import type { JWTPayload } from 'jose';
import { PLATFORM_TENANT } from '@mutualis/shared/contracts';
import { Principal, Role, ROLES } from './principal';

/** A token that cannot be accepted; `reason` says why, in words fit for the 401 answer. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIRET = /^\d{14}$/;

/**
 * The principal the claims of a verified token describe: `sub`, `role`, `consortia`, and `authoritySiret` (member
 * buyer) or `supplierSiret` (supplier). Throws InvalidTokenError naming the claim at fault. The same rules check
 * the tokens `mutualis token` issues, so a local token is never one the services refuse.
 */
export function principalOfClaims(claims: JWTPayload): Principal {
  const { sub, role, consortia, authoritySiret, supplierSiret } = claims;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) {
    throw new InvalidTokenError('the sub claim must name the user (1 to 200 characters)');
  }
  if (!isRole(role)) throw new InvalidTokenError(`the role claim must be one of ${ROLES.join(', ')}`);
  // `platform` names the supplier registry's tenant, whose ledger an auditor may be given.
  const tenant = (id: unknown) => typeof id === 'string' && (UUID.test(id) || id === PLATFORM_TENANT);
  if (!Array.isArray(consortia) || !consortia.every(tenant)) {
    throw new InvalidTokenError(
      'the consortia claim must be a list of lower-case consortium UUIDs (or platform)',
    );
  }
  if (consortia.length === 0 && role !== 'platform-admin') {
    throw new InvalidTokenError(`a ${role} token must name at least one consortium`);
  }
  const authority = optionalSiret('authoritySiret', authoritySiret);
  const supplier = optionalSiret('supplierSiret', supplierSiret);
  if (role === 'member-buyer' && !authority) {
    throw new InvalidTokenError('a member-buyer token must carry the authoritySiret it acts for');
  }
  if (role === 'supplier' && !supplier) {
    throw new InvalidTokenError('a supplier token must carry the supplierSiret it acts for');
  }
  return {
    userId: sub,
    role,
    consortia: [...new Set(consortia as string[])],
    ...(authority ? { authoritySiret: authority } : {}),
    ...(supplier ? { supplierSiret: supplier } : {}),
  };
}

/** The claims that describe `principal` in a token (besides iss, aud, iat and exp). */
export function claimsOfPrincipal(principal: Principal): JWTPayload {
  return {
    sub: principal.userId,
    role: principal.role,
    consortia: [...principal.consortia],
    ...(principal.authoritySiret ? { authoritySiret: principal.authoritySiret } : {}),
    ...(principal.supplierSiret ? { supplierSiret: principal.supplierSiret } : {}),
  };
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function optionalSiret(claim: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !SIRET.test(value)) {
    throw new InvalidTokenError(`the ${claim} claim must be a SIRET of 14 digits`);
  }
  return value;
}
