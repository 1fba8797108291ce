# Store: the Actions database file, its migrations, the audit log and the worker thread.
sia_add_test(NAME teststore SOURCES store/teststore.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testauditlog SOURCES store/testauditlog.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME teststoreworker SOURCES store/teststoreworker.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME teststoretransactions SOURCES store/teststoretransactions.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME teststorebatch SOURCES store/teststorebatch.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testlongjobrunner SOURCES store/testlongjobrunner.cpp LIBS sia_core LABELS unit)
