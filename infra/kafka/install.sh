#!/usr/bin/env bash
# Downloads the Apache Kafka broker jars from Maven Central into infra/kafka/jars (once per pom.xml version).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

kafka_require_java
stamp="$(sha256sum "$KAFKA_DIR/pom.xml" | cut -d' ' -f1)"
if [[ -f "$KAFKA_JARS_DIR/.pom.sha256" && "$(cat "$KAFKA_JARS_DIR/.pom.sha256")" == "$stamp" ]]; then
  exit 0
fi

kafka_require_maven
kafka_info "downloading the broker jars from Maven Central (first run only, ~45 MB)"
tmp="$KAFKA_JARS_DIR.tmp.$$"
rm -rf "$tmp"
trap 'rm -rf "$tmp"' EXIT
# Maven 3.8 prints colour codes even in batch mode; strip them so logs stay readable.
mvn -q -B -Dstyle.color=never -f "$KAFKA_DIR/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
  -DoutputDirectory="$tmp" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' ||
  kafka_fail "Maven could not download the Kafka jars (see the Maven output above). Check that Maven Central is reachable."
echo "$stamp" >"$tmp/.pom.sha256"
rm -rf "$KAFKA_JARS_DIR"
mv "$tmp" "$KAFKA_JARS_DIR"
kafka_info "jars installed in $KAFKA_JARS_DIR ($(ls "$KAFKA_JARS_DIR" | wc -l) files)"
