export * from './lib/tender.commands';
export * from './lib/tender.state';
export * from './lib/tender.decider';
export * from './lib/tender-refusal';
export { lotTurnoverRequirement } from './lib/publish-tender';
