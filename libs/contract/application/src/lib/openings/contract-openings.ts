import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONTEXT_SQL, ContextRuntime, fold } from '@mutualis/shared/api';
import {
  ContractOpened,
  ContractSigned,
  EventEnvelope,
  eventsTopic,
  ProcedureChosen,
  publishedRegime,
  TenderCreated,
  tenderContracts,
  TenderPublished,
  uuidv5,
} from '@mutualis/shared/contracts';
import { migrate, SqlExecutor, SqlQueryable } from '@mutualis/shared/event-store';
import { Contracts } from '../contracts';
import { CONTRACT_SCHEMA } from '../contract-schema';

/** What the contract service keeps of a tender until its lots are signed. */
interface TenderFacts {
  created?: TenderCreated;
  procedure?: ProcedureChosen;
  published?: TenderPublished;
}

const TABLE = `${CONTRACT_SCHEMA}.tender_facts`;

/** The contract of a tender's lot: one id per lot, so an award delivered twice finds the contract it opened. */
export const contractIdOf = (tenderId: string, lot: number) => uuidv5(`contract:${tenderId}:lot-${lot}`);

/**
 * Process manager: when the tender service reports a lot's signature, the contract service opens its contract with
 * what the tender settled (kind, amount or maximum, beneficiaries, the rules in force at the launch). It keeps the
 * tender's creation, procedure and notice from the same ordered stream. Idempotent: the contract id comes from the
 * tender and lot, and the decider opens a contract once however often the award is delivered.
 */
@Injectable()
export class ContractOpenings implements OnModuleInit {
  constructor(
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(CONTEXT_SQL) private readonly sql: SqlExecutor,
    @Inject(Contracts) private readonly contracts: Contracts,
  ) {}

  async onModuleInit(): Promise<void> {
    await migrate(
      this.sql,
      CONTRACT_SCHEMA,
      [
        {
          version: 1,
          name: 'the tenders whose lots become contracts',
          sql: (s) => `CREATE TABLE ${s}.tender_facts (tender_id uuid PRIMARY KEY, facts jsonb NOT NULL);`,
        },
      ],
      'contract-openings',
    );
    this.runtime.addConsumer({
      name: 'contract.openings',
      topics: [eventsTopic('tender')],
      contracts: tenderContracts,
      streamOrder: true,
      handles: [
        'tender.TenderCreated',
        'tender.ProcedureChosen',
        'tender.TenderPublished',
        'tender.ContractSigned',
      ],
      handle: (event, tx) => this.learn(event, tx),
    });
  }

  private async learn(event: EventEnvelope, tx: SqlQueryable): Promise<void> {
    const tenderId = event.streamId.slice('tender-'.length);
    const facts = await fold<TenderFacts>(tx, TABLE, 'tender_id', tenderId, (known = {}) => {
      switch (event.type) {
        case 'tender.TenderCreated':
          return { ...known, created: event.data as TenderCreated };
        case 'tender.ProcedureChosen':
          return { ...known, procedure: event.data as ProcedureChosen };
        case 'tender.TenderPublished':
          return { ...known, published: event.data as TenderPublished };
        default:
          return known;
      }
    });
    if (event.type !== 'tender.ContractSigned') return;
    const signed = event.data as ContractSigned;
    const contract = openedContract(tenderId, facts, signed, event.id);
    await this.contracts.handleAsSystem(
      contract.consortiumId,
      contract.contractId,
      { type: 'OpenContract', contract },
      { correlationId: event.correlationId, causationId: event.id },
    );
  }
}

function openedContract(
  tenderId: string,
  facts: TenderFacts,
  signed: ContractSigned,
  eventId: string,
): ContractOpened {
  const { created, procedure, published } = facts;
  if (!created || !procedure || !published) {
    // The tender's stream is read in order: a signature always comes after its creation, procedure and notice.
    throw new Error(`tender ${tenderId} was signed before its creation, procedure and notice were seen`);
  }
  return {
    contractId: contractIdOf(tenderId, signed.lot),
    consortiumId: created.consortiumId,
    tenderId,
    lot: signed.lot,
    object: lotObject(created, signed.lot),
    cpvCode: created.cpvCode,
    nature: created.nature,
    buyer: created.buyer,
    procedure: procedure.procedure,
    // The regime the tender decided at its notice (procedure or value), never recomputed here (R2194-10).
    formalised: publishedRegime(procedure, published) === 'formalised',
    launchedOn: published.noticeSentOn,
    thresholdTable: published.thresholdTable,
    kind: created.framework ? 'framework-agreement' : 'contract',
    holderSiret: signed.supplierSiret,
    amountCents: signed.amountCents,
    signedOn: signed.signedOn,
    beneficiaries: created.beneficiaries,
    // The initial period the tender stated: an accord-cadre's, or the one its reconductions renew (C9).
    durationMonths: created.framework?.durationMonths ?? created.reconductions?.initialMonths ?? null,
    openedFrom: eventId,
    ...tenderedRenewals(created),
  };
}

/**
 * C9 (R2112-4): the reconductions the tender announced, the only ones the contract will accept. Facts kept before
 * tender events were upcast on receipt hold no `reconductions`: the contract is then opened as before, its
 * notification's reconductions standing.
 */
function tenderedRenewals(created: TenderCreated): Pick<ContractOpened, 'tenderedRenewals'> {
  const announced = created.reconductions as TenderCreated['reconductions'] | undefined;
  if (announced === undefined) return {};
  return {
    tenderedRenewals: announced && {
      count: announced.count,
      monthsEach: announced.monthsEach,
      tacit: announced.tacit,
    },
  };
}

/** The contract's object: the tender's, and the lot's title when there are several lots. */
function lotObject(created: TenderCreated, lot: number): string {
  const title = created.lots.length > 1 ? created.lots.find((each) => each.number === lot)?.title : undefined;
  return (title ? `${created.object} — lot ${lot} : ${title}` : created.object).slice(0, 4000);
}
