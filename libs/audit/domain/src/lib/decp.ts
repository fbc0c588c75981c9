import Ajv from 'ajv';
import {
  AmendmentSigned,
  ContractCcag,
  ContractNotified,
  ContractOpened,
  ExecutionClauses,
  OperatorGrouping,
  PlaceOfExecution,
  PlaceOfExecutionKind,
  PriceForm,
  PriceType,
  SubcontractorAccepted,
  SubcontractPriceVariation,
} from '@mutualis/shared/contracts';
import { PROCEDURE_NAMES } from './procedure-names';
import schema from './data/schema_decp_v2.0.3.json';

/**
 * The données essentielles of pooled contracts (DECP, 2024 format, schema 2.0.3; rules D1–D3): one record per
 * notified marché from the publication threshold up, its modifications appended as they are signed, the
 * coordinator's SIRET as the buyer of a groupement's contract.
 */

/** D1: from 40 000 € HT (a 2026 alignment on 60 000 € is UNCONFIRMED), for contracts notified from 2024. */
export const DECP_THRESHOLD_CENTS = 4_000_000;
export const DECP_FROM = '2024-01-01';

const CCAGS: Record<ContractCcag, string> = {
  FCS: 'Fournitures courantes et services',
  TIC: "Techniques de l'information et de la communication",
  PI: 'Prestations intellectuelles',
  MI: 'Marchés industriels',
  MOE: "Maitrise d'œuvre",
  Travaux: 'Travaux',
  none: 'Pas de CCAG',
};
const PRICE_FORMS: Record<PriceForm, string> = {
  unit: 'Unitaire',
  'lump-sum': 'Forfaitaire',
  mixed: 'Mixte',
};
const PLACE_CODES: Record<PlaceOfExecutionKind, string> = {
  commune: 'Code commune',
  department: 'Code département',
  region: 'Code région',
  country: 'Code pays',
};
const GROUPINGS: Record<OperatorGrouping, string> = {
  none: 'Pas de groupement',
  conjoint: 'Conjoint',
  solidaire: 'Solidaire',
};
const PRICE_VARIATIONS: Record<SubcontractPriceVariation, string> = {
  firm: 'Ferme',
  adjustable: 'Actualisable',
  revisable: 'Révisable',
};
const PRICE_TYPES: Record<PriceType, string> = {
  firm: 'Définitif ferme',
  adjustable: 'Définitif actualisable',
  revisable: 'Définitif révisable',
  provisional: 'Provisoire',
};

export interface NotifiedAmendment {
  signed: AmendmentSigned;
  notifiedOn: string;
}

/** What the audit ledger knows of one contract: its award, notification and avenants, and its tender's facts. */
export interface DecpFacts {
  coordinatorSiret: string;
  /** The main place of execution the consultation stated (INSEE code and its kind). */
  placeOfExecution: PlaceOfExecution;
  /** The social and environmental clauses of execution the consultation set. */
  clauses: ExecutionClauses;
  opened: ContractOpened;
  notified: ContractNotified;
  /** The avenants notified to the holder, in the order of their notification (D1: unnotified ones are not yet due). */
  amendments: NotifiedAmendment[];
  /** How the holder answered: alone or in a grouping (R2142-20), as its bid said; `none` for older bids. */
  operatorGrouping: OperatorGrouping;
  /** The actes spéciaux de sous-traitance, in the order they were accepted. */
  subcontractors: SubcontractorAccepted[];
  /** Offers received on the lot, irregular and abnormally low ones included. */
  offersReceived: number;
  environmentalCriterion: boolean;
  socialCriterion: boolean;
  innovative: boolean;
  /** The day the record (and each modification) is published. */
  publishedOn: string;
}

/** Whether the contract's essential data must be published (D1). */
export function decpDue(opened: ContractOpened, notified: ContractNotified): boolean {
  return opened.amountCents >= DECP_THRESHOLD_CENTS && notified.notifiedOn >= DECP_FROM;
}

/** The DECP record of one contract: initial fields as notified, then one modification per avenant (D1–D3). */
export function decpRecord(facts: DecpFacts): Record<string, unknown> {
  const { opened, notified, amendments, publishedOn } = facts;
  const framework = opened.kind === 'framework-agreement';
  const renewalMonths = (notified.renewals?.count ?? 0) * (notified.renewals?.monthsEach ?? 0);
  const initialMonths = notified.durationMonths + renewalMonths; // D3: reconductions included
  let months = initialMonths;
  const holder = (siret: string) => [{ titulaire: { typeIdentifiant: 'SIRET', id: siret } }];
  const modifications = amendments.map(({ signed: amendment, notifiedOn }, index) => {
    months += amendment.extensionMonths;
    return {
      modification: {
        id: index + 1,
        dateNotificationModification: notifiedOn,
        datePublicationDonneesModification: publishedOn,
        montant: euros(amendment.amountAfterCents),
        ...(amendment.extensionMonths > 0 ? { dureeMois: months } : {}),
        ...(amendment.newHolderSiret ? { titulaires: holder(amendment.newHolderSiret) } : {}),
      },
    };
  });
  const advance = notified.advance.ratePercent > 0 && !notified.advance.waived;
  return {
    id: opened.contractId.replaceAll('-', '').slice(0, 16),
    acheteur: { id: facts.coordinatorSiret }, // D2: the coordinator for a pooled contract
    nature: 'Marché',
    objet: opened.object.slice(0, 1000),
    codeCPV: opened.cpvCode,
    techniques: { technique: [framework ? 'Accord-cadre' : 'Sans objet'] },
    modalitesExecution: { modaliteExecution: [framework ? 'Bons de commande' : 'Sans objet'] },
    marcheInnovant: facts.innovative,
    ccag: CCAGS[notified.ccag],
    offresRecues: Math.max(1, facts.offersReceived),
    attributionAvance: advance,
    ...(advance ? { tauxAvance: notified.advance.ratePercent / 100 } : {}),
    typeGroupementOperateurs: GROUPINGS[facts.operatorGrouping],
    sousTraitanceDeclaree: facts.subcontractors.length > 0,
    ...actesSousTraitance(facts.subcontractors, publishedOn),
    procedure: PROCEDURE_NAMES[opened.procedure],
    lieuExecution: { code: facts.placeOfExecution.code, typeCode: PLACE_CODES[facts.placeOfExecution.kind] },
    dureeMois: initialMonths,
    dateNotification: notified.notifiedOn,
    datePublicationDonnees: publishedOn,
    montant: euros(opened.amountCents), // D3: an accord-cadre's maximum
    typesPrix: { typePrix: [PRICE_TYPES[notified.priceType]] },
    formePrix: PRICE_FORMS[notified.priceForm],
    titulaires: holder(opened.holderSiret),
    considerationsSociales: {
      considerationSociale: orNone(
        [
          facts.clauses.socialClause && 'Clause sociale',
          facts.socialCriterion && 'Critère social',
          facts.clauses.reservedContract && 'Marché réservé',
        ],
        'Pas de considération sociale',
      ),
    },
    considerationsEnvironnementales: {
      considerationEnvironnementale: orNone(
        [
          facts.clauses.environmentalClause && 'Clause environnementale',
          facts.environmentalCriterion && 'Critère environnemental',
        ],
        'Pas de considération environnementale',
      ),
    },
    ...(modifications.length > 0 ? { modifications } : {}),
  };
}

const euros = (cents: number) => cents / 100;

/** The considerations that apply, or the schema's word for none. */
const orNone = (considerations: (string | false)[], none: string): string[] => {
  const applying = considerations.filter((one): one is string => one !== false);
  return applying.length > 0 ? applying : [none];
};

/**
 * The actes spéciaux de sous-traitance, numbered in the order of their notification; an acte accepted before its
 * amount HT, duration and price variation were recorded (version 1) is declared but cannot be described.
 */
function actesSousTraitance(subcontractors: SubcontractorAccepted[], publishedOn: string) {
  const actes = subcontractors.flatMap((acte, index) => {
    const { subcontractCentsHT, durationMonths, priceVariation } = acte;
    if (!subcontractCentsHT || !durationMonths || !priceVariation) return [];
    return [
      {
        acteSousTraitance: {
          id: index + 1,
          sousTraitant: { typeIdentifiant: 'SIRET', id: acte.subcontractorSiret },
          dureeMois: durationMonths,
          dateNotification: acte.acceptedOn,
          datePublicationDonnees: publishedOn,
          montant: euros(subcontractCentsHT),
          variationPrix: PRICE_VARIATIONS[priceVariation],
        },
      },
    ];
  });
  return actes.length > 0 ? { actesSousTraitance: actes } : {};
}

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The problems that keep a DECP document from validating against the official schema; empty when it is valid. */
export function decpProblems(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
  );
}

/** The document published: the records, under the official root. */
export function decpDocument(records: Record<string, unknown>[]): {
  marches: { marche: Record<string, unknown>[] };
} {
  return { marches: { marche: records } };
}
