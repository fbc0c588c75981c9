#!/usr/bin/env bash
# Stops the local broker: a clean shutdown first, then SIGKILL if it has not exited after 30 s.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if ! kafka_pid_alive; then
  rm -f "$KAFKA_PID_FILE"
  kafka_info "no broker running for 127.0.0.1:$KAFKA_PORT"
  exit 0
fi
pid="$(cat "$KAFKA_PID_FILE")"
kill -TERM "$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if kill -0 "$pid" 2>/dev/null; then
  kafka_info "broker (pid $pid) still running after 30 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
fi
rm -f "$KAFKA_PID_FILE"
kafka_info "broker stopped (pid $pid)"
