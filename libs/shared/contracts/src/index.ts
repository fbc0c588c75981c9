export * from './lib/envelope';
export * from './lib/canonical-json';
export * from './lib/content-hash';
export * from './lib/uuidv7';
export * from './lib/upcasters';
export * from './lib/uuidv5';
export * from './lib/topics';
export * from './lib/event-contracts';
