export { given, scenarios } from './given-when-then';
export { censusDecider, CensusClosedError } from './census.example';
export type { CensusCommand, CensusEvent, CensusState } from './census.example';
