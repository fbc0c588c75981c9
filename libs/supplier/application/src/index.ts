/**
 * @mutualis/supplier/application — the supplier service as the platform builds it: its Nest module (controllers, read
 * models, process managers) and its options. `apps/supplier-service` runs it alone; `apps/suite` runs it with the others.
 */
export { supplierService } from './lib/supplier-service';
