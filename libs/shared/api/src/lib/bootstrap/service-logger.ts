import { DestinationStream, Logger, LevelWithSilent, pino, stdTimeFunctions } from 'pino';

/** JSON logs, one line per event, with the service name, ISO times and level names; credentials never logged. */
export function createServiceLogger(
  service: string,
  level: LevelWithSilent,
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
