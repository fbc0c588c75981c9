export * from './lib/siret';
export * from './lib/cpv';
export * from './lib/regions';
export * from './lib/calendar';
export * from './lib/exclusion-grounds';
export * from './lib/supplier-documents';
