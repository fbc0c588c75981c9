/**
 * @mutualis/membership/application — the membership service as the platform builds it: its Nest module (controllers, read
 * models, process managers) and its options. `apps/membership-service` runs it alone; `apps/suite` runs it with the others.
 */
export { membershipService } from './lib/membership-service';
