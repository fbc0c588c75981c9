import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startSupplierApp, SupplierApp } from '../testing/supplier-app';

const environment = useIntegrationEnvironment();
let service: SupplierApp;

beforeAll(async () => {
  service = await startSupplierApp(environment().databaseUrl);
  service.setNow('2026-11-29T09:00:00+01:00');
});
environment.teardown(() => service.close());

const SIRET = '73282932000074';
const OTHER_SIRET = '44306184100047';
const UNKNOWN_ID = '0190c6a5-1d2e-7f00-8a00-0000000000ff';
const registration = {
  siret: '732 829 320 00074',
  legalName: 'Cyberdéfense Atlantique SAS',
  address: { street: '12 quai de la Fosse', postalCode: '44000', city: 'Nantes' },
  size: 'pme',
  cpvCodes: ['72212000', '79212000-3'],
  contacts: [{ name: 'Camille Le Goff', email: 'c.legoff@example.fr', phone: '+33 2 40 00 00 00' }],
};
const vigilance = {
  kind: 'urssaf-vigilance',
  issuedOn: '2026-11-02',
  fileSha256: 'b'.repeat(64),
  fileName: 'attestation-vigilance-2026-11.pdf',
};

async function post(
  path: string,
  body: object,
  role: Parameters<SupplierApp['bearer']>[0] = 'platform-admin',
) {
  return service
    .http()
    .post(path)
    .set('Authorization', await service.bearer(role))
    .send(body);
}

async function get(path: string, role: Parameters<SupplierApp['bearer']>[0] = 'coordinator') {
  return service
    .http()
    .get(path)
    .set('Authorization', await service.bearer(role));
}

describe('registering suppliers (POST /suppliers)', () => {
  it('registers a supplier by its SIRET and shows it to itself with its contacts in clear, département and region derived', async () => {
    const response = await post('/suppliers', registration, 'supplier');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ siret: SIRET, streamId: `supplier-${SIRET}`, version: 1 });
    expect(response.headers['location']).toBe(`/suppliers/${SIRET}`);

    const read = await get(response.headers['location']!, 'supplier');
    expect(read.status).toBe(200);
    expect(read.headers['etag']).toBe('"1"');
    expect(read.body).toMatchObject({
      siret: SIRET,
      siren: '732829320',
      address: { departement: '44', region: '52' },
      cpvCodes: ['72212000-4', '79212000-3'],
      personalData: 'revealed',
      contacts: [{ name: 'Camille Le Goff', email: 'c.legoff@example.fr', erased: false }],
    });
  });

  it('shows a coordinator the supplier without its contacts’ personal data (RGPD art. 5.1.c, ADR 0018)', async () => {
    const read = await get(`/suppliers/${SIRET}`, 'coordinator');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      siret: SIRET,
      legalName: 'Cyberdéfense Atlantique SAS',
      personalData: 'withheld',
    });
    expect(read.body).not.toHaveProperty('contacts');
  });

  it('keeps contacts sealed in the stored events (personal data encrypted per person)', async () => {
    const history = await get(`/suppliers/${SIRET}/history`, 'auditor');
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).not.toContain('Camille');
    expect(history.body[0].data.contacts[0].sealed).toMatch(/^pd1\./);
  });

  it('refuses a SIRET whose Luhn check fails with rule invalid-siret (S1) and writes nothing', async () => {
    const response = await post('/suppliers', { ...registration, siret: '73282932000075' });
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'urn:mutualis:rule:invalid-siret' });
    expect((await get('/suppliers/73282932000075')).status).toBe(404);
  });

  it('refuses an unknown CPV code with rule unknown-cpv-code (S2)', async () => {
    const response = await post('/suppliers', {
      ...registration,
      siret: OTHER_SIRET,
      cpvCodes: ['12345678'],
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      type: 'urn:mutualis:rule:unknown-cpv-code',
      values: { unknown: ['12345678'] },
    });
  });

  it('refuses to register a SIRET twice', async () => {
    const response = await post('/suppliers', registration);
    expect(response.status).toBe(422);
    expect(response.body.type).toBe('urn:mutualis:rule:supplier-already-registered');
  });

  it('refuses a body with missing or unknown fields, naming each field (400)', async () => {
    const { legalName: _legalName, ...withoutName } = registration;
    const response = await post('/suppliers', { ...withoutName, turnover: 12 });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'legalName',
      'turnover',
    ]);
  });

  it('lets a supplier register only its own SIRET, and a member buyer none', async () => {
    expect((await post('/suppliers', { ...registration, siret: OTHER_SIRET }, 'supplier')).status).toBe(403);
    expect((await post('/suppliers', { ...registration, siret: OTHER_SIRET }, 'member-buyer')).status).toBe(
      403,
    );
  });

  it('answers 401 without a token', async () => {
    expect((await service.http().get(`/suppliers/${SIRET}`)).status).toBe(401);
  });
});

describe('compliance documents and certifications', () => {
  it('files the supplier’s own attestation de vigilance, valid 6 months (D8222-5), readable at its Location', async () => {
    const response = await post(`/suppliers/${SIRET}/documents`, vigilance, 'supplier');
    expect(response.status).toBe(201);
    const { documentId } = response.body;
    expect(response.headers['location']).toBe(`/suppliers/${SIRET}/documents/${documentId}`);

    const filed = await get(response.headers['location']!, 'supplier');
    expect(filed.status).toBe(200);
    expect(filed.body).toEqual({ documentId, ...vigilance, expiresOn: '2027-05-02' });
    expect((await get(response.headers['location']!, 'member-buyer')).body).toEqual(filed.body);
    const read = await get(`/suppliers/${SIRET}`);
    expect(read.body.documents).toEqual([filed.body]);
  });

  it('answers 404 for a document the supplier never filed, 403 to another supplier, 400 for a malformed id', async () => {
    const unknown = await get(`/suppliers/${SIRET}/documents/${UNKNOWN_ID}`, 'supplier');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await get(`/suppliers/${OTHER_SIRET}/documents/${UNKNOWN_ID}`)).status).toBe(404);
    const [documentPath] = (await get(`/suppliers/${SIRET}`)).body.documents.map(
      (document: { documentId: string }) => `/suppliers/${SIRET}/documents/${document.documentId}`,
    );
    const otherSupplier = await service.bearer('supplier', { supplierSiret: OTHER_SIRET });
    expect((await service.http().get(documentPath).set('Authorization', otherSupplier)).status).toBe(403);
    expect((await get(`/suppliers/${SIRET}/documents/not-a-uuid`)).status).toBe(400);
  });

  it('repeats the same Location when a filing is replayed with its Idempotency-Key', async () => {
    const file = async () =>
      service
        .http()
        .post(`/suppliers/${SIRET}/documents`)
        .set('Authorization', await service.bearer('supplier'))
        .set('Idempotency-Key', 'vigilance-replayed')
        .send({ ...vigilance, fileName: 'attestation-vigilance-2026-11-bis.pdf' });
    const first = await file();
    const replay = await file();
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers['location']).toBe(first.headers['location']);
    expect((await get(first.headers['location']!, 'supplier')).body.fileName).toBe(
      'attestation-vigilance-2026-11-bis.pdf',
    );
  });

  it('refuses an expired document with rule document-expired', async () => {
    const response = await post(
      `/suppliers/${SIRET}/documents`,
      { ...vigilance, issuedOn: '2026-04-01' },
      'supplier',
    );
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      type: 'urn:mutualis:rule:document-expired',
      legalReference: 'D8222-5',
      values: { expiresOn: '2026-10-01' },
    });
  });

  it('refuses a supplier filing documents for another SIRET (403) and a malformed hash (400)', async () => {
    expect((await post(`/suppliers/${OTHER_SIRET}/documents`, vigilance, 'supplier')).status).toBe(403);
    expect(
      (await post(`/suppliers/${SIRET}/documents`, { ...vigilance, fileSha256: 'xyz' }, 'supplier')).status,
    ).toBe(400);
  });

  it('records a SecNumCloud qualification, and refuses one already expired', async () => {
    const qualification = {
      scheme: 'secnumcloud',
      label: 'Qualification SecNumCloud 3.2',
      scope: 'IaaS hébergé à Nantes',
      issuer: 'ANSSI',
      validFrom: '2025-01-15',
      expiresOn: '2028-01-15',
    };
    const recorded = await post(`/suppliers/${SIRET}/certifications`, qualification, 'supplier');
    expect(recorded.status).toBe(201);
    const { certificationId } = recorded.body;
    expect(recorded.headers['location']).toBe(`/suppliers/${SIRET}/certifications/${certificationId}`);
    const read = await get(recorded.headers['location']!, 'supplier');
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ certificationId, ...qualification, expired: false });
    expect((await get(`/suppliers/${SIRET}/certifications/${UNKNOWN_ID}`, 'supplier')).status).toBe(404);
    const expired = await post(`/suppliers/${SIRET}/certifications`, {
      ...qualification,
      expiresOn: '2026-01-15',
    });
    expect(expired.status).toBe(422);
    expect(expired.body.type).toBe('urn:mutualis:rule:certification-expired');
  });

  it('shows the supplier as it was before a document was filed (?asOf=)', async () => {
    const history = await get(`/suppliers/${SIRET}/history`);
    const registeredAt: string = history.body[0].recordedAt;
    const before = await get(`/suppliers/${SIRET}?asOf=${encodeURIComponent(registeredAt)}`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ version: 1, documents: [], certifications: [] });
    const now = await get(`/suppliers/${SIRET}`);
    expect(now.body.documents).toHaveLength(2);
    expect((await get(`/suppliers/${SIRET}?asOf=2020-01-01`)).status).toBe(404);
    expect((await get(`/suppliers/${SIRET}?asOf=yesterday`)).status).toBe(400);
  });
});

describe('exclusions and eligibility', () => {
  let exclusionId: string;

  it('lets only the platform administrator record an exclusion; L2141-1 lasts 5 years (S3)', async () => {
    const body = {
      ground: 'L2141-1',
      decidedOn: '2025-03-10',
      reference: 'TJ Nantes, 10 mars 2025, n° 25/01234',
      description: 'Condamnation définitive pour corruption',
    };
    expect((await post(`/suppliers/${SIRET}/exclusions`, body, 'coordinator')).status).toBe(403);
    const response = await post(`/suppliers/${SIRET}/exclusions`, body);
    expect(response.status).toBe(201);
    exclusionId = response.body.exclusionId;
    expect(response.headers['location']).toBe(`/suppliers/${SIRET}/exclusions/${exclusionId}`);
    const recorded = await get(response.headers['location']!, 'platform-admin');
    expect(recorded.status).toBe(200);
    expect(recorded.body).toEqual({
      exclusionId,
      ...body,
      basis: 'plein-droit',
      endsOn: '2030-03-10',
      liftedOn: null,
      liftReason: null,
      ended: false,
    });
    expect((await get(`/suppliers/${SIRET}/exclusions/${UNKNOWN_ID}`, 'platform-admin')).status).toBe(404);
    const read = await get(`/suppliers/${SIRET}`);
    expect(read.body.exclusions).toEqual([recorded.body]);
    // The supplier reads what is recorded against it, as it reads its own view.
    expect((await get(response.headers['location']!, 'supplier')).body).toEqual(recorded.body);
  });

  it('answers that an excluded supplier may not bid, naming the article', async () => {
    const response = await get(`/suppliers/${SIRET}/eligibility?on=2026-11-29`, 'member-buyer');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ siret: SIRET, mayBid: false });
    expect(response.body.reasons.map((reason: { code: string }) => reason.code)).toEqual([
      'excluded',
      'tax-regularity-missing',
    ]);
  });

  it('refuses to lift an exclusion without a reason, then lifts it with one', async () => {
    const blank = await post(`/suppliers/${SIRET}/exclusions/${exclusionId}/lift`, { reason: '  ' });
    expect(blank.status).toBe(422);
    expect(blank.body.type).toBe('urn:mutualis:rule:lift-reason-required');
    const lifted = await post(`/suppliers/${SIRET}/exclusions/${exclusionId}/lift`, {
      reason: 'Jugement infirmé en appel (CA Rennes, 20 novembre 2026)',
    });
    expect(lifted.status).toBe(201);
    expect((await get(`/suppliers/${SIRET}/exclusions/${exclusionId}`, 'member-buyer')).body).toMatchObject({
      liftedOn: '2026-11-29',
      liftReason: 'Jugement infirmé en appel (CA Rennes, 20 novembre 2026)',
    });
    const eligibility = await get(`/suppliers/${SIRET}/eligibility?on=2026-11-30`);
    // R2143-3: no longer excluded, it may bid; the certificates are asked only if the award is envisaged for it.
    expect(eligibility.body).toMatchObject({ mayBid: true, mayBeAwarded: false });
    expect(eligibility.body.reasons.map((reason: { code: string }) => reason.code)).toEqual([
      'tax-regularity-missing',
    ]);
  });

  it('refuses a malformed history or eligibility query, an unknown supplier’s history, and a sweep by anyone but the administrator', async () => {
    expect((await get(`/suppliers/${SIRET}/history?asOf=2026-13-01T00:00:00Z`)).status).toBe(400);
    expect((await get(`/suppliers/${OTHER_SIRET}/history`)).status).toBe(404);
    expect((await get('/suppliers/7328293200/history')).status).toBe(400);
    expect((await get(`/suppliers/${SIRET}/eligibility?on=2026-02-30`)).status).toBe(400);
    expect((await service.http().get(`/suppliers/${SIRET}/eligibility`)).status).toBe(401);
    expect((await post('/supplier-sweeps', {}, 'supplier')).status).toBe(403);
    expect((await post('/supplier-sweeps', {}, 'coordinator')).status).toBe(403);
  });

  it('answers "not registered" for an unknown SIRET rather than 404', async () => {
    const response = await get(`/suppliers/${OTHER_SIRET}/eligibility`);
    expect(response.body).toMatchObject({
      mayBid: false,
      mayBeAwarded: false,
      mayBePaid: false,
      reasons: [{ code: 'not-registered' }],
    });
  });
});

describe('search and categories', () => {
  it('finds a supplier by a parent CPV code, its region and its valid certification', async () => {
    const search = async (query: string) =>
      (await get(`/suppliers?minPosition=0&${query}`, 'supplier')).body.suppliers.map(
        (supplier: { siret: string }) => supplier.siret,
      );
    expect(await search('cpv=72000000-5')).toEqual([SIRET]);
    expect(await search('cpv=72200000&region=52')).toEqual([SIRET]);
    expect(await search('region=11')).toEqual([]);
    expect(await search('certification=secnumcloud')).toEqual([SIRET]);
    expect(await search('certification=hds')).toEqual([]);
    expect(await search('eligible=true')).toEqual([]);
    expect(await search('eligible=false&name=atlantique')).toEqual([SIRET]);
  });

  it('refuses a search by an unknown CPV code, an impossible date or a NUL character (400, never 500)', async () => {
    expect((await get('/suppliers?cpv=99999999')).status).toBe(400);
    expect((await get('/suppliers?on=2026-02-30')).status).toBe(400);
    expect((await get('/suppliers?name=%00')).status).toBe(400);
    expect((await get(`/suppliers/${SIRET}?asOf=9999-12-31T23:00:00-05:00`)).status).toBe(400);
    expect((await get(`/suppliers/${SIRET}?asOf=2026-02-30T10:00:00Z`)).status).toBe(400);
  });

  it('refuses a blank legal name', async () => {
    const response = await post('/suppliers', { ...registration, siret: OTHER_SIRET, legalName: '   ' });
    expect(response.status).toBe(400);
  });

  it('changes categories to official codes only', async () => {
    expect(
      (await post(`/suppliers/${SIRET}/categories`, { cpvCodes: ['48000000'] }, 'supplier')).status,
    ).toBe(201);
    const unknown = await post(`/suppliers/${SIRET}/categories`, { cpvCodes: ['48000000-0'] }, 'supplier');
    expect(unknown.status).toBe(422);
    expect(unknown.body.type).toBe('urn:mutualis:rule:unknown-cpv-code');
  });
});

describe('erasing a contact’s personal data (POST /suppliers/{siret}/contacts/{personId}/erasure, RGPD art. 17)', () => {
  const erase = async (
    personId: string,
    role: Parameters<SupplierApp['bearer']>[0] = 'supplier',
    siret = SIRET,
  ) => post(`/suppliers/${siret}/contacts/${personId}/erasure`, {}, role);

  it('destroys the person’s key: the contact shows as erased, now and as of any past date, the events are unchanged', async () => {
    const before = await get(`/suppliers/${SIRET}`, 'supplier');
    const [{ personId }] = before.body.contacts;
    const [registeredEvent] = (await get(`/suppliers/${SIRET}/history`, 'auditor')).body;
    const sealedBefore = registeredEvent.data.contacts[0].sealed;

    expect((await erase(personId, 'coordinator')).status).toBe(403);
    expect((await erase(personId, 'supplier', OTHER_SIRET)).status).toBe(403);
    const stranger = await erase('0190c6a4-7c1e-7000-8000-0000000000c9');
    expect(stranger.status).toBe(422);
    expect(stranger.body.type).toBe('urn:mutualis:rule:unknown-contact');

    const erased = await erase(personId);
    expect(erased.status).toBe(201);
    const after = await get(`/suppliers/${SIRET}`, 'supplier');
    expect(after.body.contacts).toEqual([{ personId, erased: true }]);
    // As the registry knew the supplier when it was registered, before the erasure: the data is gone for good.
    const past = await get(
      `/suppliers/${SIRET}?asOf=${encodeURIComponent(registeredEvent.recordedAt)}`,
      'platform-admin',
    );
    expect(past.body.contacts).toEqual([{ personId, erased: true }]);

    const history = (await get(`/suppliers/${SIRET}/history`, 'auditor')).body;
    expect(history[0].data.contacts[0].sealed).toBe(sealedBefore);
    expect(history.at(-1)).toMatchObject({
      type: 'supplier.ContactErased',
      data: { personId, erasedOn: '2026-11-29' },
      actor: { role: 'supplier' },
    });
    expect(JSON.stringify(history)).not.toContain('Camille');

    const again = await erase(personId);
    expect(again.status).toBe(201);
    expect((await get(`/suppliers/${SIRET}/history`, 'auditor')).body).toHaveLength(history.length);
  });
});
