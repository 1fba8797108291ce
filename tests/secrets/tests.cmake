# Secrets: the OS keychain behind SecretStore, the probe that checks it, and the in-memory store that
# other areas' unit tests use.
sia_add_test(NAME testmemorysecretstore SOURCES secrets/testmemorysecretstore.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsecretprobe SOURCES secrets/testsecretprobe.cpp LIBS sia_core LABELS unit)

# Needs a real, unlocked Secret Service of its own: run through tests/with-keyring.sh.
sia_add_test(NAME testkeychainsecretstore SOURCES secrets/testkeychainsecretstore.cpp LIBS sia_core LABELS keychain)

# No keychain at all. Needs no wrapper; the test also forces the bus address itself.
sia_add_test(NAME testkeychainunavailable SOURCES secrets/testkeychainunavailable.cpp LIBS sia_core
    LABELS keychain ENVIRONMENT "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/sia-no-bus")
# The same under a KDE 4 session, where QtKeychain takes its KWallet path: the only one that would write
# a plain-text QSettings file if the insecure fallback were ever switched on.
sia_add_test(NAME testkeychainunavailablekwallet SOURCES secrets/testkeychainunavailable.cpp LIBS sia_core
    LABELS keychain ENVIRONMENT "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/sia-no-bus"
    "XDG_CURRENT_DESKTOP=KDE" "KDE_SESSION_VERSION=4")

# Writes known secrets to the keychain, works the app through its command line and its tour, then scans
# every file the app wrote for them. Needs tests/with-keyring.sh.
sia_add_test(NAME testsecretscan SOURCES secrets/testsecretscan.cpp cli/sialauncher.cpp cli/sialauncher.h
    LIBS sia_core LABELS keychain)
target_compile_definitions(testsecretscan PRIVATE SIA_ADMIN_BINARY="$<TARGET_FILE:sia-admin>")
target_include_directories(testsecretscan PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/cli")
add_dependencies(testsecretscan sia-admin)
# The PostgreSQL password over the in-memory store (end to end with a real keychain: testpostgrespassword).
sia_add_test(NAME testdatabasecredentials SOURCES secrets/testdatabasecredentials.cpp LIBS sia_core LABELS unit)
