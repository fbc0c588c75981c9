/**
 * @mutualis/contract/application — the contract service as the platform builds it: its Nest module (controllers, read
 * models, process managers) and its options. `apps/contract-service` runs it alone; `apps/suite` runs it with the others.
 */
export { contractService } from './lib/contract-service';
