import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtension, ApiExtraModels, getSchemaPath } from '@nestjs/swagger';

/**
 * Documents the result of the job an endpoint starts (read at `…/{jobId}/result` under its collection, whose schema is the same
 * for every kind): its schema in the document's components, referenced from the operation as
 * `x-mutualis-job-result`, so that a client knows what the job gives and the tests check the real result against it.
 */
export const JobResult = (model: Type) =>
  applyDecorators(
    ApiExtraModels(model),
    ApiExtension('x-mutualis-job-result', { $ref: getSchemaPath(model) }),
  );
