# Connections: the records and their owners on both backends, the hand-over, the keychain entries of a
# connection, the proxy and the API budget.
sia_add_test(NAME testconnectionrepository SOURCES connections/testconnectionrepository.cpp LIBS sia_core
    LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testconnectionhandover SOURCES connections/testconnectionhandover.cpp LIBS sia_core
    LABELS unit BACKENDS sqlite postgres)
