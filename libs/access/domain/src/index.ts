export * from './lib/access-events';
export * from './lib/access-refusal';
export * from './lib/grants.decider';
export * from './lib/resolve-access';
export * from './lib/acting-as';
