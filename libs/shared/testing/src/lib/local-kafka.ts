import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { runScript } from './run-script';
import { workspaceRoot } from './workspace-root';

/** A broker started from infra/kafka for one test run, on free ports and in its own temporary folder. */
export interface LocalKafka {
  brokers: string[];
  /** Stops the broker and removes its folder. */
  stop(): void;
  /** Stops the broker, keeping its data, as an outage would. */
  pause(): void;
  /** Starts it again on the same ports and data. */
  resume(): void;
}

export async function startLocalKafka(): Promise<LocalKafka> {
  const port = await freePort();
  const controllerPort = await freePort();
  const env = {
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    KAFKA_RUN_DIR: join(tmpdir(), `mutualis-kafka-${port}`),
  };
  const scripts = join(workspaceRoot(), 'infra', 'kafka');
  runScript(join(scripts, 'start.sh'), ['--fresh'], env);
  let stopped = false;
  return {
    brokers: [`127.0.0.1:${port}`],
    stop() {
      if (stopped) return;
      stopped = true;
      runScript(join(scripts, 'stop.sh'), [], env);
      rmSync(env.KAFKA_RUN_DIR, { recursive: true, force: true });
    },
    pause: () => runScript(join(scripts, 'stop.sh'), [], env),
    resume: () => runScript(join(scripts, 'start.sh'), [], env),
  };
}
