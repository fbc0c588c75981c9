import { Body, Controller, Inject, Param, ParseIntPipe, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  PublishedFacts,
  Roles,
} from '@mutualis/shared/api';
import { eligibilityOn, NO_ELIGIBILITY_FACTS } from '@mutualis/shared/contracts';
import { TenderCommand, TenderState } from '@mutualis/tender/domain';
import { Tenders } from '../tenders';
import { biddersEligibility } from './bidders-eligibility';
import { AwardDocumentsRequestBody, InadmissibilityBody, ReasonBody, SignatureBody } from './evaluation.dto';

const LOT = ':tenderId/lots/:lot';

/**
 * The award of a lot: the documents asked of the candidate it is envisaged for only (R2144-4), the decision, its
 * passing to the next-ranked (R2181-7) and the signature. Each decision is taken on the suppliers' eligibility on
 * the day, as the supplier registry's published events tell it.
 */
@ApiTags('Consultations : analyse des offres et attribution (evaluation)')
@Controller('consortia/:consortiumId/tenders')
export class AwardController {
  constructor(
    @Inject(Tenders) private readonly tenders: Tenders,
    @Inject(PublishedFacts) private readonly facts: PublishedFacts,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post(`${LOT}/award-documents-requests`)
  @Roles('coordinator')
  @CommandEndpoint('RequestAwardDocuments')
  @ApiOperation({
    summary: 'Demander ses pièces au candidat pressenti pour l’attribution (R2144-4)',
    description:
      'Au seul candidat dont l’offre est classée première (ou, après une attribution, à la suivante, R2181-7), avec ' +
      'une date limite : les attestations de régularité fiscale et sociale que le registre des fournisseurs ne ' +
      'détient pas valables ce jour (celles qu’il détient ne sont pas redemandées, R2143-13). L’offre d’un candidat ' +
      'exclu rencontrée en chemin est rejetée (R2144-7).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async request(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: AwardDocumentsRequestBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.decide(c, t, context, async (state, today) => ({
      type: 'RequestAwardDocuments',
      lot,
      requestedOn: today,
      dueOn: body.dueOn,
      eligibility: await biddersEligibility(this.facts, state, today),
    }));
  }

  @Post(`${LOT}/inadmissibility-declarations`)
  @Roles('coordinator')
  @CommandEndpoint('DeclareCandidatureInadmissible')
  @ApiOperation({
    summary: 'Déclarer irrecevable la candidature dont les pièces n’ont pas été produites à temps (R2144-7)',
    description:
      'Après la date limite fixée, si les pièces ne sont toujours pas détenues : l’offre sort du classement ; avec ' +
      'nextDueOn, les pièces sont demandées dans la même décision au candidat classé suivant.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async declare(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: InadmissibilityBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.decide(c, t, context, async (state, today) => ({
      type: 'DeclareCandidatureInadmissible',
      lot,
      declaredOn: today,
      nextDueOn: body.nextDueOn ?? null,
      eligibility: await biddersEligibility(this.facts, state, today),
    }));
  }

  @Post(`${LOT}/award`)
  @Roles('coordinator')
  @CommandEndpoint('AwardLot')
  @ApiOperation({
    summary: 'Attribuer le lot à l’offre la mieux classée (AwardLot)',
    description:
      'Les exclusions sont vérifiées à nouveau à la date de la décision : l’offre d’un candidat exclu est rejetée ' +
      '(R2144-7). Le candidat retenu doit détenir ses attestations de régularité fiscale et sociale valables, ' +
      'demandées à lui seul (R2144-4) : refusé sinon, en disant s’il faut les demander, les attendre ou déclarer sa ' +
      'candidature irrecevable. Les offres à égalité sont départagées par la règle de la consultation (tieBreak), ' +
      'jamais par leur identifiant : refusé (tie-not-broken) tant que le tirage au sort qu’elle prévoit n’est pas ' +
      'enregistré.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async award(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.decide(c, t, context, async (state, today) => ({
      type: 'AwardLot',
      lot,
      decidedOn: today,
      eligibility: await biddersEligibility(this.facts, state, today),
    }));
  }

  @Post(`${LOT}/award-transfers`)
  @Roles('coordinator')
  @CommandEndpoint('TransferAward')
  @ApiOperation({
    summary: 'Attribuer à l’offre classée suivante, l’attributaire ne pouvant exécuter (R2181-7, T16)',
    description:
      'Les exclusions et les pièces du candidat suivant sont vérifiées comme pour l’attribution (R2144-4, R2144-7).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async transfer(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: ReasonBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.decide(c, t, context, async (state, today) => ({
      type: 'TransferAward',
      lot,
      reason: body.reason,
      decidedOn: today,
      eligibility: await biddersEligibility(this.facts, state, today),
    }));
  }

  @Post(`${LOT}/signature`)
  @Roles('coordinator')
  @CommandEndpoint('SignContract')
  @ApiOperation({
    summary: 'Signer le marché du lot (SignContract)',
    description:
      'Après le délai de suspension (T14), avec un attributaire non exclu et, dès 5 000 € HT, titulaire d’une ' +
      'attestation de vigilance de moins de 6 mois (L8222-1, D8222-5) ; l’avis d’attribution est dû sous 30 jours ' +
      '(T15).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async sign(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: SignatureBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.decide(c, t, context, async (state, today) => {
      const awardee = state.awards[lot]?.supplierSiret;
      return {
        type: 'SignContract',
        lot,
        signedOn: today,
        amountCents: body.amountCents,
        // Without an award the decider refuses the signature: the facts of nobody stand in.
        holderEligibility: eligibilityOn(
          awardee ? await this.facts.eligibility(awardee) : NO_ELIGIBILITY_FACTS,
          today,
        ),
      };
    });
  }

  /** Loads the tender (404 outside the consortium), builds the command on today's facts, and decides it. */
  private async decide(
    consortiumId: string,
    tenderId: string,
    context: CommandContext,
    command: (state: TenderState, today: string) => Promise<TenderCommand>,
  ): Promise<CommandAccepted> {
    const { state } = await this.tenders.load(tenderId, consortiumId);
    const decided = await command(state, this.clock.today());
    return accepted(await this.tenders.handle(consortiumId, tenderId, decided, context));
  }
}
