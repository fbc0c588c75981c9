import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const COMMAND_KEY = 'mutualis:command';

export interface CommandEndpointOptions {
  /** The command changes an existing stream: `If-Match` is documented, and a stale version answers 412. */
  ifMatch?: boolean;
}

/**
 * Names the command an endpoint handles (e.g. `AmendContract`): its results are counted per command and outcome
 * on /metrics, and the OpenAPI document lists the command name and its concurrency headers.
 */
export function CommandEndpoint(name: string, options: CommandEndpointOptions = {}): MethodDecorator {
  return applyDecorators(
    SetMetadata(COMMAND_KEY, name),
    ApiExtension('x-mutualis-command', name),
    ...(options.ifMatch ? [ApiExtension('x-mutualis-if-match', true)] : []),
  );
}
