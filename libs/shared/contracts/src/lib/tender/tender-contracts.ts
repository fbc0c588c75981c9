import { EventContracts } from '../event-contracts';
import { schemaContract } from '../schema-contract';
import {
  cents,
  date,
  instant,
  list,
  lotNumber,
  nullable,
  object,
  oneOf,
  oneOfOrNull,
  optional,
  siret,
  textUpTo,
  uuid,
} from '../schema-parts';
import {
  AWARD_DOCUMENTS,
  NEGOTIATION_GROUNDS,
  NON_ALLOTMENT_GROUNDS,
  OPERATOR_GROUPINGS,
  PLACE_OF_EXECUTION_KINDS,
  SPECIFIC_SERVICES_CATEGORIES,
  TENDER_PROCEDURES,
  TIE_BREAK_RULES,
} from './tender-events';

const text = textUpTo(4000);

const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;

const sealed = object({ keyId: uuid, ciphertext: { type: 'string', minLength: 1, maxLength: 2_000_000 } });

const contracts = [
  // Version 2 adds optional properties only (a lot's own turnover requirement, the tie-break rule, the category of
  // specific services): every version 1 payload is a version 2 payload that means the same. Version 3 adds the
  // reconductions, the place of execution and the clauses of execution, required: older events are upcast
  // (tender-upcasters.ts) to what they meant, no reconduction, the place unknown, no clause.
  schemaContract(
    'tender.TenderCreated',
    3,
    optional(
      object({
        tenderId: uuid,
        consortiumId: uuid,
        object: text,
        cpvCode: { type: 'string', pattern: '^[0-9]{8}-[0-9]$' },
        nature: oneOf(['supplies', 'services', 'works']),
        buyer: oneOf(['sub-central', 'central', 'utility']),
        lots: {
          ...list(
            optional(
              object({
                number: lotNumber,
                title: text,
                estimatedCents: cents,
                smallLotMapa: { type: 'boolean' },
                turnoverRequirementCents: nullable(cents),
              }),
              'turnoverRequirementCents',
            ),
            1000,
          ),
          minItems: 1,
        },
        estimatedCents: cents,
        beneficiaries: list(siret),
        censusId: nullable(uuid),
        framework: nullable(
          object({
            maximumCents: { ...cents, minimum: 1 },
            durationMonths: { type: 'integer', minimum: 1, maximum: 600 },
            justification: nullable(text),
          }),
        ),
        nonAllotment: nullable(object({ ground: oneOf(NON_ALLOTMENT_GROUNDS), motivation: text })),
        turnoverRequirementCents: nullable(cents),
        innovative: { type: 'boolean' },
        tieBreak: oneOf(TIE_BREAK_RULES),
        specificServicesCategory: oneOfOrNull(SPECIFIC_SERVICES_CATEGORIES),
        reconductions: nullable(
          object({
            initialMonths: { type: 'integer', minimum: 1, maximum: 600 },
            count: { type: 'integer', minimum: 1, maximum: 20 },
            monthsEach: { type: 'integer', minimum: 1, maximum: 600 },
            tacit: { type: 'boolean' },
          }),
        ),
        placeOfExecution: nullable(
          object({
            code: { type: 'string', pattern: '^[0-9A-Z]{2,5}$' },
            kind: oneOf(PLACE_OF_EXECUTION_KINDS),
          }),
        ),
        executionClauses: object({
          socialClause: { type: 'boolean' },
          reservedContract: { type: 'boolean' },
          environmentalClause: { type: 'boolean' },
        }),
      }),
      'tieBreak',
      'specificServicesCategory',
    ),
  ),
  schemaContract(
    'tender.ProcedureChosen',
    1,
    object({
      procedure: oneOf(TENDER_PROCEDURES),
      negotiationGround: oneOfOrNull(NEGOTIATION_GROUNDS),
      required: oneOf(['dispense', 'mapa', 'formalised']),
      thresholdTable: date,
    }),
  ),
  schemaContract(
    'tender.CriteriaSet',
    1,
    object({
      lot: lotNumber,
      criteria: list(
        object({
          name: text,
          weightPercent: { type: 'integer', minimum: 0, maximum: 100 },
          kind: oneOf(['price', 'cost', 'quality', 'environmental', 'social', 'other']),
          environmental: { type: 'boolean' },
        }),
        50,
      ),
    }),
  ),
  // Version 2 adds the regime the consultation follows (formalised by its procedure or its value), optional: a
  // version 1 payload is read with the same rule from the procedure chosen (publishedRegime), so no upcaster.
  schemaContract(
    'tender.TenderPublished',
    2,
    optional(
      object({
        object: text,
        noticeSentOn: date,
        deadlineAt: instant,
        electronic: { type: 'boolean' },
        pin: { type: 'boolean' },
        urgency: { type: 'boolean' },
        publicity: oneOf(['none', 'free', 'boamp-or-jal', 'boamp-and-joue']),
        required: oneOf(['dispense', 'mapa', 'formalised']),
        thresholdTable: date,
        regime: oneOf(['dispense', 'mapa', 'formalised']),
      }),
      'regime',
    ),
  ),
  schemaContract('tender.QuestionAsked', 1, object({ questionId: uuid, lot: nullable(lotNumber), text })),
  schemaContract('tender.AnswerPublished', 1, object({ questionId: uuid, answer: text })),
  schemaContract('tender.DeadlineExtended', 1, object({ deadlineAt: instant, reason: text })),
  schemaContract('tender.NoticeAmended', 1, object({ amendmentId: uuid, sentOn: date, summary: text })),
  schemaContract(
    'tender.CandidatureSubmitted',
    1,
    object({ candidatureId: uuid, supplierSiret: siret, form: oneOf(['dume', 'dc1-dc2']) }),
  ),
  schemaContract(
    'tender.CandidatesInvited',
    1,
    object({
      suppliers: { ...list(siret, 1000), minItems: 1 },
      sentOn: date,
      offersDeadlineAt: instant,
      electronic: { type: 'boolean' },
    }),
  ),
  schemaContract(
    'tender.BidSubmitted',
    2,
    optional(
      object({
        bidId: uuid,
        lot: lotNumber,
        supplierSiret: siret,
        sealed,
        contentSha256: sha256,
        declaration: oneOf(['dume', 'dc1-dc2']),
        operatorGrouping: oneOf(OPERATOR_GROUPINGS),
      }),
      // Version 2 adds the sworn declaration and the grouping, absent from version 1 bids: no upcaster is needed.
      'declaration',
      'operatorGrouping',
    ),
  ),
  schemaContract('tender.BidWithdrawn', 1, object({ bidId: uuid })),
  schemaContract(
    'tender.BidsOpened',
    1,
    object({
      openedAt: instant,
      openedBy: text,
      bids: list(object({ lot: lotNumber, bidIds: list(uuid) }), 1000),
    }),
  ),
  schemaContract(
    'tender.BidScored',
    1,
    object({
      bidId: uuid,
      scores: list(object({ criterion: text, score: { type: 'integer', minimum: 0, maximum: 100 } }), 50),
      weightedTotal: { type: 'integer', minimum: 0, maximum: 10_000 },
    }),
  ),
  schemaContract('tender.ExplanationRequested', 1, object({ bidId: uuid, requestedOn: date })),
  schemaContract(
    'tender.ExplanationAssessed',
    1,
    object({ bidId: uuid, justified: { type: 'boolean' }, assessment: text }),
  ),
  schemaContract(
    'tender.BidFoundIrregular',
    1,
    object({ bidId: uuid, kind: oneOf(['irregular', 'unacceptable', 'inappropriate']), detail: text }),
  ),
  schemaContract(
    'tender.RegularisationRequested',
    1,
    object({ lot: lotNumber, bidIds: list(uuid), deadlineAt: instant }),
  ),
  schemaContract('tender.BidRegularised', 1, object({ bidId: uuid, sealed, contentSha256: sha256 })),
  schemaContract(
    'tender.BidRejected',
    1,
    object({
      bidId: uuid,
      reason: oneOf(['abnormally-low', 'irregular', 'unacceptable', 'inappropriate', 'ineligible']),
      legalReference: text,
    }),
  ),
  schemaContract(
    'tender.TieDrawn',
    1,
    object({ lot: lotNumber, bidIds: { ...list(uuid, 1000), minItems: 2 }, drawnBy: text, drawnOn: date }),
  ),
  schemaContract(
    'tender.AwardDocumentsRequested',
    1,
    object({
      lot: lotNumber,
      bidId: uuid,
      supplierSiret: siret,
      documents: { ...list(oneOf(AWARD_DOCUMENTS), AWARD_DOCUMENTS.length), minItems: 1 },
      requestedOn: date,
      dueOn: date,
      legalReference: oneOf(['R2144-4']),
    }),
  ),
  schemaContract(
    'tender.CandidatureDeclaredInadmissible',
    1,
    object({
      lot: lotNumber,
      bidId: uuid,
      supplierSiret: siret,
      requestedOn: date,
      dueOn: date,
      declaredOn: date,
      legalReference: oneOf(['R2144-7']),
    }),
  ),
  schemaContract(
    'tender.LotAwarded',
    1,
    object({
      lot: lotNumber,
      bidId: uuid,
      supplierSiret: siret,
      ranking: list(object({ bidId: uuid, weightedTotal: { type: 'integer', minimum: 0, maximum: 10_000 } })),
      decidedOn: date,
    }),
  ),
  schemaContract(
    'tender.RejectionNoticesSent',
    1,
    object({
      lot: lotNumber,
      sentOn: date,
      electronic: { type: 'boolean' },
      standstillEndsOn: nullable(date),
    }),
  ),
  schemaContract(
    'tender.AwardTransferred',
    1,
    object({ lot: lotNumber, fromBidId: uuid, toBidId: uuid, supplierSiret: siret, reason: text }),
  ),
  schemaContract(
    'tender.ContractSigned',
    1,
    object({
      lot: lotNumber,
      bidId: uuid,
      supplierSiret: siret,
      signedOn: date,
      amountCents: cents,
      awardNoticeDueBy: nullable(date),
    }),
  ),
  schemaContract(
    'tender.LotClosedWithoutAward',
    1,
    object({ lot: lotNumber, outcome: oneOf(['unsuccessful', 'abandoned']), reason: text }),
  ),
  schemaContract(
    'tender.AwardNoticePublished',
    1,
    object({ lot: lotNumber, publishedOn: date, reference: textUpTo(200) }),
  ),
];

/** Every event type the tender lifecycle publishes, at its current schema version. */
export const tenderContracts = new EventContracts(contracts);

const versions = new Map(contracts.map((contract) => [contract.type, contract.schemaVersion]));

/** The schema version a tender event is written with: its contract's current one. */
export const tenderSchemaVersion = (type: string): number => versions.get(type) ?? 1;
