import { createHash } from 'node:crypto';
import { addDays } from '@mutualis/procurement-rules';
import { Principal } from '@mutualis/shared/api/local';
import { actors } from '../actors';
import { RequestRefused } from '../client';
import { Demo } from '../demo';
import { Groupement } from './onboarding';

/** A company of the demonstration: fictitious, with a SIRET whose Luhn key is right (rule S1). */
export interface Company {
  siret: string;
  legalName: string;
  size: 'micro' | 'pme' | 'eti' | 'ge';
  address: { street: string; postalCode: string; city: string };
  cpvCodes: string[];
  contact: { name: string; email: string; phone: string };
}

export const OCCITANIE_AUDIT: Company = {
  siret: '83451276600017',
  legalName: 'Occitanie Cyber Audit SAS',
  size: 'pme',
  address: { street: '18 allées Jean Jaurès', postalCode: '31000', city: 'Toulouse' },
  cpvCodes: ['72150000', '79212000'],
  contact: {
    name: 'Inès Garrigues',
    email: 'i.garrigues@occitanie-cyber.example',
    phone: '+33 5 61 00 00 01',
  },
};
export const GARONNE_SOC: Company = {
  siret: '85290314500013',
  legalName: 'Garonne SOC Services SAS',
  size: 'eti',
  address: { street: '5 avenue Latécoère', postalCode: '31700', city: 'Blagnac' },
  cpvCodes: ['72315200', '72150000'],
  contact: { name: 'Bruno Fabre', email: 'b.fabre@garonne-soc.example', phone: '+33 5 61 00 00 02' },
};
export const FORM_AGENTS: Company = {
  siret: '79816543700012',
  legalName: 'Form’Agents Numériques SARL',
  size: 'micro',
  address: { street: '3 rue de la Mairie', postalCode: '81000', city: 'Albi' },
  cpvCodes: ['80533100'],
  contact: { name: 'Claire Bousquet', email: 'c.bousquet@formagents.example', phone: '+33 5 63 00 00 03' },
};
export const SECURINFO: Company = {
  siret: '90127468800018',
  legalName: 'Sécurinfo Midi SAS',
  size: 'pme',
  address: { street: '40 boulevard Alsace-Lorraine', postalCode: '82000', city: 'Montauban' },
  cpvCodes: ['72150000', '72315200', '80533100'],
  contact: { name: 'Marc Delpech', email: 'm.delpech@securinfo.example', phone: '+33 5 63 00 00 04' },
};

export const COMPANIES = [OCCITANIE_AUDIT, GARONNE_SOC, FORM_AGENTS, SECURINFO] as const;
/** The company the platform administrator excludes (L2141-1: a final conviction for corruption). */
export const EXCLUDED = SECURINFO;

/** The company that bids without its attestation de régularité fiscale: it is asked for it at the award. */
export const WITHOUT_TAX_ATTESTATION = FORM_AGENTS;

/**
 * The supplier registry is platform-wide: each company registers once, then files its documents (attestation de
 * vigilance URSSAF < 6 months, D8222-5; attestation de régularité fiscale, L2141-2; Kbis; insurance). None is needed
 * to bid (R2143-3): Form'Agents files no tax attestation and is asked for it only if the award is to go to it. A
 * second run finds them registered and files fresh attestations.
 */
export async function registerSuppliers(demo: Demo, groupement: Groupement): Promise<void> {
  const { api, calendar } = demo;
  demo.chapter('2. Suppliers: registration, compliance documents, one exclusion');
  await demo.moveTo('suppliers');
  for (const company of COMPANIES) {
    const self = actors.supplier(company.siret, groupement.consortiumId);
    if (await isRegistered(demo, company.siret)) {
      demo.say(`${company.legalName} (SIRET ${company.siret}) is already in the platform's registry.`);
    } else {
      const { contact, ...registration } = company;
      await api.post('supplier', '/suppliers', { ...registration, contacts: [contact] }, self);
      demo.say(
        `${company.legalName} registers (SIRET ${company.siret}, ${company.size}, CPV ${company.cpvCodes.join(' ')}).`,
      );
      if (company === GARONNE_SOC) await recordIso27001(demo, company, self);
    }
    // Excluded before its documents follow in its stream: a service that has learnt the documents has learnt the
    // exclusion too, so no service can take the company for eligible in between.
    if (company === EXCLUDED) await exclude(demo);
    const documents = [
      { kind: 'urssaf-vigilance', issuedOn: calendar.daysBefore(10) },
      { kind: 'tax-regularity', issuedOn: calendar.daysBefore(20), expiresOn: addDays(calendar.start, 345) },
      { kind: 'kbis', issuedOn: calendar.daysBefore(15) },
      { kind: 'insurance', issuedOn: calendar.daysBefore(30), expiresOn: addDays(calendar.start, 335) },
    ].filter((document) => company !== WITHOUT_TAX_ATTESTATION || document.kind !== 'tax-regularity');
    for (const document of documents) await fileDocument(demo, company, document, self);
    demo.say(
      company === WITHOUT_TAX_ATTESTATION
        ? `  files its attestation de vigilance URSSAF, Kbis and insurance, not its attestation fiscale.`
        : `  files its attestation de vigilance URSSAF, attestation fiscale, Kbis and insurance.`,
    );
  }
  for (const company of COMPANIES) {
    const { mayBid, mayBeAwarded, reasons } = await eligibilityOf(demo, company.siret);
    const why = reasons.map((reason) => reason.code).join(', ');
    const may = !mayBid
      ? `may not bid (${why})`
      : mayBeAwarded
        ? 'may bid'
        : `may bid, its sworn declaration standing for what it lacks (${why})`;
    demo.say(`Eligibility on ${calendar.on('suppliers')}: ${company.legalName} ${may}.`);
  }
}

/** A supplier files one of its documents in the registry, the file known by its fingerprint. */
export async function fileDocument(
  demo: Demo,
  company: Company,
  document: { kind: string; issuedOn: string; expiresOn?: string },
  self: Principal,
): Promise<void> {
  const fileName = `${document.kind}-${company.siret}-${document.issuedOn}.pdf`;
  await demo.api.post(
    'supplier',
    `/suppliers/${company.siret}/documents`,
    { ...document, fileName, fileSha256: sha256(fileName) },
    self,
  );
}

/** The platform administrator records Sécurinfo's exclusion (L2141-1), once: later runs find it in force. */
async function exclude(demo: Demo): Promise<void> {
  const { api, calendar } = demo;
  const eligibility = await eligibilityOf(demo, EXCLUDED.siret);
  if (eligibility.reasons.some((reason) => reason.code === 'excluded')) {
    demo.say(`${EXCLUDED.legalName} is still excluded from an earlier run's decision.`);
  } else {
    const { exclusionId } = await api.post<{ exclusionId: string }>(
      'supplier',
      `/suppliers/${EXCLUDED.siret}/exclusions`,
      {
        ground: 'L2141-1',
        decidedOn: calendar.daysBefore(200),
        reference: `TJ Toulouse, ${calendar.daysBefore(200)}, n° 24/04117`,
        description: 'Condamnation définitive pour corruption active (art. 433-1 du code pénal)',
      },
      actors.platformAdmin(),
    );
    demo.say(
      `The platform administrator excludes ${EXCLUDED.legalName} (exclusion ${exclusionId}, L2141-1, 5 years).`,
    );
  }
}

async function recordIso27001(demo: Demo, company: Company, self: Principal): Promise<void> {
  const { calendar } = demo;
  await demo.api.post(
    'supplier',
    `/suppliers/${company.siret}/certifications`,
    {
      scheme: 'iso-27001',
      label: 'ISO/IEC 27001:2022',
      scope: 'Centre opérationnel de sécurité, Blagnac',
      issuer: 'AFNOR Certification',
      validFrom: calendar.daysBefore(400),
      expiresOn: addDays(calendar.start, 1000),
    },
    self,
  );
  demo.say(`  records its ISO/IEC 27001 certification.`);
}

async function isRegistered(demo: Demo, siret: string): Promise<boolean> {
  try {
    await demo.api.get('supplier', `/suppliers/${siret}`, actors.platformAdmin());
    return true;
  } catch (error) {
    if (error instanceof RequestRefused && error.status === 404) return false;
    throw error;
  }
}

function eligibilityOf(demo: Demo, siret: string) {
  return demo.api.get<{ mayBid: boolean; mayBeAwarded: boolean; reasons: { code: string }[] }>(
    'supplier',
    `/suppliers/${siret}/eligibility?on=${demo.calendar.on('suppliers')}`,
    actors.platformAdmin(),
  );
}

/** The fingerprint the registry keeps of a filed document (the file itself stays with the company). */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
