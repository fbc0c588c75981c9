#!/usr/bin/env bash
# Waits until the local broker has started and accepts connections, or fails after KAFKA_START_TIMEOUT_S.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

deadline=$((SECONDS + KAFKA_START_TIMEOUT_S))
while ((SECONDS < deadline)); do
  kafka_pid_alive || kafka_fail "the broker process exited during start-up; last lines of $KAFKA_LOG_DIR/server.log:
$(tail -n 30 "$KAFKA_LOG_DIR/server.log" 2>/dev/null)"
  if grep -q "Kafka Server started" "$KAFKA_LOG_DIR/server.log" 2>/dev/null && kafka_port_open "$KAFKA_PORT"; then
    kafka_info "broker ready on 127.0.0.1:$KAFKA_PORT (pid $(cat "$KAFKA_PID_FILE"))"
    exit 0
  fi
  sleep 0.5
done
kafka_fail "the broker did not become ready on 127.0.0.1:$KAFKA_PORT within ${KAFKA_START_TIMEOUT_S}s; see $KAFKA_LOG_DIR/server.log"
