/** The JSON body of a supplier registration, from one CSV row (French column names, as regional files have them). */
export function registrationOf(record: Record<string, string>): object {
  const contact = record['contact_email']
    ? [
        {
          name: record['contact_nom'] ?? '',
          email: record['contact_email'],
          ...(record['contact_telephone'] ? { phone: record['contact_telephone'] } : {}),
        },
      ]
    : [];
  return {
    siret: record['siret'],
    legalName: record['raison_sociale'],
    address: { street: record['adresse'], postalCode: record['code_postal'], city: record['ville'] },
    size: (record['taille'] ?? '').toLowerCase(),
    cpvCodes: (record['cpv'] ?? '').split(/[\s|]+/).filter((code) => code.length > 0),
    contacts: contact,
  };
}
