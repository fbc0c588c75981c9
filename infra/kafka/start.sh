#!/usr/bin/env bash
# Starts a single-node KRaft broker on 127.0.0.1:$KAFKA_PORT in the background and waits until it is ready.
# Safe to run twice (the running broker is kept) and after a crash (stale pid files are cleared, Kafka
# recovers its logs). `--fresh` wipes the broker's data first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

fresh=false
[[ "${1:-}" == "--fresh" ]] && fresh=true

kafka_require_java
"$KAFKA_DIR/install.sh"

if kafka_pid_alive; then
  kafka_info "broker already running (pid $(cat "$KAFKA_PID_FILE")) on 127.0.0.1:$KAFKA_PORT"
  exec "$KAFKA_DIR/wait.sh"
fi
rm -f "$KAFKA_PID_FILE"
for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
  kafka_port_open "$port" && kafka_fail "port $port on 127.0.0.1 is used by another process; stop it or choose other ports with KAFKA_PORT=..."
done

mkdir -p "$KAFKA_RUN_DIR" "$KAFKA_LOG_DIR"
# A directory without meta.properties was never fully formatted (e.g. a crash during format): start it over.
if $fresh || [[ ! -f "$KAFKA_DATA_DIR/meta.properties" ]]; then
  rm -rf "$KAFKA_DATA_DIR"
fi

config="$KAFKA_RUN_DIR/server.properties"
sed -e "s#@PORT@#$KAFKA_PORT#g" \
  -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
  -e "s#@DATA_DIR@#$KAFKA_DATA_DIR#g" \
  "$KAFKA_DIR/config/server.properties.template" >"$config"

java_opts=(-Xms256m "-Xmx${KAFKA_HEAP_MAX:-768m}" -XX:+UseG1GC -Djava.awt.headless=true
  "-Dkafka.logs.dir=$KAFKA_LOG_DIR" "-Dlog4j2.configurationFile=$KAFKA_DIR/config/log4j2.yaml")

if [[ ! -f "$KAFKA_DATA_DIR/meta.properties" ]]; then
  cluster_id="$(java -cp "$(kafka_classpath)" "${java_opts[@]}" kafka.tools.StorageTool random-uuid)"
  java -cp "$(kafka_classpath)" "${java_opts[@]}" kafka.tools.StorageTool format \
    --config "$config" --cluster-id "$cluster_id" --standalone >"$KAFKA_LOG_DIR/format.log" 2>&1 ||
    kafka_fail "formatting the KRaft storage failed: $(cat "$KAFKA_LOG_DIR/format.log")"
fi

[[ -f "$KAFKA_LOG_DIR/server.log" ]] && mv "$KAFKA_LOG_DIR/server.log" "$KAFKA_LOG_DIR/server.previous.log"
nohup java -cp "$(kafka_classpath)" "${java_opts[@]}" kafka.Kafka "$config" \
  >"$KAFKA_LOG_DIR/console.log" 2>&1 </dev/null &
echo $! >"$KAFKA_PID_FILE"
kafka_info "starting broker (pid $!) on 127.0.0.1:$KAFKA_PORT, data in $KAFKA_DATA_DIR"
exec "$KAFKA_DIR/wait.sh"
