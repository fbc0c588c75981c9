#!/bin/sh
# First start of the compose PostgreSQL: one login role and one database per service, each role owning its
# database (the services create their schemas themselves). Password: MUTUALIS_DB_PASSWORD (docker-compose.yml).
set -eu
for context in membership supplier tender contract audit access; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$context" -v password="$MUTUALIS_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
SQL
done
