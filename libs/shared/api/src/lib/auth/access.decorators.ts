import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { HttpRequest } from '../http/http-types';
import { Principal, Role } from './principal';

export const ROLES_KEY = 'mutualis:roles';
export const PUBLIC_KEY = 'mutualis:public';
export const ACROSS_CONSORTIA_KEY = 'mutualis:across-consortia';
/** Name of the bearer security scheme in the OpenAPI document. */
export const BEARER_SCHEME = 'bearer';

/**
 * Declares the roles that may call an endpoint (or every endpoint of a controller). Endpoints without it are
 * refused: access is denied by default. A route parameter `consortiumId` is checked against the token's consortia,
 * `authoritySiret` against a member buyer's SIRET and `supplierSiret` against a supplier's.
 */
export function Roles(...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension('x-mutualis-roles', roles),
  );
}

/**
 * Marks an endpoint that serves several consortia at once (e.g. "my consortia"): its route names no `consortiumId`,
 * so its handler must itself keep to the token's consortia (`speaksFor`). Without this mark, a `@Roles` endpoint
 * whose route names no consortium is refused: consortium scope, like access, is closed by default.
 */
export function AcrossConsortia(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACROSS_CONSORTIA_KEY, true);
}

/**
 * Opens an endpoint to anyone, without a token: health, metrics and the API documentation, and the access context's
 * console routes, which authenticate people by their session instead. A service endpoint always declares its roles.
 */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}

/** The verified principal of the request, for endpoints behind `@Roles`. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<HttpRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal is only available on endpoints declared with @Roles');
  return principal;
});
