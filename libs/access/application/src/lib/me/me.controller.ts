import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HttpRequest, Public } from '@mutualis/shared/api';
import { PeopleAccess } from '../people/people-access';
import { SignedIn } from '../sessions/signed-in';
import { MeView } from './me.responses';

@ApiTags('Connexion à la console')
@Controller('me')
@Public()
export class MeController {
  constructor(
    @Inject(SignedIn) private readonly signedIn: SignedIn,
    @Inject(PeopleAccess) private readonly people: PeopleAccess,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Qui est connecté, et où il agit',
    description:
      'La personne de la session (cookie), son organisation, ses groupements avec son rôle dans chacun (déduits des ' +
      'adhésions : agent du coordonnateur ou d’une collectivité membre ; ou désigné explicitement), et le jeton ' +
      'anti-falsification. 401 sans session.',
  })
  @ApiOkResponse({ type: MeView })
  async me(@Req() request: HttpRequest): Promise<MeView> {
    const session = await this.signedIn.session(request);
    const { access, consortia } = await this.people.of(session.person);
    const siret = session.person.organisationSiret;
    const organisationName =
      (siret &&
        consortia.map((consortium) => consortium.facts.members[siret]?.authority.name).find(Boolean)) ??
      null;
    return {
      person: { ...session.person, organisationName },
      platformAdmin: access.platformAdmin,
      supplierSirets: access.supplierSirets,
      consortia: access.consortia.map(({ consortiumId, roles }) => {
        const known = consortia.find((consortium) => consortium.consortiumId === consortiumId)!;
        return { consortiumId, name: known.name, kind: known.kind, roles };
      }),
      csrfToken: session.csrfToken,
      sessionExpiresAt: session.expiresAt.toISOString(),
    };
  }
}
