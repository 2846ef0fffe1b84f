#!/usr/bin/env bash
# A hot standby of the test cluster (<version>/main on 5432) on port 5440, streaming through the
# physical replication slot `ltstandby`, for tests/standby.rs. Idempotent: every run wipes
# the standby and takes a fresh base backup (the test databases are small, so this takes
# a few seconds), which also clears whatever state an earlier run left.
#
#   LAWTRACKER_STANDBY_DELAY   recovery_min_apply_delay, e.g. 0 (default), 500ms, 2s
#   LAWTRACKER_STANDBY_PORT    the standby's port (default 5440)
#
# Must run as root or as the postgres OS user (cluster files belong to postgres).
set -euo pipefail

# The cluster version CI uses too: the first (only) one installed.
VERSION="$(ls /etc/postgresql | head -n 1)"
PRIMARY_PORT=5432
PORT="${LAWTRACKER_STANDBY_PORT:-5440}"
DELAY="${LAWTRACKER_STANDBY_DELAY:-0}"
CLUSTER=ltstandby
SLOT=ltstandby
PRIMARY_HBA="/etc/postgresql/$VERSION/main/pg_hba.conf"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    "$@"
  else
    runuser -u postgres -- "$@"
  fi
}
primary_sql() {
  psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d postgres -XAtq -v ON_ERROR_STOP=1 -c "$1"
}

if ! pg_isready -h 127.0.0.1 -p "$PRIMARY_PORT" -q; then
  echo "the primary does not answer at 127.0.0.1:$PRIMARY_PORT" >&2
  exit 1
fi

# Replication connections are matched only by the `replication` keyword, never by `all`.
if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$PRIMARY_HBA"; then
  echo "host replication all 127.0.0.1/32 trust" >>"$PRIMARY_HBA"
  primary_sql "select pg_reload_conf()" >/dev/null
fi

if [ "$(primary_sql 'show wal_level')" = minimal ]; then
  echo "the primary has wal_level=minimal; streaming replication needs replica" >&2
  exit 1
fi
# A slot keeps WAL for a standby that is stopped (the tests stop it on purpose); cap what
# it may hold so a forgotten standby cannot fill the shared disk. Reload is enough.
if [ "$(primary_sql 'show max_slot_wal_keep_size')" = "-1" ]; then
  primary_sql "alter system set max_slot_wal_keep_size = '2GB'" >/dev/null
  primary_sql "select pg_reload_conf()" >/dev/null
fi

# Stop the old standby first: its walsender holds the slot, and the slot is reused below.
if pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION $CLUSTER"; then
  pg_ctlcluster --skip-systemctl-redirect "$VERSION" "$CLUSTER" stop -m immediate 2>/dev/null || true
else
  pg_createcluster "$VERSION" "$CLUSTER" -p "$PORT" >/dev/null
fi
DATA="$(pg_lsclusters -h | awk -v c="$CLUSTER" -v v="$VERSION" '$1==v && $2==c {print $6}')"
CONF="/etc/postgresql/$VERSION/$CLUSTER"
if [ -z "$DATA" ] || [ "$DATA" = / ]; then
  echo "could not find the data directory of $VERSION/$CLUSTER" >&2
  exit 1
fi

# A slot that a stopped or lost standby left behind is reused as is: pg_basebackup -S
# streams from it and the new standby starts from the backup's own position.
SLOT_FLAG=(-S "$SLOT")
if [ "$(primary_sql "select count(*) from pg_replication_slots where slot_name = '$SLOT'")" = 0 ]; then
  SLOT_FLAG+=(-C)
fi

find "$DATA" -mindepth 1 -delete
as_postgres pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DATA" -R \
  "${SLOT_FLAG[@]}" -X stream --checkpoint=fast

# The backup copied the primary's postgresql.auto.conf; the standby's own settings go
# after it so they win. hot_standby_feedback stays off on purpose: the tests want the
# recovery conflicts that production sees.
cat >>"$DATA/postgresql.auto.conf" <<EOF
recovery_min_apply_delay = '$DELAY'
hot_standby = on
EOF
chown postgres:postgres "$DATA/postgresql.auto.conf"
sed -i "s/^port = .*/port = $PORT/" "$CONF/postgresql.conf"
cat >"$CONF/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
EOF
chown postgres:postgres "$CONF/pg_hba.conf"

pg_ctlcluster --skip-systemctl-redirect "$VERSION" "$CLUSTER" start
for _ in $(seq 1 100); do
  if pg_isready -h 127.0.0.1 -p "$PORT" -q; then
    break
  fi
  sleep 0.2
done
if ! pg_isready -h 127.0.0.1 -p "$PORT" -q; then
  echo "the standby did not become ready on port $PORT" >&2
  exit 1
fi
if [ "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -XAtq -c 'select pg_is_in_recovery()')" != t ]; then
  echo "the cluster on port $PORT is not in recovery" >&2
  exit 1
fi
echo "standby $VERSION/$CLUSTER ready on port $PORT (recovery_min_apply_delay=$DELAY)"
