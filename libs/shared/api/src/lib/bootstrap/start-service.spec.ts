import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { workspaceRoot } from '@mutualis/shared/testing';
import { ConfigurationError } from '../config/load-config';
import { sampleService } from '../../testing/sample/sample-service';
import { createService } from './create-service';

describe('a service whose configuration is wrong', () => {
  it('is not built: the error names the variable at fault', async () => {
    const failure = createService(sampleService({ env: { PORT: '80', MUTUALIS_JWT_SECRET: 'too-short' } }));
    await expect(failure).rejects.toThrow(ConfigurationError);
    await expect(failure).rejects.toThrow(
      'invalid configuration: DATABASE_URL is not set; MUTUALIS_JWT_SECRET must be longer than or equal to 32 characters',
    );
  });

  it('stops at start with status 1 and a log line naming the variable', () => {
    const started = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', join(workspaceRoot(), 'libs/shared/api/src/testing/sample/main.ts')],
      {
        cwd: workspaceRoot(),
        env: {
          PATH: process.env['PATH'],
          SWC_NODE_PROJECT: 'tsconfig.base.json',
          MUTUALIS_JWT_SECRET: 'a-secret-long-enough-for-the-sample-service',
          PORT: 'eighty',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(started.status).toBe(1);
    const line = JSON.parse(started.stderr.trim().split('\n').at(-1)!);
    expect(line).toMatchObject({
      level: 'fatal',
      service: 'sample-service',
      msg: 'sample-service cannot start: invalid configuration: DATABASE_URL is not set; PORT must be an integer number',
    });
  });
});
