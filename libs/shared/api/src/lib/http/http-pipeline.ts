import type { IncomingMessage, ServerResponse } from 'node:http';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { fromHttpError } from '../errors/to-problem';
import { PlatformMetrics } from '../observability/platform-metrics';
import { assignCorrelationId } from './correlation-id';
import { HttpRequest } from './http-types';
import { bodyRefusal, isJsonRequest, queryRefusal } from './json-body';

type Next = (error?: unknown) => void;

export interface HttpPipelineOptions {
  logger: Logger;
  bodyLimitBytes: number;
  metrics: PlatformMetrics;
}

/** Probes and scrapes are frequent and say nothing new: they are timed but not logged. */
const isProbe = (request: IncomingMessage) => /^\/(health|metrics)(\/|\?|$)/.test(request.url ?? '');

/**
 * The Express middleware in front of Nest's routing, in this order: the correlation id and the request log (first,
 * so that even a refused body is logged under its id), latency timing, the JSON body parser with its size limit,
 * the mapping of parser errors to problems, and the body and query checks (JSON only, storable values).
 */
export function installHttpPipeline(app: NestExpressApplication, options: HttpPipelineOptions): void {
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: assignCorrelationId,
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'correlationId' },
      customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
      autoLogging: { ignore: isProbe },
    }),
  );
  app.use(timeRequests(options.metrics));
  app.useBodyParser('json', { limit: options.bodyLimitBytes, type: isJsonRequest });
  app.use((error: unknown, _request: IncomingMessage, _response: ServerResponse, next: Next) =>
    next(fromHttpError(error) ?? error),
  );
  app.use((request: HttpRequest, _response: ServerResponse, next: Next) =>
    next(bodyRefusal(request) ?? queryRefusal(request)),
  );
}

function timeRequests(metrics: PlatformMetrics) {
  return (request: HttpRequest, response: ServerResponse, next: Next) => {
    const start = process.hrtime.bigint();
    response.once('finish', () => {
      // The route pattern, never the concrete path: ids in label values would grow the series without bound.
      const route = request.route ? `${request.baseUrl ?? ''}${request.route.path}` : '(unmatched)';
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      metrics.observeRequest(request.method ?? 'UNKNOWN', route, response.statusCode, seconds);
    });
    next();
  };
}
