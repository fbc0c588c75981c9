# Shared settings for the local Kafka broker scripts. Sourced, never run.
# Every value can be overridden from the environment so tests can run a second broker beside a developer's one.
KAFKA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_PORT="${KAFKA_PORT:-39092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_RUN_DIR="${KAFKA_RUN_DIR:-$KAFKA_DIR/run/$KAFKA_PORT}"
KAFKA_JARS_DIR="$KAFKA_DIR/jars"
KAFKA_PID_FILE="$KAFKA_RUN_DIR/broker.pid"
KAFKA_DATA_DIR="$KAFKA_RUN_DIR/data"
KAFKA_LOG_DIR="$KAFKA_RUN_DIR/logs"
KAFKA_START_TIMEOUT_S="${KAFKA_START_TIMEOUT_S:-90}"

kafka_fail() {
  echo "kafka: ERROR: $*" >&2
  exit 1
}

kafka_info() {
  echo "kafka: $*"
}

# The broker needs Java 17 or newer; say what to install instead of failing inside the JVM.
kafka_require_java() {
  command -v java >/dev/null 2>&1 ||
    kafka_fail "Java 17 or newer is required to run the Kafka broker, and 'java' is not on the PATH. Install a JDK or JRE 17+ (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless)."
  local version major
  version="$(java -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/')"
  major="${version%%.*}"
  [[ "$major" =~ ^[0-9]+$ ]] || kafka_fail "could not read the Java version from: $(java -version 2>&1 | head -n 1)"
  ((major >= 17)) || kafka_fail "Java 17 or newer is required to run the Kafka broker; found Java $version. Install a JDK or JRE 17+ (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless)."
}

kafka_require_maven() {
  command -v mvn >/dev/null 2>&1 ||
    kafka_fail "Maven is required to download the Kafka broker jars from Maven Central, and 'mvn' is not on the PATH. Install Maven 3.8+ (Debian/Ubuntu: apt-get install -y maven)."
}

kafka_pid_alive() {
  [[ -f "$KAFKA_PID_FILE" ]] && kill -0 "$(cat "$KAFKA_PID_FILE")" 2>/dev/null
}

kafka_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

kafka_classpath() {
  echo "$KAFKA_JARS_DIR/*"
}
