#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 for tests and local runs:
# starts the Debian cluster if it is down, and installs PostgreSQL (as root) if it is missing.
# Not used when DATABASE_URL is set: then that database is the one to use.
set -euo pipefail

host=127.0.0.1
port="${LOCAL_POSTGRES_PORT:-5432}"

fail() {
  echo "postgres: ERROR: $*" >&2
  exit 1
}

answers() {
  pg_isready -q -h "$host" -p "$port" 2>/dev/null
}

wait_until_ready() {
  for _ in $(seq 1 60); do
    answers && return 0
    sleep 0.5
  done
  fail "PostgreSQL did not answer on $host:$port within 30 s"
}

if command -v pg_isready >/dev/null 2>&1 && answers; then
  exit 0
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  [[ "$(id -u)" == 0 ]] || fail "PostgreSQL is not installed. Install it (Debian/Ubuntu: apt-get install -y postgresql) or set DATABASE_URL."
  echo "postgres: installing PostgreSQL from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null ||
    fail "apt-get could not install postgresql"
  # A fresh Debian cluster asks for a password over TCP; tests connect as postgres over loopback only.
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
fi

version="$(ls /etc/postgresql | sort -V | tail -n 1)"
echo "postgres: starting cluster $version/main"
pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
  fail "could not start the PostgreSQL cluster $version/main (see /var/log/postgresql/)"
wait_until_ready
echo "postgres: ready on $host:$port"
