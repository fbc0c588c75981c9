import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { eligibilityOn } from '@mutualis/shared/contracts';
import { parisDate } from '@mutualis/procurement-rules';
import { validSiret } from '@mutualis/supplier/domain';
import {
  accepted,
  AcrossConsortia,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  correlationIdOf,
  CurrentPrincipal,
  HttpRequest,
  OptionalDateQuery,
  OptionalInstantQuery,
  PersonalDataReadView,
  Principal,
  ProblemException,
  Roles,
  SiretParam,
  versionTag,
} from '@mutualis/shared/api';
import { SupplierRegistry } from '../supplier-registry';
import { RegisterSupplierAccepted } from './command-answers.responses';
import { SupplierEligibilityView } from './eligibility.responses';
import { SupplierHistoryEntry } from './history.responses';
import { ChangeCategoriesBody, RegisterSupplierBody } from './supplier.dto';
import { SupplierView } from './supplier.responses';
import { SUPPLIER_READERS } from './supplier-readers';
import { supplierView } from './supplier-view';

const AS_OF = {
  name: 'asOf',
  required: false,
  description:
    'Lire le registre tel qu’il était à cette date (YYYY-MM-DD : à la fin de ce jour, heure de Paris) ou à cet ' +
    'instant (ISO 8601 avec fuseau) ; par défaut, maintenant',
  example: '2026-11-01',
};

@ApiTags('Fournisseurs : immatriculation et consultation (suppliers)')
@Controller('suppliers')
@AcrossConsortia()
export class SuppliersController {
  constructor(
    @Inject(SupplierRegistry) private readonly registry: SupplierRegistry,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('platform-admin', 'supplier')
  @CommandEndpoint('RegisterSupplier', { location: '/suppliers/{siret}' })
  @ApiOperation({
    summary: 'Immatriculer un fournisseur (RegisterSupplier)',
    description:
      'Enregistre un établissement par son SIRET (clé de Luhn, exception La Poste ; règle S1), avec ses catégories ' +
      'CPV vérifiées dans la liste officielle (règle S2). Un fournisseur ne peut immatriculer que son propre SIRET. ' +
      'Un SIRET déjà immatriculé est refusé (422, supplier-already-registered).',
  })
  @ApiCreatedResponse({ type: RegisterSupplierAccepted })
  async register(
    @Body() body: RegisterSupplierBody,
    @CommandContext() context: CommandContext,
  ): Promise<RegisterSupplierAccepted> {
    const siret = validSiret(body.siret);
    if (context.principal.role === 'supplier' && context.principal.supplierSiret !== siret) {
      throw new ProblemException('forbidden', 'A supplier may only register its own SIRET.');
    }
    const contacts = await this.registry.sealContacts(body.contacts);
    const { contacts: _given, ...registration } = body;
    const result = await this.registry.handle(
      siret,
      { type: 'RegisterSupplier', ...registration, contacts },
      context,
    );
    return { siret, ...accepted(result) };
  }

  @Get(':supplierSiret')
  @Roles(...SUPPLIER_READERS)
  @ApiOperation({
    summary: 'Consulter un fournisseur, aujourd’hui ou à une date passée (asOf)',
    description:
      'État du fournisseur : identité, catégories, pièces, certifications, exclusions, éligibilité du jour. Avec ' +
      '`asOf`, l’état tel que le registre le connaissait à cette date (fin de journée, heure de Paris) ou à cet ' +
      'instant. Les données personnelles des contacts (nom, courriel, téléphone) ne sont déchiffrées que pour le ' +
      'fournisseur lui-même et l’administrateur de la plateforme, et chaque lecture est journalisée (qui, de qui, ' +
      'pourquoi ; voir …/personal-data-reads). Tout autre rôle — coordonnateur, acheteur membre, auditeur, de ' +
      'quelque groupement que ce soit — reçoit le fournisseur sans ses contacts (`personalData: withheld`).',
  })
  @ApiQuery(AS_OF)
  @ApiOkResponse({ type: SupplierView })
  async read(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Query('asOf', OptionalInstantQuery) asOf: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<SupplierView> {
    const { state, version } = await this.registry.load(siret, asOf);
    response.setHeader('ETag', versionTag(version));
    const on = asOf ? parisDate(asOf) : this.clock.today();
    const contacts = await this.registry.contactsFor(siret, state.registration!.contacts, {
      principal,
      route: 'GET /suppliers/{supplierSiret}',
      correlationId: correlationIdOf(request),
    });
    return supplierView(state, version, contacts, on);
  }

  @Get(':supplierSiret/personal-data-reads')
  @Roles('platform-admin', 'supplier')
  @ApiOperation({
    summary: 'Qui a lu les données personnelles des contacts de ce fournisseur (personal-data-reads)',
    description:
      'Le journal des lectures en clair des contacts du fournisseur, inscrit avant chaque déchiffrement : qui ' +
      '(utilisateur, rôle), de qui (le fournisseur, les personnes), pourquoi (le droit invoqué et la route), quand. ' +
      'Pour l’administrateur de la plateforme et le fournisseur lui-même (RGPD art. 15 : les destinataires des ' +
      'données). Le journal est en ajout seul ; les 500 premières lectures.',
  })
  @ApiOkResponse({
    type: [PersonalDataReadView],
    description: 'Les lectures, de la plus ancienne à la plus récente',
  })
  async personalDataReads(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
  ): Promise<PersonalDataReadView[]> {
    await this.registry.load(siret);
    return this.registry.contactReads(siret);
  }

  @Get(':supplierSiret/history')
  @Roles(...SUPPLIER_READERS)
  @ApiOperation({
    summary: 'Historique d’un fournisseur (history)',
    description:
      'Chaque événement du fournisseur : quoi, quand, qui, avec son empreinte. Les contacts restent chiffrés.',
  })
  @ApiQuery(AS_OF)
  @ApiOkResponse({
    type: [SupplierHistoryEntry],
    description: 'Les événements du fournisseur, du premier au dernier',
  })
  async history(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Query('asOf', OptionalInstantQuery) asOf: string | undefined,
  ): Promise<SupplierHistoryEntry[]> {
    const events = await this.registry.history(siret, asOf);
    return events.map(({ id, type, streamVersion, occurredAt, recordedAt, actor, data, contentHash }) => ({
      id,
      type,
      version: streamVersion,
      occurredAt,
      recordedAt,
      actor,
      data,
      contentHash,
    }));
  }

  @Get(':supplierSiret/eligibility')
  @Roles(...SUPPLIER_READERS)
  @ApiOperation({
    summary: 'Ce fournisseur peut-il soumissionner, être payé, à une date ? (eligibility)',
    description:
      'Réponse et motifs : non immatriculé, exclu (L2141-1 à L2141-11), attestation de vigilance de plus de 6 mois ' +
      '(D8222-5), attestation fiscale absente ou expirée. `on` : date du jour par défaut.',
  })
  @ApiQuery({
    name: 'on',
    required: false,
    description: 'Date d’appréciation, YYYY-MM-DD (heure de Paris) ; par défaut, aujourd’hui',
    example: '2026-11-29',
  })
  @ApiOkResponse({ type: SupplierEligibilityView })
  async eligibility(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Query('on', new OptionalDateQuery('on')) on: string | undefined,
  ): Promise<SupplierEligibilityView> {
    const { state } = await this.registry.loadEvenUnregistered(siret);
    return { siret, ...eligibilityOn(state.eligibility, on ?? this.clock.today()) };
  }

  @Post(':supplierSiret/categories')
  @Roles('platform-admin', 'supplier')
  @CommandEndpoint('ChangeCategories', { ifMatch: true })
  @ApiOperation({
    summary: 'Modifier les catégories CPV (ChangeCategories)',
    description:
      'Remplace les codes CPV du fournisseur ; chaque code est vérifié dans la liste officielle (règle S2).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async changeCategories(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Body() body: ChangeCategoriesBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return accepted(await this.registry.handle(siret, { type: 'ChangeCategories', ...body }, context));
  }

  @Post(':supplierSiret/contacts/:personId/erasure')
  @Roles('platform-admin', 'supplier')
  @CommandEndpoint('EraseContact')
  @ApiOperation({
    summary:
      'Effacer les données personnelles d’un contact (EraseContact, droit à l’effacement, RGPD art. 17)',
    description:
      'La clé propre à la personne est détruite : ses données, scellées dans les événements, deviennent ' +
      'illisibles partout (services, Kafka, registre d’audit, exports), tandis que les empreintes et les ' +
      'scellements restent vérifiables. L’effacement est inscrit dans l’historique du fournisseur ; le refaire ' +
      'n’inscrit rien de plus. Une personne qui n’est pas un contact du fournisseur est refusée (422, ' +
      'unknown-contact).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async eraseContact(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return accepted(await this.registry.eraseContact(siret, personId, this.clock.today(), context));
  }
}
