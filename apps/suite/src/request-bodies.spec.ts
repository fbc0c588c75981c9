import { accessService } from '@mutualis/access/application';
import { auditService } from '@mutualis/audit/application';
import { contractService } from '@mutualis/contract/application';
import { membershipService } from '@mutualis/membership/application';
import { ServiceOptions } from '@mutualis/shared/api';
import {
  controllersOf,
  nestedPropertiesTakingWrongShapes,
  propertiesLettingUndefinedThrough,
  requestDtoClasses,
} from '@mutualis/shared/api/testing';
import { supplierService } from '@mutualis/supplier/application';
import { tenderService } from '@mutualis/tender/application';

const SERVICES: Record<string, () => ServiceOptions> = {
  membership: membershipService,
  supplier: supplierService,
  tender: tenderService,
  contract: contractService,
  audit: auditService,
  access: accessService,
};

describe.each(Object.entries(SERVICES))('the request bodies of the %s service', (_, service) => {
  const dtoClasses = requestDtoClasses(controllersOf(service().module));

  it('are found, with the classes they nest', () => {
    expect(dtoClasses.length).toBeGreaterThan(0);
  });

  it('require every property, nested objects included, unless it is declared optional (@IsOptional)', () => {
    expect(propertiesLettingUndefinedThrough(dtoClasses)).toEqual([]);
  });

  it('refuse a list in place of a nested object, and an object or a list of lists in place of a list of objects', () => {
    expect(nestedPropertiesTakingWrongShapes(dtoClasses)).toEqual([]);
  });
});
