import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const COMMAND_KEY = 'mutualis:command';
export const LOCATION_KEY = 'mutualis:location';

export interface CommandEndpointOptions {
  /** The command changes an existing stream: `If-Match` is documented, and a stale version answers 412. */
  ifMatch?: boolean;
  /**
   * The command creates a resource that can be read at this path: the 201 answer carries it as `Location`. Each
   * `{name}` is the route parameter of that name, or else the field of that name in the answer's body, e.g.
   * `/consortia/{consortiumId}/censuses/{censusId}`.
   */
  location?: string;
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
    ...(options.location
      ? [SetMetadata(LOCATION_KEY, options.location), ApiExtension('x-mutualis-location', options.location)]
      : []),
  );
}
