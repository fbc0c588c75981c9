import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../errors/problem.exception';
import { HttpRequest } from '../http/http-types';
import { ACROSS_CONSORTIA_KEY, PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { Principal, Role, speaksFor } from './principal';
import { InvalidTokenError } from './token-claims';
import { TokenVerifier } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/**
 * The global guard: an endpoint is open only to the roles its `@Roles` names, for the consortium (and SIRET) its
 * route names. Refusals say what is missing but never echo the resource, so a token of one consortium learns nothing
 * of another's.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      throw new ProblemException(
        'forbidden',
        'This endpoint declares no access rule, so it is closed to everyone.',
      );
    }
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    if (!roles.includes(principal.role)) {
      throw new ProblemException('forbidden', `The role ${principal.role} may not use this endpoint.`, {
        allowedRoles: roles,
      });
    }
    const acrossConsortia = this.reflector.getAllAndOverride<boolean>(ACROSS_CONSORTIA_KEY, targets) === true;
    if (request.params['consortiumId'] === undefined && !acrossConsortia) {
      throw new ProblemException(
        'forbidden',
        'This endpoint names no consortium in its route and is not declared as serving several, so it is closed.',
      );
    }
    checkScope(principal, request.params);
    return true;
  }

  private async authenticate(request: HttpRequest): Promise<Principal> {
    const header = request.headers.authorization;
    const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(header ?? '')?.[1];
    if (!token) {
      throw new ProblemException(
        'unauthenticated',
        'Send a bearer token: Authorization: Bearer <token>.',
        {},
        { 'WWW-Authenticate': 'Bearer' },
      );
    }
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      const description = error.reason.replace(/"/g, "'");
      throw new ProblemException(
        'unauthenticated',
        `The bearer token is not accepted: ${error.reason}.`,
        {},
        { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"` },
      );
    }
  }
}

function checkScope(principal: Principal, params: Record<string, string | undefined>): void {
  const { consortiumId, authoritySiret, supplierSiret } = params;
  if (consortiumId !== undefined && !speaksFor(principal, consortiumId)) {
    throw new ProblemException('forbidden', 'This token does not speak for the consortium of this resource.');
  }
  if (principal.role === 'member-buyer' && authoritySiret !== undefined) {
    if (authoritySiret !== principal.authoritySiret) {
      throw new ProblemException(
        'forbidden',
        'This token does not speak for the authority of this resource.',
      );
    }
  }
  if (principal.role === 'supplier' && supplierSiret !== undefined) {
    if (supplierSiret !== principal.supplierSiret) {
      throw new ProblemException('forbidden', 'This token does not speak for the supplier of this resource.');
    }
  }
}
