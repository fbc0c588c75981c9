/**
 * @mutualis/tender/application — the tender service as the platform builds it: its Nest module (controllers, read
 * models, process managers) and its options. `apps/tender-service` runs it alone; `apps/suite` runs it with the others.
 */
export { tenderService } from './lib/tender-service';
