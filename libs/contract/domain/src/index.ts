export * from './lib/contract.commands';
export * from './lib/contract.state';
export * from './lib/contract.decider';
export * from './lib/contract-refusal';
export * from './lib/contract-position';
