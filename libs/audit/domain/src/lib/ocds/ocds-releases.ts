import {
  AwardTransferred,
  BidsOpened,
  BidSubmitted,
  CandidatesInvited,
  ContractOpened,
  ContractSigned,
  CriteriaSet,
  DeadlineExtended,
  EventEnvelope,
  LotAwarded,
  LotClosedWithoutAward,
  NoticeAmended,
  ProcedureChosen,
  RejectionNoticesSent,
  TenderCreated,
  TenderProcedure,
  TenderPublished,
} from '@mutualis/shared/contracts';
import { PROCEDURE_NAMES } from '../procedure-names';
import { Json, OcdsRelease } from './ocds-merge';
import { contractStep } from './ocds-contract-steps';
import { awardId, instant, Procedure, Step, value } from './ocds-procedure';
import { organisationNames, OrganisationNames, parties, PartyRole, reference } from './ocds-parties';

/**
 * The OCDS releases of a consortium's procedures (D4), from its audit ledger: one `ocid` per consultation, one
 * release per business step, tagged with the step's OCDS tag, each carrying what that step made public.
 *
 * Some events make nothing public and give no release: a bid or a candidature before the opening (the tenderers
 * are disclosed by the opening's release), the evaluation's scores, explanations and irregularities (the award's
 * release carries their outcome), an invoice until it is paid, penalties, subcontracting, suspension and resumption
 * (no place for them in the OCDS core).
 */

const CATEGORIES = { supplies: 'goods', services: 'services', works: 'works' } as const;
const METHODS: Record<TenderProcedure, string> = {
  open: 'open',
  mapa: 'open',
  restricted: 'selective',
  negotiated: 'selective',
  'competitive-dialogue': 'selective',
  dispense: 'direct',
};

const lotItem = (lot: number, title: string, cpvCode: string) => ({
  id: `lot-${lot}`,
  description: `Lot ${lot} : ${title}`,
  classification: { scheme: 'CPV', id: cpvCode },
});
/** The releases of each procedure of the ledger, oldest first, keyed by `ocid`. */
export function ocdsReleases(events: EventEnvelope[], ocidPrefix: string): Map<string, OcdsRelease[]> {
  const names = organisationNames(events);
  const opened = events
    .filter((event) => event.type === 'contract.ContractOpened')
    .map((event) => event.data as ContractOpened);
  const tenderOfContract = new Map(
    opened.map((one) => [`contract-${one.contractId}`, `tender-${one.tenderId}`]),
  );
  const procedures = new Map<string, Procedure>();
  const releases = new Map<string, OcdsRelease[]>();
  // A consultation's steps come before its contracts' (a contract opens from a signed award), but the ledger
  // receives each context's topic at its own pace: the tender streams are read first, then the contracts'.
  const ordered = [
    ...events.filter((event) => event.type.startsWith('tender.')),
    ...events.filter((event) => event.type.startsWith('contract.')),
  ];
  for (const event of ordered) {
    if (event.type === 'tender.TenderCreated') {
      procedures.set(event.streamId, newProcedure(event.data as TenderCreated, opened, ocidPrefix));
    }
    const procedure =
      procedures.get(event.streamId) ?? procedures.get(tenderOfContract.get(event.streamId) ?? '');
    if (!procedure) continue;
    const step = releaseOf(event, procedure, names);
    if (!step) continue;
    const list = releases.get(procedure.ocid) ?? [];
    list.push({
      ocid: procedure.ocid,
      id: event.id,
      date: event.recordedAt,
      tag: [step.tag],
      initiationType: 'tender',
      language: 'fr',
      ...step.fields,
    });
    releases.set(procedure.ocid, list);
  }
  for (const list of releases.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return releases;
}

function newProcedure(created: TenderCreated, opened: ContractOpened[], ocidPrefix: string): Procedure {
  return {
    ocid: `${ocidPrefix}-${created.tenderId}`,
    tenderId: created.tenderId,
    lots: new Map(created.lots.map((lot) => [lot.number, lot.title])),
    criteria: new Map(),
    bidders: new Map(),
    published: false,
    awards: new Map(),
    closedLots: new Map(),
    contracts: new Map(
      opened.filter((one) => one.tenderId === created.tenderId).map((one) => [one.contractId, one]),
    ),
    orders: new Map(),
    invoices: new Map(),
    roles: new Map(),
  };
}

function releaseOf(event: EventEnvelope, procedure: Procedure, names: OrganisationNames): Step | null {
  const data = event.data;
  switch (event.type) {
    case 'tender.TenderCreated':
      return planning(data as TenderCreated, procedure, names, event.consortiumId);
    case 'tender.ProcedureChosen': {
      const chosen = data as ProcedureChosen;
      return {
        tag: procedure.published ? 'tenderUpdate' : 'planningUpdate',
        fields: {
          tender: {
            id: procedure.tenderId,
            procurementMethod: METHODS[chosen.procedure],
            procurementMethodDetails: PROCEDURE_NAMES[chosen.procedure],
            ...(chosen.negotiationGround
              ? { procurementMethodRationale: `R2124-3 : ${chosen.negotiationGround}` }
              : {}),
          },
        },
      };
    }
    case 'tender.CriteriaSet':
      return criteria(data as CriteriaSet, procedure);
    case 'tender.TenderPublished': {
      const published = data as TenderPublished;
      procedure.published = true;
      return {
        tag: 'tender',
        fields: {
          tender: {
            id: procedure.tenderId,
            title: published.object,
            status: 'active',
            tenderPeriod: { startDate: instant(published.noticeSentOn), endDate: published.deadlineAt },
            submissionMethod: [published.electronic ? 'electronicSubmission' : 'written'],
          },
        },
      };
    }
    case 'tender.QuestionAsked':
    case 'tender.AnswerPublished':
      return {
        tag: 'tenderUpdate',
        fields: { tender: { id: procedure.tenderId, hasEnquiries: true } },
      };
    case 'tender.DeadlineExtended': {
      const extended = data as DeadlineExtended;
      return tenderAmendment(procedure, event, extended.reason, { endDate: extended.deadlineAt });
    }
    case 'tender.NoticeAmended': {
      const amended = data as NoticeAmended;
      return tenderAmendment(procedure, event, amended.summary, null);
    }
    case 'tender.CandidatesInvited': {
      const invited = data as CandidatesInvited;
      return {
        tag: 'tenderUpdate',
        fields: {
          tender: { id: procedure.tenderId, tenderPeriod: { endDate: invited.offersDeadlineAt } },
        },
      };
    }
    case 'tender.BidSubmitted': {
      const bid = data as BidSubmitted;
      procedure.bidders.set(bid.bidId, bid.supplierSiret);
      return null;
    }
    case 'tender.BidsOpened':
      return opening(data as BidsOpened, procedure, names);
    case 'tender.LotAwarded': {
      const awarded = data as LotAwarded;
      return award(procedure, awarded.lot, awarded.bidId, awarded.supplierSiret, awarded.decidedOn, names);
    }
    case 'tender.RejectionNoticesSent': {
      const sent = data as RejectionNoticesSent;
      const current = procedure.awards.get(sent.lot);
      if (!current || !sent.standstillEndsOn) return null;
      return {
        tag: 'awardUpdate',
        fields: {
          tender: {
            id: procedure.tenderId,
            milestones: [
              {
                id: `standstill-lot-${sent.lot}`,
                title: `Délai de suspension (standstill), lot ${sent.lot}`,
                type: 'approval',
                dueDate: instant(sent.standstillEndsOn),
                status: 'scheduled',
              },
            ],
          },
        },
      };
    }
    case 'tender.AwardTransferred': {
      const transferred = data as AwardTransferred;
      const step = award(
        procedure,
        transferred.lot,
        transferred.toBidId,
        transferred.supplierSiret,
        event.occurredAt,
        names,
      );
      const awards = step.fields['awards'] as Json[];
      awards.unshift({ id: awardId(transferred.lot, transferred.fromBidId), status: 'cancelled' });
      return { tag: 'awardUpdate', fields: step.fields };
    }
    case 'tender.ContractSigned':
      return signature(data as ContractSigned, procedure);
    case 'tender.LotClosedWithoutAward':
      return closure(data as LotClosedWithoutAward, procedure);
    default:
      return event.type.startsWith('contract.') ? contractStep(event, procedure, names) : null;
  }
}

function planning(
  created: TenderCreated,
  procedure: Procedure,
  names: OrganisationNames,
  consortiumId: string,
): Step {
  const coordinator = names.coordinatorOf(consortiumId);
  return {
    tag: 'planning',
    fields: {
      ...(coordinator
        ? {
            ...parties(procedure, names, [coordinator, ['buyer', 'procuringEntity']]),
            buyer: reference(coordinator, names),
          }
        : {}),
      planning: {
        rationale: created.censusId
          ? `Recensement des besoins ${created.censusId} de ${created.beneficiaries.length} membres`
          : `Besoins de ${created.beneficiaries.length} membres du groupement`,
        budget: { description: 'Valeur estimée (R2121-1 à R2121-9)', amount: value(created.estimatedCents) },
      },
      tender: {
        id: created.tenderId,
        title: created.object,
        status: 'planning',
        mainProcurementCategory: CATEGORIES[created.nature],
        value: value(created.framework?.maximumCents ?? created.estimatedCents),
        items: created.lots.map((lot) => lotItem(lot.number, lot.title, created.cpvCode)),
        ...(coordinator ? { procuringEntity: reference(coordinator, names) } : {}),
      },
    },
  };
}

function criteria(set: CriteriaSet, procedure: Procedure): Step {
  procedure.criteria.set(
    set.lot,
    `Lot ${set.lot} : ${set.criteria.map((criterion) => `${criterion.name} ${criterion.weightPercent} %`).join(', ')}`,
  );
  const kinds = new Set(set.criteria.map((criterion) => criterion.kind));
  const only = kinds.size === 1 ? [...kinds][0] : null;
  return {
    tag: procedure.published ? 'tenderUpdate' : 'planningUpdate',
    fields: {
      tender: {
        id: procedure.tenderId,
        awardCriteria:
          only === 'price'
            ? 'priceOnly'
            : only === 'cost'
              ? 'costOnly'
              : only === 'quality'
                ? 'qualityOnly'
                : 'ratedCriteria',
        awardCriteriaDetails: [...procedure.criteria.entries()]
          .sort(([a], [b]) => a - b)
          .map(([, text]) => text)
          .join(' ; '),
      },
    },
  };
}

function tenderAmendment(
  procedure: Procedure,
  event: EventEnvelope,
  rationale: string,
  tenderPeriod: { endDate: string } | null,
): Step {
  return {
    tag: 'tenderAmendment',
    fields: {
      tender: {
        id: procedure.tenderId,
        ...(tenderPeriod ? { tenderPeriod } : {}),
        amendments: [{ id: event.id, date: event.recordedAt, rationale }],
      },
    },
  };
}

function opening(opened: BidsOpened, procedure: Procedure, names: OrganisationNames): Step {
  const sirets = [
    ...new Set(opened.bids.flatMap((lot) => lot.bidIds.map((bidId) => procedure.bidders.get(bidId) ?? ''))),
  ].filter((siret) => siret !== '');
  return {
    tag: 'tenderUpdate',
    fields: {
      ...parties(procedure, names, ...sirets.map((siret): PartyRole => [siret, ['tenderer']])),
      tender: {
        id: procedure.tenderId,
        status: 'complete',
        numberOfTenderers: sirets.length,
        tenderers: sirets.map((siret) => reference(siret, names)),
        awardPeriod: { startDate: opened.openedAt },
      },
    },
  };
}

function award(
  procedure: Procedure,
  lot: number,
  bidId: string,
  siret: string,
  decidedOn: string,
  names: OrganisationNames,
): Step {
  const id = awardId(lot, bidId);
  procedure.awards.set(lot, id);
  return {
    tag: 'award',
    fields: {
      ...parties(procedure, names, [siret, ['supplier']]),
      awards: [
        {
          id,
          title: `Lot ${lot} : ${procedure.lots.get(lot) ?? ''}`,
          status: 'pending',
          date: instant(decidedOn),
          suppliers: [reference(siret, names)],
        },
      ],
    },
  };
}

function signature(signed: ContractSigned, procedure: Procedure): Step {
  const id = awardId(signed.lot, signed.bidId);
  procedure.closedLots.set(signed.lot, 'signed');
  return {
    tag: 'contract',
    fields: {
      awards: [{ id, status: 'active', value: value(signed.amountCents) }],
      contracts: [
        {
          id: contractIdOf(procedure, signed.lot) ?? `${procedure.tenderId}-lot-${signed.lot}`,
          awardID: id,
          title: `Lot ${signed.lot} : ${procedure.lots.get(signed.lot) ?? ''}`,
          status: 'pending',
          dateSigned: instant(signed.signedOn),
          value: value(signed.amountCents),
        },
      ],
      ...tenderOutcome(procedure),
    },
  };
}

function closure(closed: LotClosedWithoutAward, procedure: Procedure): Step {
  procedure.closedLots.set(closed.lot, closed.outcome);
  const outcome = tenderOutcome(procedure);
  const tender = outcome.tender as { status?: string } | undefined;
  return {
    tag: tender?.status === 'cancelled' ? 'tenderCancellation' : 'tenderUpdate',
    fields: {
      tender: {
        id: procedure.tenderId,
        ...(tender?.status ? { status: tender.status } : {}),
        milestones: [
          {
            id: `lot-${closed.lot}-closed`,
            title: `Lot ${closed.lot} ${closed.outcome === 'unsuccessful' ? 'infructueux' : 'déclaré sans suite'}`,
            description: closed.reason,
            type: 'approval',
            status: 'met',
          },
        ],
      },
    },
  };
}

/** The tender's status once every lot is signed or closed: complete, or unsuccessful, or cancelled. */
function tenderOutcome(procedure: Procedure): Record<string, Json> {
  if (procedure.closedLots.size < procedure.lots.size) return {};
  const outcomes = new Set(procedure.closedLots.values());
  const status = outcomes.has('signed')
    ? 'complete'
    : outcomes.has('unsuccessful')
      ? 'unsuccessful'
      : 'cancelled';
  return { tender: { id: procedure.tenderId, status } };
}

function contractIdOf(procedure: Procedure, lot: number): string | undefined {
  return [...procedure.contracts.values()].find((opened) => opened.lot === lot)?.contractId;
}
