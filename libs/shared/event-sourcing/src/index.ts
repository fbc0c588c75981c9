export * from './lib/decider';
export * from './lib/errors';
export * from './lib/event-store.port';
export * from './lib/command-handler';
export * from './lib/domain-error';
