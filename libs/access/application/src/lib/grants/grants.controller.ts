import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Clock, HttpRequest, ProblemException, Public } from '@mutualis/shared/api';
import { PeopleAccess } from '../people/people-access';
import { Session } from '../sessions/session-store';
import { SignedIn } from '../sessions/signed-in';
import { GrantBody, RevocationBody } from './grants.dto';
import { Grants, GrantsActor } from './grants';
import { GrantRecorded, GrantsPage } from './grants.responses';

/**
 * The rights the platform's administrators give explicitly (administrators, auditors, suppliers' employees), from
 * the console's session; coordinators and member buyers need none: their roles follow from the adhesions.
 */
@ApiTags('Droits donnés explicitement')
@Controller('grants')
@Public()
export class GrantsController {
  constructor(
    @Inject(SignedIn) private readonly signedIn: SignedIn,
    @Inject(PeopleAccess) private readonly people: PeopleAccess,
    @Inject(Grants) private readonly grants: Grants,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Les droits en vigueur (administrateur de la plateforme)' })
  @ApiOkResponse({ type: GrantsPage })
  async list(@Req() request: HttpRequest): Promise<GrantsPage> {
    await this.administrator(request);
    return { grants: await this.grants.inForce() };
  }

  @Post()
  @ApiOperation({
    summary: 'Donner un droit (administrateur de la plateforme)',
    description:
      'Enregistré comme un événement avec son auteur et sa raison. Nul ne se donne un droit à lui-même ; un ' +
      'contrôleur contrôle au moins un groupement ; un fournisseur nomme le SIRET de son entreprise.',
  })
  @ApiCreatedResponse({ type: GrantRecorded })
  async grant(@Req() request: HttpRequest, @Body() body: GrantBody): Promise<GrantRecorded> {
    const actor = await this.administrator(request);
    const grantId = this.grants.newGrantId();
    const result = await this.grants.handle(
      {
        type: 'GrantAccess',
        grantId,
        email: body.email,
        role: body.role,
        consortia: body.consortia ?? [],
        supplierSiret: body.supplierSiret ?? null,
        reason: body.reason,
        grantedBy: { userId: actor.subject, email: actor.email },
        on: this.clock.today(),
      },
      actor,
      String(request.id),
    );
    return { grantId, version: result.version };
  }

  @Post(':grantId/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retirer un droit (administrateur de la plateforme)' })
  @ApiParam({
    name: 'grantId',
    format: 'uuid',
    description: 'Identifiant du droit retiré (voir GET /grants)',
  })
  @ApiOkResponse({ type: GrantRecorded })
  async revoke(
    @Req() request: HttpRequest,
    @Param('grantId', ParseUUIDPipe) grantId: string,
    @Body() body: RevocationBody,
  ): Promise<GrantRecorded> {
    const actor = await this.administrator(request);
    const result = await this.grants.handle(
      {
        type: 'RevokeAccess',
        grantId,
        reason: body.reason,
        revokedBy: actor.subject,
        on: this.clock.today(),
      },
      actor,
      String(request.id),
    );
    return { grantId, version: result.version };
  }

  private async administrator(request: HttpRequest): Promise<GrantsActor> {
    const session: Session = await this.signedIn.session(request);
    const { access } = await this.people.of(session.person);
    if (!access.platformAdmin || !session.person.email) {
      throw new ProblemException(
        'forbidden',
        'Seul un administrateur de la plateforme donne ou retire des droits.',
        {
          allowedRoles: ['platform-admin'],
        },
      );
    }
    return { subject: session.person.subject, email: session.person.email };
  }
}
