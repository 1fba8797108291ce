# Review: what the offline review reads from a store, and the read-only models that present it.
sia_add_test(NAME testreviewreader SOURCES review/testreviewreader.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME teststephistorymodel SOURCES review/teststephistorymodel.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testauditlogmodel SOURCES review/testauditlogmodel.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsettingsmodel SOURCES review/testsettingsmodel.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testreviewpaging SOURCES review/testreviewpaging.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testauditcatalogue SOURCES review/testauditcatalogue.cpp LIBS sia_core LABELS unit)
