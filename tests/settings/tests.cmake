# Settings: typed, scoped values in the Actions database.
sia_add_test(NAME testsettingsrepository SOURCES settings/testsettingsrepository.cpp LIBS sia_core LABELS unit)
