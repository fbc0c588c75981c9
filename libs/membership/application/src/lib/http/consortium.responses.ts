import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { ApiObjectOrNull, CommandAccepted } from '@mutualis/shared/api';
import {
  Authority,
  AUTHORITY_KINDS,
  AuthorityKind,
  CONSORTIUM_KINDS,
  ConsortiumKind,
  Convention,
  COST_SHARING_RULES,
  CostSharingRule,
  ENTRUSTED_OPERATIONS,
  EntrustedOperation,
  PopulationBracket,
  ProcedureLaunched,
} from '@mutualis/shared/contracts';

// The consortium as its readers see it: the published facts of its convention, its authorities and its launches.

const CONSORTIUM_ID = '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e';
const SAINT_NAZAIRE = '21440184600016';
const CROSSAC = '21440050900011';

/** The answer to `POST /consortia`: the new consortium's id beside where its first event went. */
export class ConsortiumFormedAccepted extends CommandAccepted {
  @ApiProperty({ format: 'uuid', description: 'Identifiant du groupement constitué', example: CONSORTIUM_ID })
  consortiumId!: string;
}

/** A collectivité or buyer as recorded: SIRET checked (S1), INSEE code and population from the reference data. */
export class AuthorityView implements Authority {
  @ApiProperty({ description: 'SIRET de l’acheteur, 14 chiffres (règle S1)', example: CROSSAC })
  siret!: string;

  @ApiProperty({ description: 'SIREN, les 9 premiers chiffres du SIRET', example: '214400509' })
  siren!: string;

  @ApiProperty({ description: 'Nom de la collectivité ou de l’organisme', example: 'Crossac' })
  name!: string;

  @ApiProperty({
    enum: AUTHORITY_KINDS,
    description: 'Commune, EPCI, département, région ou autre acheteur',
    example: 'commune',
  })
  kind!: AuthorityKind;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Code INSEE (COG) de la commune ; null quand le référentiel n’en connaît pas',
    example: '44050',
  })
  inseeCode!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Population totale (référentiel INSEE) ; null quand elle n’est pas connue',
    example: 3011,
  })
  population!: number | null;
}

class ExitClauseView {
  @ApiProperty({ description: 'La convention permet-elle le retrait d’un membre ?', example: true })
  allowed!: boolean;

  @ApiProperty({ description: 'Préavis de retrait, en jours', example: 90 })
  noticeDays!: number;

  @ApiProperty({
    description: 'Qui supporte les conséquences financières du retrait (règle M4)',
    example: 'le membre sortant',
  })
  financialConsequencesBorneBy!: string;
}

class PopulationBracketView implements PopulationBracket {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Population maximale de la tranche (incluse) ; null pour la dernière, ouverte',
    example: 10_000,
  })
  upToPopulation!: number | null;

  @ApiProperty({
    description: 'Poids d’un membre de cette tranche dans la répartition des frais',
    example: 2,
  })
  weight!: number;
}

class CostSharingView {
  @ApiProperty({
    enum: COST_SHARING_RULES,
    description: 'Par tranche de population, au prorata des besoins recensés, ou à parts égales',
    example: 'flat',
  })
  rule!: CostSharingRule;

  @ApiProperty({
    type: [PopulationBracketView],
    description: 'Tranches de population par ordre croissant (règle population-brackets), vide sinon',
  })
  brackets!: PopulationBracketView[];
}

/** The convention constitutive (L2113-7), as the groupement was formed under it. */
export class ConventionView implements Convention {
  @ApiProperty({ description: 'Référence de la convention constitutive', example: 'CONV-CYBER-2026-01' })
  reference!: string;

  @ApiProperty({ description: 'Date de signature par le coordonnateur', example: '2026-01-15' })
  signedOn!: string;

  @ApiProperty({ description: 'Date d’entrée en vigueur', example: '2026-02-01' })
  effectiveOn!: string;

  @ApiProperty({ description: 'Clause d’adhésion de nouveaux membres (règle M3)', example: true })
  adhesionClause!: boolean;

  @ApiProperty({ type: ExitClauseView, description: 'Clause de retrait (règle M4)' })
  exitClause!: ExitClauseView;

  @ApiProperty({
    type: CostSharingView,
    description: 'Répartition des frais de fonctionnement entre membres',
  })
  costSharing!: CostSharingView;

  @ApiProperty({
    enum: ['dedicated', 'coordinator'],
    description: 'CAO propre au groupement, ou CAO du coordonnateur (CGCT L1414-3, règle M6)',
    example: 'dedicated',
  })
  cao!: 'dedicated' | 'coordinator';

  @ApiProperty({
    enum: ENTRUSTED_OPERATIONS,
    isArray: true,
    description:
      'Opérations confiées au coordonnateur au nom des membres, dont ils sont solidairement responsables ' +
      '(L2113-7 ; règle M5)',
    example: ['award', 'signature', 'notification'],
  })
  entrustedOperations!: EntrustedOperation[];
}

class MembershipPeriodView {
  @ApiProperty({
    description: 'Premier jour d’appartenance : signature de la convention',
    example: '2026-03-01',
  })
  from!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Premier jour hors du groupement (date d’effet du retrait) ; null tant qu’il est membre',
    example: null,
  })
  until!: string | null;
}

/** An authority the consortium knows — candidate, member or withdrawn — with its periods of membership. */
export class ConsortiumAuthorityView extends AuthorityView {
  @ApiProperty({
    type: [MembershipPeriodView],
    description: 'Périodes d’appartenance, la plus ancienne d’abord ; vide pour une candidature non acceptée',
  })
  periods!: MembershipPeriodView[];

  @ApiProperty({ description: 'Membre à la date lue (`on`)', example: true })
  memberOn!: boolean;
}

/** A procedure launched for the consortium: its beneficiaries are its mandating members, who signed before (M1, M3, M5). */
export class LaunchView implements ProcedureLaunched {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la procédure (celui de la consultation)',
    example: '0190c6a4-7c1e-7000-8000-0000000000b1',
  })
  procedureId!: string;

  @ApiProperty({ description: 'Date d’envoi de l’avis de publicité', example: '2026-03-15' })
  launchedOn!: string;

  @ApiProperty({
    description: 'Objet de la consultation',
    example: 'Audit de sécurité des systèmes d’information',
  })
  object!: string;

  @ApiProperty({
    type: [String],
    description:
      'SIRET des bénéficiaires de la procédure, seuls à en profiter (règle M3) : ses membres mandants, dont elle ' +
      'couvre les besoins, chacun ayant signé la convention avant le lancement (M1) ; solidairement responsables ' +
      'des seules opérations confiées au coordonnateur, sauf dans une centrale d’achat (L2113-7, L2113-4 ; règle ' +
      'M5). Un lancement enregistré avant que le service ne reçoive les bénéficiaires de la consultation liste ' +
      'tous les membres à sa date.',
    example: [CROSSAC, SAINT_NAZAIRE],
  })
  beneficiaries!: string[];

  @ApiProperty({
    enum: ENTRUSTED_OPERATIONS,
    isArray: true,
    description: 'Opérations confiées au coordonnateur, selon la convention au lancement (règle M5)',
    example: ['award', 'signature', 'notification'],
  })
  entrustedOperations!: EntrustedOperation[];
}

class CaoSummaryView {
  @ApiProperty({ description: 'Date de composition de la CAO', example: '2026-03-10' })
  composedOn!: string;

  @ApiProperty({
    enum: ['dedicated', 'coordinator'],
    description: 'CAO propre au groupement, ou CAO du coordonnateur',
    example: 'dedicated',
  })
  composition!: 'dedicated' | 'coordinator';
}

/** What a consortium was formed as: its id, kind, name, coordinator and convention constitutive. */
export class ConsortiumFormationView {
  @ApiProperty({ format: 'uuid', description: 'Identifiant du groupement', example: CONSORTIUM_ID })
  consortiumId!: string;

  @ApiProperty({
    enum: CONSORTIUM_KINDS,
    description:
      'Groupement de commandes ponctuel ou permanent (L2113-6 à L2113-8), ou centrale d’achat (L2113-2)',
    example: 'permanent-groupement',
  })
  kind!: ConsortiumKind;

  @ApiProperty({ description: 'Nom du groupement', example: 'Groupement cybersécurité de l’estuaire' })
  name!: string;

  @ApiProperty({ type: AuthorityView, description: 'Le coordonnateur, membre dès l’entrée en vigueur' })
  coordinator!: AuthorityView;

  @ApiProperty({ type: ConventionView, description: 'La convention constitutive' })
  convention!: ConventionView;
}

/** `GET /consortia/{consortiumId}`: the consortium, its membership read on a date. */
@ApiExtraModels(CaoSummaryView)
export class ConsortiumView extends ConsortiumFormationView {
  @ApiProperty({ description: 'Date à laquelle l’appartenance est lue (`on`)', example: '2026-03-01' })
  on!: string;

  @ApiProperty({ description: 'Nombre de membres à cette date, coordonnateur compris', example: 2 })
  memberCount!: number;

  @ApiProperty({
    type: [ConsortiumAuthorityView],
    description: 'Toutes les collectivités connues du groupement : candidates, membres et retirées',
  })
  authorities!: ConsortiumAuthorityView[];

  @ApiProperty({ type: [LaunchView], description: 'Les procédures lancées, dans l’ordre' })
  launches!: LaunchView[];

  @ApiObjectOrNull(CaoSummaryView, {
    description: 'La commission d’appel d’offres ; null tant qu’elle n’est pas composée',
  })
  cao!: CaoSummaryView | null;

  @ApiProperty({ description: 'Version du groupement, reprise dans l’ETag (If-Match)', example: 5 })
  version!: number;
}
