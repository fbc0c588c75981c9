export { accessService } from './lib/access-service';
export { AccessConfig } from './lib/access.config';
export { ACCESS_SCHEMA } from './lib/access.module';
