import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { freePort } from '@mutualis/shared/testing';

/** The start/stop scripts of infra/kafka, run as a developer would, on ports and in a folder of their own. */
const scripts = join(__dirname, '..');
const sandbox = mkdtempSync(join(tmpdir(), 'mutualis-kafka-scripts-'));
const toolsOnly = [
  'bash',
  'dirname',
  'sed',
  'head',
  'cat',
  'cut',
  'sha256sum',
  'rm',
  'mv',
  'mkdir',
  'ls',
  'wc',
  'sleep',
  'seq',
];

interface Run {
  status: number | null;
  out: string;
}

function run(script: string, env: NodeJS.ProcessEnv, args: string[] = [], dir = scripts): Run {
  const result = spawnSync('/bin/bash', [join(dir, script), ...args], { env, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A PATH holding only basic tools, plus the named extra commands (real ones or fakes). */
function pathWith(name: string, extra: Record<string, string>): string {
  const bin = join(sandbox, `bin-${name}`);
  mkdirSync(bin, { recursive: true });
  for (const tool of toolsOnly) {
    const real = spawnSync('/bin/bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(real, join(bin, tool));
  }
  for (const [command, target] of Object.entries(extra)) {
    if (target.startsWith('#!')) {
      writeFileSync(join(bin, command), target);
      chmodSync(join(bin, command), 0o755);
    } else symlinkSync(target, join(bin, command));
  }
  return bin;
}

const realJava = spawnSync('/bin/bash', ['-c', 'readlink -f "$(command -v java)"'], {
  encoding: 'utf8',
}).stdout.trim();

let env: NodeJS.ProcessEnv & { KAFKA_RUN_DIR: string };
let port: number;

beforeAll(async () => {
  port = await freePort();
  env = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(await freePort()),
    KAFKA_RUN_DIR: join(sandbox, 'run'),
  };
});

afterAll(() => {
  // Whatever happened in the tests, leave no broker behind.
  run('stop.sh', env);
  rmSync(sandbox, { recursive: true, force: true });
});

describe('infra/kafka scripts', () => {
  it('start twice keeps one broker, and start after a crash recovers the data it left behind', async () => {
    const pidFile = join(env.KAFKA_RUN_DIR, 'broker.pid');
    const kafka = new Kafka({
      brokers: [`127.0.0.1:${port}`],
      logLevel: logLevel.NOTHING,
      retry: { retries: 3 },
    });
    try {
      const first = run('start.sh', env);
      expect(first).toMatchObject({ status: 0 });
      expect(first.out).toMatch(`broker ready on 127.0.0.1:${port}`);
      const pid = Number(readFileSync(pidFile, 'utf8'));

      const again = run('start.sh', env);
      expect(again.status).toBe(0);
      expect(again.out).toMatch(`already running (pid ${pid})`);

      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'mutualis.survivor.events' }], waitForLeaders: true });
      await admin.disconnect();

      process.kill(pid, 'SIGKILL');
      while (existsSync(`/proc/${pid}`)) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(existsSync(pidFile)).toBe(true);

      const afterCrash = run('start.sh', env);
      expect(afterCrash.status).toBe(0);
      expect(Number(readFileSync(pidFile, 'utf8'))).not.toBe(pid);
      const reopened = kafka.admin();
      await reopened.connect();
      expect(await reopened.listTopics()).toContain('mutualis.survivor.events');
      await reopened.disconnect();
    } finally {
      const stopped = run('stop.sh', env);
      expect(stopped.out).toMatch('broker stopped');
    }
    expect(existsSync(pidFile)).toBe(false);
    expect(run('stop.sh', env)).toMatchObject({ status: 0, out: expect.stringMatching('no broker running') });
  }, 180_000);

  it('names Java when it is missing', () => {
    const result = run('start.sh', { PATH: pathWith('no-java', {}), KAFKA_PORT: String(1) });
    expect(result.status).toBe(1);
    expect(result.out).toMatch(
      /Java 17 or newer is required.*'java' is not on the PATH.*apt-get install -y openjdk-17-jre-headless/s,
    );
  });

  it('names the Java version when it is too old', () => {
    const oldJava = '#!/bin/bash\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n';
    const result = run('start.sh', { PATH: pathWith('old-java', { java: oldJava }), KAFKA_PORT: String(1) });
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/Java 17 or newer is required.*found Java 11\.0\.22/s);
  });

  it('names Maven when the jars must be downloaded and it is missing', () => {
    const copy = join(sandbox, 'kafka-without-jars');
    for (const file of ['common.sh', 'install.sh', 'start.sh', 'wait.sh', 'pom.xml'])
      cpSync(join(scripts, file), join(copy, file));
    const result = run(
      'start.sh',
      { PATH: pathWith('no-maven', { java: realJava }), KAFKA_PORT: String(1) },
      [],
      copy,
    );
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/Maven is required.*'mvn' is not on the PATH.*apt-get install -y maven/s);
  });
});
