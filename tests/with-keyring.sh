#!/usr/bin/env bash
# Runs a command against a real Secret Service that belongs to this run alone:
#
#   tests/with-keyring.sh ctest --test-dir build -L keychain --output-on-failure
#
# The command runs inside a private D-Bus session (dbus-run-session) with its own gnome-keyring-daemon,
# whose "login" collection is created and unlocked with a throw-away password, and with HOME and the XDG
# directories pointed at a fresh temporary directory: the keyring of whoever runs this is never touched,
# nothing needs a display or a prompt, and it works as root in CI. Exits with the command's exit code, or
# 125 when the keyring could not be set up. Removes everything it created.
#
# Harmless noise in containers: dbus-daemon's "Failed to set fd limit to 65536: Operation not permitted".
set -euo pipefail

readonly self="with-keyring.sh"
readonly setup_failed=125
readonly wait_seconds=${SIA_KEYRING_WAIT_SECONDS:-15}

fail() {
    echo "$self: $*" >&2
    exit "$setup_failed"
}

require_program() { # program, Debian package that provides it
    command -v "$1" >/dev/null 2>&1 || fail "'$1' not found; install the Debian package '$2' (apt-get install $2)."
}

# --- Outer half: check the tools, make the private directories, start the private bus. ----------------
outer() {
    [[ $# -gt 0 ]] || {
        echo "usage: $self COMMAND [ARGUMENTS...]" >&2
        exit 2
    }
    require_program dbus-run-session dbus-daemon
    require_program dbus-send dbus-bin
    require_program gnome-keyring-daemon gnome-keyring
    # QtKeychain loads libsecret at run time (dlopen), so nothing fails to link without it: it just
    # silently picks another backend. Check for it here so that a missing package is named. (No grep -q:
    # it would close the pipe early, and with pipefail ldconfig's SIGPIPE would read as "not found".)
    if ! "$(command -v ldconfig || echo /sbin/ldconfig)" -p 2>/dev/null | grep 'libsecret-1\.so\.0' >/dev/null; then
        fail "libsecret-1.so.0 not found; install the Debian package 'libsecret-1-0'."
    fi

    local root
    root=$(mktemp -d "${TMPDIR:-/tmp}/sia-keyring.XXXXXX") || fail "cannot create a temporary directory."
    trap 'rm -rf -- "$root"' EXIT
    mkdir -p "$root/home/.config" "$root/home/.local/share" "$root/home/.cache" "$root/runtime"
    chmod 700 "$root/runtime" # gnome-keyring refuses a runtime directory others can read

    local status=0
    # No display: gnome-keyring must never put up a prompt, not even on a developer's desktop.
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
        HOME="$root/home" \
        XDG_CONFIG_HOME="$root/home/.config" \
        XDG_DATA_HOME="$root/home/.local/share" \
        XDG_CACHE_HOME="$root/home/.cache" \
        XDG_RUNTIME_DIR="$root/runtime" \
        SIA_TEST_KEYRING="$root" \
        dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-private-session "$@" || status=$?
    exit "$status"
}

# --- Inner half: runs on the private bus. --------------------------------------------------------------
bus_call() { # destination, object path, method, arguments...
    dbus-send --session --print-reply=literal --reply-timeout=5000 --dest="$1" "$2" "$3" "${@:4}"
}

secrets_owned() {
    [[ $(bus_call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets 2>/dev/null) == *true* ]]
}

inner() {
    local log="$SIA_TEST_KEYRING/gnome-keyring.log"
    local daemon_pid=""

    # The daemon also quits by itself when the private bus goes away, which covers a failure before its
    # process id is known.
    # shellcheck disable=SC2317 # called through the EXIT trap
    stop_daemon() {
        if [[ -n $daemon_pid ]]; then
            kill "$daemon_pid" 2>/dev/null || true
        fi
    }
    trap stop_daemon EXIT

    # --unlock reads the password from stdin and unlocks the "login" collection, creating it first since
    # this HOME has none. The password only protects a keyring that is deleted at the end.
    printf '%s' "sia-test-keyring" |
        gnome-keyring-daemon --daemonize --unlock --components=secrets >"$SIA_TEST_KEYRING/gnome-keyring.env" 2>"$log" ||
        fail "gnome-keyring-daemon did not start: $(cat "$log")"

    local waited=0
    until secrets_owned; do
        ((waited < wait_seconds * 10)) || fail "org.freedesktop.secrets did not appear on the bus within \
${wait_seconds}s. gnome-keyring said: $(cat "$log")"
        sleep 0.1
        waited=$((waited + 1))
    done
    daemon_pid=$(bus_call org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $2}') ||
        fail "cannot ask the bus which process owns org.freedesktop.secrets."

    if grep -qiE 'capabilit|insecure memory|unsecure memory' "$log"; then
        echo "$self: note: gnome-keyring warned about process capabilities / locked memory; that is normal" \
            "as root or in a container and harmless for this throw-away keyring:" >&2
        sed 's/^/    /' "$log" >&2
    fi

    # libsecret (and so QtKeychain) stores into the collection behind the "default" alias: it must exist
    # and be unlocked, or every write fails ("Cannot create an item in a locked collection") once the
    # unlock prompt finds no display.
    local collection locked
    collection=$(bus_call org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.ReadAlias string:default | awk '{print $NF}') ||
        fail "the Secret Service did not answer ReadAlias. gnome-keyring said: $(cat "$log")"
    [[ -n $collection && $collection != "/" ]] ||
        fail "the keyring has no default collection, so writes would fail. gnome-keyring said: $(cat "$log")"
    locked=$(bus_call org.freedesktop.secrets "$collection" org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked | awk '{print $NF}') ||
        fail "cannot read whether $collection is locked."
    [[ $locked == false ]] || fail "the default collection $collection is locked (Locked=$locked)."

    local status=0
    "$@" || status=$?
    exit "$status"
}

if [[ ${1:-} == --inside-private-session ]]; then
    shift
    [[ -n ${SIA_TEST_KEYRING:-} ]] || fail "--inside-private-session is for this script's own use."
    inner "$@"
else
    outer "$@"
fi
