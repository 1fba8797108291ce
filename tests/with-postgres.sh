#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server that belongs to this run alone:
#
#   tests/with-postgres.sh ctest --preset debug -L postgres --output-on-failure
#
# The server comes from Debian's `postgresql` package: initdb into a fresh temporary directory, listening
# on a Unix socket in that directory and on 127.0.0.1 at a port chosen now, with fsync off (nothing here
# needs to survive a crash). The command sees
#
#   SIA_TEST_POSTGRES_URL         postgresql://sia_test@127.0.0.1:PORT/postgres   (a superuser, no password)
#   SIA_TEST_POSTGRES_SOCKET_URL  postgresql://sia_test@localhost:PORT/postgres?host=SOCKET_DIR
#
# The superuser sia_test is trusted on the socket and on 127.0.0.1; every other role must give its password
# over 127.0.0.1 (scram-sha-256), so that tests can create a role and prove a wrong password is refused.
# As root (CI) the server runs as the `postgres` system user, since initdb refuses root. Exits with the
# command's exit code, or 125 when the server could not be set up. Stops the server and removes everything
# at the end, also when the command fails or on Ctrl-C.
set -euo pipefail

readonly self="with-postgres.sh"
readonly setup_failed=125
readonly test_role="sia_test"

fail() {
    echo "$self: $*" >&2
    exit "$setup_failed"
}

[[ $# -gt 0 ]] || {
    echo "usage: $self COMMAND [ARGUMENTS...]" >&2
    exit 2
}

# The newest installed server's programs (they are not on PATH on Debian).
bindir=""
while IFS= read -r candidate; do
    [[ -x $candidate/initdb && -x $candidate/pg_ctl ]] && bindir=$candidate
done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
if [[ -z $bindir ]] && command -v initdb >/dev/null 2>&1; then
    bindir=$(dirname "$(command -v initdb)")
fi
[[ -n $bindir ]] || fail "initdb not found; install the Debian package 'postgresql' (apt-get install postgresql)."

# As root the server runs as the package's system user; otherwise as whoever runs this.
as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || fail "running as root, but the 'postgres' system user (made by the package 'postgresql') does not exist."
    command -v runuser >/dev/null 2>&1 || fail "'runuser' not found; install the Debian package 'util-linux'."
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/sia-postgres.XXXXXX") || fail "cannot create a temporary directory."
readonly root data="$root/data" socket="$root/socket"
readonly log="$socket/server.log"
started=""

# shellcheck disable=SC2317 # called through the traps
cleanup() {
    if [[ -n $started ]]; then
        as_server_user "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf -- "$root"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

chmod 755 "$root" # the server's user must reach its directories inside it
if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$root"; then
    fail "the postgres user cannot enter $root (a folder above it is closed to other users); set TMPDIR to a folder every user may enter, such as /tmp."
fi
mkdir -p "$data" "$socket"
chmod 700 "$data"
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$data" "$socket"
fi

as_server_user "$bindir/initdb" -D "$data" -U "$test_role" --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$root/initdb.log" 2>&1 || fail "initdb failed: $(cat "$root/initdb.log")"

# The superuser is trusted; every other role needs its password, also over the socket. (The server log
# sits in the socket directory: the server user may write there, and it goes away with everything else.)
cat >"$data/pg_hba.conf" <<EOF
local all $test_role               trust
host  all $test_role 127.0.0.1/32  trust
local all all                      scram-sha-256
host  all all        127.0.0.1/32  scram-sha-256
EOF

port_is_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A free port now; another program may take it before the server binds it, so try a few.
port=""
for _ in 1 2 3 4 5; do
    candidate=$((20000 + RANDOM % 40000))
    port_is_taken "$candidate" && continue
    if as_server_user "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 30 start -o \
        "-c listen_addresses=127.0.0.1 -p $candidate -k $socket -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=200 -c lc_messages=C" >/dev/null 2>&1; then
        port=$candidate
        started=yes
        break
    fi
done
[[ -n $port ]] || fail "the PostgreSQL server did not start. It said: $(cat "$log" 2>/dev/null)"

export SIA_TEST_POSTGRES_URL="postgresql://$test_role@127.0.0.1:$port/postgres"
export SIA_TEST_POSTGRES_SOCKET_URL="postgresql://$test_role@localhost:$port/postgres?host=$socket"

status=0
"$@" || status=$?
exit "$status"
