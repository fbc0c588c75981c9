import type { ServerResponse } from 'node:http';
import { All, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ForwardsBody, HttpRequest, ProblemException, Public } from '@mutualis/shared/api';
import { AccessRefusal, ACTING_ROLES, ActingRole, actingAs } from '@mutualis/access/domain';
import { PeopleAccess } from '../people/people-access';
import { SignedIn } from '../sessions/signed-in';
import { AccessTokens } from '../tokens/access-tokens';
import { forward } from './forward';
import { PROXIED_SERVICES, ProxiedService, SERVICE_ADDRESSES } from './service-addresses';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONSORTIUM_PATH = /^\/consortia\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/;

const ROLE_LABELS: Record<ActingRole, string> = {
  'platform-admin': 'administrateur de la plateforme',
  coordinator: 'coordonnateur',
  'member-buyer': 'acheteur membre',
  auditor: 'contrôleur',
  supplier: 'fournisseur',
};

/**
 * The console's way to the five services: `/api/<service>/<path>` is sent to the service with a token minted for the
 * signed-in person, in the role they hold where the call acts (`X-Mutualis-Role` chooses among theirs), so the
 * browser never holds a service token and the services decide as for any other caller.
 */
@ApiExcludeController()
@Controller('api/:service')
@Public()
export class ApiProxyController {
  constructor(
    @Inject(SignedIn) private readonly signedIn: SignedIn,
    @Inject(PeopleAccess) private readonly people: PeopleAccess,
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
    @Inject(SERVICE_ADDRESSES) private readonly addresses: Record<ProxiedService, URL>,
  ) {}

  @All('{*path}')
  @ForwardsBody()
  async call(
    @Param('service') service: string,
    @Req() request: HttpRequest,
    @Res() response: ServerResponse,
  ): Promise<void> {
    if (!(PROXIED_SERVICES as readonly string[]).includes(service)) {
      throw new ProblemException('not-found', `Aucun service ne s’appelle ${service}.`);
    }
    const session = await this.signedIn.session(request);
    const prefix = `/api/${service}`;
    const rest = request.originalUrl.slice(prefix.length) || '/';
    const path = new URL(rest, 'http://x').pathname;
    const { access } = await this.people.of(session.person);
    const role = headerOf(request, 'x-mutualis-role');
    if (role !== null && !(ACTING_ROLES as readonly string[]).includes(role)) {
      throw new ProblemException(
        'bad-request',
        `X-Mutualis-Role doit être l’un de ${ACTING_ROLES.join(', ')}.`,
      );
    }
    const consortiumId = CONSORTIUM_PATH.exec(path)?.[1] ?? headerOf(request, 'x-mutualis-consortium');
    if (consortiumId !== null && !UUID.test(consortiumId)) {
      throw new ProblemException(
        'bad-request',
        'X-Mutualis-Consortium doit être l’identifiant d’un groupement.',
      );
    }
    let acting;
    try {
      acting = actingAs(access, session.person.organisationSiret, {
        consortiumId,
        role: role as ActingRole | null,
        supplierSiret: headerOf(request, 'x-mutualis-supplier'),
      });
    } catch (error) {
      if (!(error instanceof AccessRefusal)) throw error;
      const asked = (role as ActingRole | null) ?? null;
      throw new ProblemException(
        'forbidden',
        asked
          ? `Vous n’agissez pas comme ${ROLE_LABELS[asked]} ${consortiumId ? 'dans ce groupement' : 'sur cette plateforme'}.`
          : 'Vous n’avez aucun rôle dans ce groupement.',
        { rule: error.refusal.rule },
      );
    }
    const token = await this.tokens.mint(session.person.subject, acting);
    const base = this.addresses[service as ProxiedService];
    const url = new URL(rest.replace(/^\/+/, ''), base.href.endsWith('/') ? base : `${base.href}/`);
    try {
      await forward(request, response, { url, prefix }, token);
    } catch (error) {
      if (response.headersSent) throw error;
      throw new ProblemException(
        'not-ready',
        `Le service ${service} ne répond pas : réessayez dans un instant.`,
      );
    }
  }
}

function headerOf(request: HttpRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
