import { Pool } from 'pg';
import type { Principal, Role } from '@mutualis/shared/api';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startSupplierApp, SupplierApp } from '../testing/supplier-app';

const environment = useIntegrationEnvironment();
let service: SupplierApp;

const SIRET = '73282932000074';
/** A consortium the supplier never dealt with, and one that does not exist at all: neither entitles its roles. */
const OTHER_CONSORTIUM = '0190c6a4-7c1e-7000-8000-0000000000ee';
const NO_SUCH_CONSORTIUM = '0190c6a4-7c1e-7000-8000-00000000dead';
const CONTACT = { name: 'Maëlle Quéré', email: 'm.quere@example.fr', phone: '+33 2 99 00 00 01' };
/** What must never leave the service in clear but to those entitled. */
const PERSONAL_DATA = [CONTACT.name, CONTACT.email, CONTACT.phone];

/** Every role another consortium's tokens (or a token naming no real consortium) may carry. */
const STRANGERS: { label: string; role: Role; claims: Partial<Principal> }[] = [
  ...(['coordinator', 'member-buyer', 'auditor'] as const).flatMap((role) => [
    { label: `${role} of another consortium`, role, claims: { consortia: [OTHER_CONSORTIUM] } },
    {
      label: `${role} of a consortium that does not exist`,
      role,
      claims: { consortia: [NO_SUCH_CONSORTIUM] },
    },
  ]),
  { label: 'another supplier', role: 'supplier', claims: { supplierSiret: '44306184100047' } },
];

const ids: Record<string, string> = {};

beforeAll(async () => {
  service = await startSupplierApp(environment().databaseUrl);
  service.setNow('2026-11-29T09:00:00+01:00');
  const admin = await service.bearer('platform-admin');
  const registered = await service
    .http()
    .post('/suppliers')
    .set('Authorization', await service.bearer('supplier'))
    .send({
      siret: SIRET,
      legalName: 'Réseaux de l’Ouest SARL',
      address: { street: '3 rue de Brest', postalCode: '35000', city: 'Rennes' },
      size: 'pme',
      cpvCodes: ['72212000'],
      contacts: [CONTACT],
    });
  expect(registered.status).toBe(201);
  const filed = await service
    .http()
    .post(`/suppliers/${SIRET}/documents`)
    .set('Authorization', admin)
    .send({
      kind: 'urssaf-vigilance',
      issuedOn: '2026-11-02',
      fileSha256: 'c'.repeat(64),
      fileName: 'v.pdf',
    });
  const certified = await service
    .http()
    .post(`/suppliers/${SIRET}/certifications`)
    .set('Authorization', admin)
    .send({
      scheme: 'iso-27001',
      label: 'ISO/IEC 27001:2022',
      scope: 'Infogérance',
      issuer: 'AFNOR Certification',
      validFrom: '2025-01-15',
      expiresOn: '2028-01-15',
    });
  const excluded = await service
    .http()
    .post(`/suppliers/${SIRET}/exclusions`)
    .set('Authorization', admin)
    .send({
      ground: 'L2141-4',
      decidedOn: '2026-11-20',
      reference: 'Décision 2026-17',
      description: 'Défaut de dépôt des attestations',
    });
  ids['documentId'] = filed.body.documentId;
  ids['certificationId'] = certified.body.certificationId;
  ids['exclusionId'] = excluded.body.exclusionId;
});
environment.teardown(() => service.close());

/** Every GET route of the service's OpenAPI document, its parameters filled with this supplier's resources. */
async function everyReadRoute(): Promise<{ route: string; path: string; roles: Role[] }[]> {
  const document = (await service.http().get('/openapi.json')).body;
  return Object.entries(document.paths as Record<string, Record<string, Record<string, unknown>>>)
    .filter(([, operations]) => operations['get'])
    .map(([route, operations]) => ({
      route,
      path: route.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'supplierSiret' || name === 'siret' ? SIRET : (ids[name] ?? `unknown-${name}`),
      ),
      roles: (operations['get']!['x-mutualis-roles'] as Role[] | undefined) ?? [],
    }));
}

function carriesPersonalData(body: unknown, text: string): boolean {
  const seen = `${JSON.stringify(body)}${text}`;
  return PERSONAL_DATA.some((datum) => seen.includes(datum));
}

describe('personal data behind the right doors (RGPD art. 5.1.c and 32, ADR 0018)', () => {
  it('every read route of the registry shows no personal data to any role of another consortium', async () => {
    const routes = await everyReadRoute();
    expect(routes.map(({ route }) => route)).toEqual(
      expect.arrayContaining(['/suppliers/{supplierSiret}', '/suppliers/{supplierSiret}/history']),
    );
    const leaks: string[] = [];
    const answered: string[] = [];
    for (const stranger of STRANGERS) {
      const bearer = await service.bearer(stranger.role, stranger.claims);
      for (const { route, path } of routes) {
        const response = await service.http().get(path).set('Authorization', bearer);
        if (carriesPersonalData(response.body, response.text)) leaks.push(`${stranger.label}: GET ${route}`);
        if (route === '/suppliers/{supplierSiret}' && response.status === 200) answered.push(stranger.label);
      }
    }
    expect(leaks).toEqual([]);
    // The test is not vacuous: the consortium roles do read the supplier, only without its contacts.
    expect(answered).toEqual(STRANGERS.filter(({ role }) => role !== 'supplier').map(({ label }) => label));
  });

  it('the supplier itself and the platform administrator read the contacts in clear', async () => {
    for (const role of ['supplier', 'platform-admin'] as const) {
      const read = await service
        .http()
        .get(`/suppliers/${SIRET}`)
        .set('Authorization', await service.bearer(role));
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        personalData: 'revealed',
        contacts: [{ ...CONTACT, erased: false }],
      });
    }
  });

  it('logs every read in clear (who, whose, why) before decrypting, and no withheld read', async () => {
    const before = await reads();
    await service
      .http()
      .get(`/suppliers/${SIRET}`)
      .set('Authorization', await service.bearer('coordinator', { consortia: [OTHER_CONSORTIUM] }));
    expect(await reads()).toHaveLength(before.length);

    const read = await service
      .http()
      .get(`/suppliers/${SIRET}`)
      .set('Authorization', await service.bearer('platform-admin'))
      .set('X-Request-Id', 'pd-read-by-admin');
    const [personId] = read.body.contacts.map((contact: { personId: string }) => contact.personId);
    const after = await reads();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      reader: { userId: 'platform-admin-user', role: 'platform-admin' },
      subject: `supplier-${SIRET}`,
      personIds: [personId],
      purpose: 'platform-administration: GET /suppliers/{supplierSiret}',
      correlationId: 'pd-read-by-admin',
    });
    expect(new Date(after.at(-1)!.readAt).getTime()).not.toBeNaN();
  });

  it('names the supplier itself as reader of its own record, and shows the log to no one else', async () => {
    await service
      .http()
      .get(`/suppliers/${SIRET}`)
      .set('Authorization', await service.bearer('supplier'));
    expect((await reads('supplier')).at(-1)).toMatchObject({
      reader: { role: 'supplier', supplierSiret: SIRET },
      purpose: 'own-record: GET /suppliers/{supplierSiret}',
    });
    for (const role of ['coordinator', 'member-buyer', 'auditor'] as const) {
      const refused = await service
        .http()
        .get(`/suppliers/${SIRET}/personal-data-reads`)
        .set('Authorization', await service.bearer(role));
      expect(refused.status).toBe(403);
    }
  });

  it('keeps the log append-only: an UPDATE or DELETE of a logged read is refused by the database', async () => {
    const client = new Pool({ connectionString: environment().databaseUrl });
    try {
      await expect(
        client.query(`UPDATE supplier.personal_data_reads SET reader_user_id = 'nobody'`),
      ).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM supplier.personal_data_reads`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});

async function reads(role: 'platform-admin' | 'supplier' = 'platform-admin') {
  const response = await service
    .http()
    .get(`/suppliers/${SIRET}/personal-data-reads`)
    .set('Authorization', await service.bearer(role));
  expect(response.status).toBe(200);
  return response.body as { readAt: string }[];
}
