#!/usr/bin/env bash
# The README's two commands, on Debian 12 or Ubuntu 24.04, as root or with sudo:
#
#   installer/dev.sh run    installs what is missing, builds, and opens the wizard on the sandbox
#   installer/dev.sh test   installs what is missing, builds with the sanitizers, and runs the whole suite
#
# Re-running is cheap: nothing is installed twice, the build is incremental (and cached by ccache).
set -euo pipefail

readonly root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly self="installer/dev.sh"

# What building, running and testing need, as Debian/Ubuntu packages.
readonly packages=(
    cmake ninja-build g++ ccache pkg-config               # the build
    qt6-base-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev  # Qt Core, Gui, Widgets, Network, Sql, Test; SQLite driver
    libqt6sql6-psql                                       # Qt's PostgreSQL driver: a database a team shares (--database URL)
    qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev  # the sandbox's HTTP server (its CMake package needs WebSockets); OAuth 2.0
    libsqlite3-dev                                        # the store's batches bind through SQLite's C API
    libssl-dev                                            # the sandbox's --tls makes its certificate with OpenSSL
    libcurl4-openssl-dev                                  # invitations over SMTP (STARTTLS, TLS, AUTH): libcurl's SMTP client
    qtkeychain-qt6-dev libsecret-1-0                      # secrets in the OS keychain (Secret Service on Linux)
    qt6-tools-dev qt6-l10n-tools                          # qt_add_translations: LinguistTools' CMake package; lupdate, lrelease
    dbus-daemon dbus-bin gnome-keyring                    # tests: a private D-Bus session with a real Secret Service
    util-linux                                            # tests: setpriv, to test read-only files when run as root; runuser
    postgresql                                            # tests: a throw-away PostgreSQL server (tests/with-postgres.sh)
    clang libclang-rt-dev                                 # the sanitizer build (asan preset) and libFuzzer (tests/fuzz/run-fuzzer.sh)
    mold                                                  # the build: links the test executables faster than GNU ld
    python3-aiosmtpd openssl                              # tests: a real SMTP server (tests/support/smtpserver.py) and its throw-away certificates
    xvfb xauth fonts-dejavu-core                          # a window without a desktop; readable text in screenshots
)

# tests: the Salesforce login in a real browser (tests/salesforce/testsalesforcerealbrowser.cpp), opened as
# the window opens it (QDesktopServices, xdg-open) and driven by chromedriver. Debian's packages only:
# Ubuntu's chromium and chromium-driver are virtual names for transitional packages that install the
# Chromium snap (through snapd, which containers lack), whose confinement hides its profile from the test;
# there the test skips and says why.
readonly browser_packages=(chromium chromium-driver xdg-utils)

# Whether the distribution ships Chromium as a .deb (Debian and its derivatives but Ubuntu's).
ships_chromium_deb() {
    local id="" id_like=""
    if [[ -r /etc/os-release ]]; then
        id=$(. /etc/os-release && echo "${ID:-}")
        id_like=$(. /etc/os-release && echo "${ID_LIKE:-}")
    fi
    [[ $id != ubuntu && " $id_like " != *" ubuntu "* ]]
}

say() { printf '%s: %s\n' "$self" "$*" >&2; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        say "installing packages needs root: run this as root or install sudo."
        exit 3
    fi
}

install_missing() {
    local wanted=("${packages[@]}") missing=()
    if ships_chromium_deb; then
        wanted+=("${browser_packages[@]}")
    else
        say "not installing chromium: this distribution has it only as a snap (the real-browser test skips)"
    fi
    for package in "${wanted[@]}"; do
        if [[ $(dpkg-query -W -f='${Status}' "$package" 2>/dev/null) != "install ok installed" ]]; then
            missing+=("$package")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return
    fi
    say "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

build() { # preset [target]
    cd "$root"
    if [[ ! -f build/$1/build.ninja ]]; then
        cmake --preset "$1" >/dev/null
    fi
    cmake --build --preset "$1" ${2:+--target "$2"} -- -j"$(nproc)"
}

has_display() {
    [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]
}

run_app() {
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
    build debug sia-admin
    local app="$root/build/debug/app/sia-admin"
    if has_display; then
        say "opening SIA Admin on the sandbox (Marketo and Salesforce emulated on this machine; your own instance is not touched)"
        exec "$app" --sandbox "$@"
    fi
    local tour="$root/build/tour"
    say "no display is available, so the window cannot open here."
    say "rendering every page to PNG instead, in $tour:"
    "$app" --sandbox --tour "$tour"
    say "view those files, or run this again on a desktop (or under 'xvfb-run' with a VNC viewer)."
    say "the command line works everywhere: $app --sandbox status"
}

run_tests() {
    # Cache hits across clones in different folders (CI clones afresh).
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
    build asan
    cd "$root"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
    # A private keyring and a throw-away PostgreSQL server around the suite: the store and setup tests run
    # on SQLite and on PostgreSQL.
    "$root/tests/with-keyring.sh" "$root/tests/with-postgres.sh" ctest --preset asan -j"$(nproc)"
}

case "${1:-}" in
run)
    shift
    install_missing
    run_app "$@"
    ;;
test)
    install_missing
    run_tests
    ;;
*)
    echo "usage: $self run|test" >&2
    exit 2
    ;;
esac
