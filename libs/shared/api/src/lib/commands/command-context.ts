import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { uuidv5, uuidv7 } from '@mutualis/shared/contracts';
import { CommandMetadata } from '@mutualis/shared/event-sourcing';
import { actorOf, Principal } from '../auth/principal';
import { correlationIdOf, HttpRequest } from '../http/http-types';
import { idempotencyKeyOf } from '../idempotency/idempotency-key';
import { expectedVersionOf } from './if-match';

/** What a command endpoint takes from its request besides the body: who, under which request, key and version. */
export interface CommandContext {
  principal: Principal;
  correlationId: string;
  /** `Idempotency-Key` as the caller sent it. */
  idempotencyKey?: string;
  /** `If-Match`: the stream version the caller saw. */
  expectedVersion?: number;
}

/** Injects the request's CommandContext into an endpoint behind `@Roles`. */
export const CommandContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandContext => {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (!request.principal)
      throw new Error('CommandContext is only available on endpoints declared with @Roles');
    const idempotencyKey = idempotencyKeyOf(request.headers['idempotency-key']);
    const expectedVersion = expectedVersionOf(request.headers['if-match']);
    return {
      principal: request.principal,
      correlationId: correlationIdOf(request),
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
    };
  },
);

/**
 * The id of a resource a command creates. With an Idempotency-Key it is derived from the caller and the key, so a
 * retry lands on the same stream and the event store answers it with the first result, even if the platform's own
 * record of the first response was lost; without a key it is a new UUIDv7.
 */
export function newResourceId(context: CommandContext): string {
  return context.idempotencyKey === undefined ? uuidv7() : uuidv5(scopedKey(context, context.idempotencyKey));
}

/**
 * The metadata `CommandHandler.handle` needs, from the request's context. The idempotency key is scoped to the user,
 * as the platform's idempotency records are, so two users' equal keys never meet in the event store either.
 */
export function commandMetadata(
  context: CommandContext,
  consortiumId: string,
  occurredAt: string = new Date().toISOString(),
): CommandMetadata {
  return {
    consortiumId,
    actor: actorOf(context.principal),
    correlationId: context.correlationId,
    occurredAt,
    ...(context.expectedVersion === undefined ? {} : { expectedVersion: context.expectedVersion }),
    ...(context.idempotencyKey === undefined
      ? {}
      : { idempotencyKey: scopedKey(context, context.idempotencyKey) }),
  };
}

/** Keys never hold a space, so the user id before the last space cannot be confused with the key. */
function scopedKey(context: CommandContext, key: string): string {
  return `${context.principal.userId} ${key}`;
}
