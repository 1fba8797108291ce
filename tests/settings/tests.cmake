# Settings: the declared keys, and their typed, scoped values in the Actions database.
sia_add_test(NAME testsettingdefinitions SOURCES settings/testsettingdefinitions.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsettingsrepository SOURCES settings/testsettingsrepository.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testsettingschange SOURCES settings/testsettingschange.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testsettingsfile SOURCES settings/testsettingsfile.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testsyncsettingschecks SOURCES settings/testsyncsettingschecks.cpp LIBS sia_core LABELS unit)
