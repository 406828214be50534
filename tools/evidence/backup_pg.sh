#!/bin/sh
# Backup and restore on PostgreSQL, proved by counts (make backup-test-pg):
# builds the demo database in $SRC_DB, pg_dump -Fc to a file, pg_restore into a fresh $DST_DB, compares counts.
# PGURL is the server without a database name, e.g. postgresql://postgres@127.0.0.1:5432
set -eu
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5432}
SRC_DB=${SRC_DB:-tarjotin_backup_source}
DST_DB=${DST_DB:-tarjotin_backup_restored}
PYTHON=${PYTHON:-.venv/bin/python}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; psql -q "$PGURL/postgres" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $SRC_DB" -c "DROP DATABASE IF EXISTS $DST_DB" >/dev/null 2>&1 || true' EXIT

psql -q "$PGURL/postgres" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $SRC_DB" -c "DROP DATABASE IF EXISTS $DST_DB" \
     -c "CREATE DATABASE $SRC_DB" -c "CREATE DATABASE $DST_DB"
"$PYTHON" - "$PGURL/$SRC_DB" "$WORK" <<'PY'
import sys
from pathlib import Path
sys.path.insert(0, ".")
from tools.evidence.server import environment, prepare
prepare(environment(Path(sys.argv[2]), sys.argv[1]))
PY
pg_dump --format=custom --no-owner --file="$WORK/tarjotin.dump" "$PGURL/$SRC_DB"
pg_restore --no-owner --exit-on-error --dbname="$PGURL/$DST_DB" "$WORK/tarjotin.dump"
COUNTS="SELECT 'catalogue_service', count(*) FROM catalogue_service UNION ALL
        SELECT 'catalogue_servicechannel', count(*) FROM catalogue_servicechannel UNION ALL
        SELECT 'catalogue_organization', count(*) FROM catalogue_organization UNION ALL
        SELECT 'catalogue_connection', count(*) FROM catalogue_connection UNION ALL
        SELECT 'catalogue_address', count(*) FROM catalogue_address UNION ALL
        SELECT 'catalogue_classification', count(*) FROM catalogue_classification UNION ALL
        SELECT 'trays_tray', count(*) FROM trays_tray UNION ALL
        SELECT 'sources_importrun', count(*) FROM sources_importrun UNION ALL
        SELECT 'django_migrations', count(*) FROM django_migrations"
psql -At "$PGURL/$SRC_DB" -c "$COUNTS" > "$WORK/source.txt"
psql -At "$PGURL/$DST_DB" -c "$COUNTS" > "$WORK/restored.txt"
echo "pg_dump file: $(wc -c < "$WORK/tarjotin.dump") bytes"
paste -d'|' "$WORK/source.txt" "$WORK/restored.txt" | awk -F'|' '{printf "| %s | %s | %s |\n", $1, $2, $4}' \
  | sed '1i | table | source rows | restored rows |\n|---|---|---|'
if cmp -s "$WORK/source.txt" "$WORK/restored.txt"; then echo "restored counts match"; else echo "restored counts DIFFER"; exit 1; fi
