# Review: what the offline review reads from a store (on SQLite and on PostgreSQL), and the read-only models
# that present it.
sia_add_test(NAME testreviewreader SOURCES review/testreviewreader.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME teststephistorymodel SOURCES review/teststephistorymodel.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testauditlogmodel SOURCES review/testauditlogmodel.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testsettingsmodel SOURCES review/testsettingsmodel.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testreviewpaging SOURCES review/testreviewpaging.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testauditcatalogue SOURCES review/testauditcatalogue.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)

# The translation loader finds a compiled .qm where the product's live (:/i18n); the test's own German
# catalogue is compiled here with lrelease, not kept by lupdate (it holds only what the test needs).
sia_add_test(NAME testtranslations SOURCES review/testtranslations.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
qt_add_lrelease(testtranslations TS_FILES "${CMAKE_CURRENT_SOURCE_DIR}/review/data/sia-admin_de.ts"
    QM_FILES_OUTPUT_VARIABLE test_qm_files NO_GLOBAL_TARGET)
qt_add_resources(testtranslations "test_translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${test_qm_files})
