/**
 * @mutualis/shared/api — the Nest platform every Mutualis service is built on (architecture §6): configuration
 * validated at start, problem+json errors, validation, bearer-token access control scoped to consortia,
 * Idempotency-Key and If-Match, OpenAPI at /docs, health probes, Prometheus metrics, graceful shutdown.
 */

// Starting a service
export { startService } from './lib/bootstrap/start-service';
export { createService } from './lib/bootstrap/create-service';
export type { ServiceOptions } from './lib/bootstrap/create-service';
export type { OpenApiInfo } from './lib/openapi/setup-openapi';
export { PlatformConfig } from './lib/config/platform-config';
export { loadConfig, ConfigurationError } from './lib/config/load-config';
export {
  LOCAL_SECRET_NAMES,
  localDataDir,
  localSecrets,
  localSecretsFile,
  localTokenSecret,
  readLocalSecrets,
} from './lib/config/local-secrets';
export type { LocalSecrets } from './lib/config/local-secrets';

// Access control
export { AcrossConsortia, Roles, CurrentPrincipal, Public } from './lib/auth/access.decorators';
export { ROLES, speaksFor, actorOf } from './lib/auth/principal';
export type { Principal, Role } from './lib/auth/principal';
export { createTokenVerifier, createTrustingVerifier } from './lib/auth/token-verifier';
export type { TokenVerifier, TokenVerifierOptions } from './lib/auth/token-verifier';
export { InvalidTokenError } from './lib/auth/token-claims';
export { issueLocalToken } from './lib/auth/local-token';
export type { LocalTokenOptions } from './lib/auth/local-token';

// Commands: context, concurrency, answers
export { CommandContext, commandMetadata, newResourceId } from './lib/commands/command-context';
export { CommandEndpoint } from './lib/commands/command-endpoint.decorator';
export type { CommandEndpointOptions } from './lib/commands/command-endpoint.decorator';
export { CommandAccepted, accepted } from './lib/commands/command-accepted';
export { versionTag } from './lib/commands/if-match';
export { requestFingerprint } from './lib/idempotency/idempotency-key';

// Errors
export { ProblemException } from './lib/errors/problem.exception';
export { PROBLEM_CONTENT_TYPE } from './lib/errors/problem-details';
export type { ProblemDetails, FieldError } from './lib/errors/problem-details';
export { isDomainRefusal } from './lib/errors/domain-refusal';
export { fieldErrors } from './lib/errors/validation-problem';
export type { DomainRefusal, RuleRefusal } from './lib/errors/domain-refusal';
export type { ProblemCode } from './lib/errors/problem-types';

// Observability and lifecycle
export { PlatformMetrics } from './lib/observability/platform-metrics';
export type { CommandOutcome } from './lib/observability/platform-metrics';
export { ReadinessChecks, postgresReadiness } from './lib/observability/readiness';
export type { ReadinessCheck } from './lib/observability/readiness';
export { GracefulShutdown } from './lib/lifecycle/graceful-shutdown';

// The event-sourced side of a service: store, bus, read models, relay, projections, consumers
export { ContextConfig } from './lib/runtime/context-config';
export { ContextRuntime } from './lib/runtime/context-runtime';
export {
  CONTEXT_SQL,
  ContextRuntimeModule,
  EVENT_BUS,
  EVENT_STORE,
} from './lib/runtime/context-runtime.module';
export type { ContextRuntimeOptions } from './lib/runtime/context-runtime.module';

// Data sealed with a key per subject: personal data (GDPR erasure), bids until their opening
export { KeyVault, PersonalDataErasedError } from './lib/sealing/key-vault';
export type { VaultPurpose } from './lib/sealing/key-vault';
export { PersonalDataReads } from './lib/sealing/personal-data-reads';
export type {
  LoggedPersonalDataRead,
  PersonalDataRead,
  PersonalDataReader,
} from './lib/sealing/personal-data-reads';
export { PersonalDataReaderView, PersonalDataReadView } from './lib/sealing/personal-data-reads.responses';

// Time and common parameters
export { Clock } from './lib/time/clock';
export { OptionalDateQuery, OptionalInstantQuery, SiretParam } from './lib/http/route-params';
export { IsCivilDate, IsInstant } from './lib/http/civil-date.decorator';

// Bulk imports of CSV files, row by row
export {
  importCsvRow,
  importReport,
  importReportCsv,
  readCsvFile,
  refusedRow,
  RowRefused,
  runCsvImport,
  validatedRow,
} from './lib/imports/csv-import';
export type {
  CsvImport,
  CsvRecord,
  ImportReport,
  RowImport,
  RowOutcome,
  RowResult,
} from './lib/imports/csv-import';
export { FileUpload, ForwardsBody } from './lib/http/file-upload';
export type { HttpRequest } from './lib/http/http-types';
export { correlationIdOf } from './lib/http/http-types';
export { TenantParam } from './lib/http/tenant-param';
export { JobResult } from './lib/jobs/job-result';
export { ImportReportBody, ImportRowResultBody } from './lib/imports/import-report.responses';
export { ApiMap, ApiObjectOrNull } from './lib/openapi/schema-decorators';
export type { UploadedFile } from './lib/http/file-upload';
export { JobInterrupted } from './lib/jobs/job';
export type { Job, JobHandler, JobRun, JobStatus } from './lib/jobs/job';
export { JobBody } from './lib/jobs/job.responses';
export { JobRunner } from './lib/jobs/job-runner';
export { Jobs } from './lib/jobs/jobs';
export type { JobPlace, JobScope } from './lib/jobs/jobs';
export { JobRoutes } from './lib/jobs/job-routes';
export type { JobRoutesOptions } from './lib/jobs/job-routes';

// What a service keeps of other contexts' published events
export { PublishedFacts, fold } from './lib/facts/published-facts';
export type { VigilanceLapse } from './lib/facts/published-facts';
