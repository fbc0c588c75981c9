import { Socket } from 'node:net';

/**
 * Set up for unit tests (`*.spec.ts`): any TCP connection fails at once with a message, so a test that needs the
 * broker or the database has to be an integration test (`*.int-spec.ts`). Unix sockets stay allowed.
 */
const connect = Socket.prototype.connect;
Socket.prototype.connect = function guardedConnect(this: Socket, ...args: unknown[]) {
  const [first] = args;
  const isPipe =
    typeof first === 'string' || (typeof first === 'object' && first !== null && 'path' in first);
  if (!isPipe) {
    throw new Error('unit tests must not use the network: move this test to a *.int-spec.ts file');
  }
  return (connect as (...a: unknown[]) => Socket).apply(this, args);
} as typeof Socket.prototype.connect;
