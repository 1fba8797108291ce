# Settings: the declared keys, and their typed, scoped values in the Actions database.
sia_add_test(NAME testsettingdefinitions SOURCES settings/testsettingdefinitions.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsettingsrepository SOURCES settings/testsettingsrepository.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
