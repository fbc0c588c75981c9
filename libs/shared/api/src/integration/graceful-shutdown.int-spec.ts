import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Controller, Get } from '@nestjs/common';
import { useIntegrationEnvironment, workspaceRoot } from '@mutualis/shared/testing';
import { AcrossConsortia, Roles } from '../lib/auth/access.decorators';
import { GracefulShutdown } from '../lib/lifecycle/graceful-shutdown';
import { startSampleApp, TEST_JWT_SECRET, testToken } from '../testing/sample-app';

const environment = useIntegrationEnvironment();

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** A request that lasts until the test lets it finish. */
const slow = { entered: deferred(), release: deferred() };
const order: string[] = [];

@Controller('slow')
class SlowController {
  @Get()
  @Roles('coordinator')
  @AcrossConsortia()
  async wait(): Promise<{ done: true }> {
    slow.entered.resolve();
    await slow.release.promise;
    order.push('request answered');
    return { done: true };
  }
}

function get(port: number, path: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      headers: { Authorization: `Bearer ${token}` },
    });
    call.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    call.on('error', reject);
    call.end();
  });
}

describe('graceful shutdown', () => {
  it('lets requests in flight finish, then stops consumers, then releases pools', async () => {
    const sample = await startSampleApp(environment().databaseUrl, { controllers: [SlowController] });
    const shutdown = sample.app.get(GracefulShutdown);
    shutdown.onRelease('test pool', () => void order.push('pool released'));
    shutdown.onStop('test consumer', () => void order.push('consumer stopped'));
    const { port } = sample.app.getHttpServer().address() as AddressInfo;

    const inFlight = get(port, '/slow', await testToken('coordinator'));
    await slow.entered.promise;
    const closed = sample.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(order).toEqual([]);
    await expect(get(port, '/health/live', '')).rejects.toThrow(/ECONNREFUSED/);

    slow.release.resolve();
    expect(await inFlight).toEqual({ status: 200, body: '{"done":true}' });
    await closed;
    expect(order).toEqual(['request answered', 'consumer stopped', 'pool released']);
  });

  it('stops a running service on SIGTERM, after draining, and exits', async () => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(workspaceRoot(), 'libs/shared/api/src/testing/sample/main.ts')],
      {
        cwd: workspaceRoot(),
        env: {
          PATH: process.env['PATH'],
          SWC_NODE_PROJECT: 'tsconfig.base.json',
          DATABASE_URL: environment().databaseUrl,
          MUTUALIS_JWT_SECRET: TEST_JWT_SECRET,
          PORT: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );

    const port = await new Promise<number>((resolve, reject) => {
      const poll = setInterval(() => {
        const match = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
        if (match || child.exitCode !== null) clearInterval(poll);
        if (child.exitCode !== null) reject(new Error(`the service exited: ${output}`));
      }, 50);
    });
    expect((await get(port, '/health/ready', '')).status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    const logged = output.split('\n').filter((line) => line.includes('"context":"GracefulShutdown"'));
    expect(logged.map((line) => JSON.parse(line).msg)).toEqual([
      'shutting down: draining HTTP requests',
      'shutdown complete',
    ]);
  });
});
