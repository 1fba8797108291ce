# Connections: the records and their owners on both backends, the hand-over, the keychain entries of a
# connection, the proxy and the API budget.
sia_add_test(NAME testconnectionrepository SOURCES connections/testconnectionrepository.cpp LIBS sia_core
    LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testconnectionhandover SOURCES connections/testconnectionhandover.cpp LIBS sia_core
    LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testconnectionsecrets SOURCES connections/testconnectionsecrets.cpp LIBS sia_core LABELS unit)
# The same on the real OS keychain: needs tests/with-keyring.sh.
add_test(NAME testconnectionsecrets-keychain COMMAND testconnectionsecrets)
set_tests_properties(testconnectionsecrets-keychain PROPERTIES LABELS keychain
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SIA_TEST_REAL_KEYCHAIN=1" TIMEOUT 300)
sia_add_test(NAME testapibudget SOURCES connections/testapibudget.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testapibudgetgate SOURCES connections/testapibudgetgate.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testnetworkproxy SOURCES connections/testnetworkproxy.cpp LIBS sia_core LABELS unit)
# The proxy's password from the real OS keychain: needs tests/with-keyring.sh.
add_test(NAME testnetworkproxy-keychain COMMAND testnetworkproxy)
set_tests_properties(testnetworkproxy-keychain PROPERTIES LABELS keychain
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SIA_TEST_REAL_KEYCHAIN=1;SIA_TEST_BACKEND=sqlite" TIMEOUT 300)
# The named checks' runner: together, skipped, ordered, timed.
sia_add_test(NAME testconnectioncheckrunner SOURCES connections/testconnectioncheckrunner.cpp LIBS sia_core LABELS unit)
# health: a call's purpose (the sync kind) in the ledger, its file and the gate, and each sync's share (issue 12).
sia_add_test(NAME testapicallpurpose SOURCES connections/testapicallpurpose.cpp LIBS sia_core LABELS unit)
