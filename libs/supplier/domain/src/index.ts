export * from './lib/supplier.commands';
export * from './lib/supplier.state';
export * from './lib/supplier.decider';
export * from './lib/supplier-refusal';
export { validSiret } from './lib/register-supplier';
