export * from './lib/consortium.commands';
export * from './lib/consortium.state';
export * from './lib/consortium.decider';
export * from './lib/census.commands';
export * from './lib/census.decider';
export * from './lib/cost-shares';
export * from './lib/membership-refusal';
export { checkedAuthority } from './lib/authority';
