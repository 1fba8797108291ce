# GUI: the real main window over a real SQLite file, driven by keyboard and mouse on the offscreen
# platform. One test class per page, sharing GuiTestBase.
sia_add_test(NAME testoverviewpage SOURCES gui/testoverviewpage.cpp gui/guitestbase.cpp LIBS sia_ui sia_core LABELS gui)
sia_add_test(NAME teststeppage SOURCES gui/teststeppage.cpp gui/guitestbase.cpp LIBS sia_ui sia_core LABELS gui)
sia_add_test(NAME testmainwindownavigation SOURCES gui/testmainwindownavigation.cpp gui/guitestbase.cpp
    LIBS sia_ui sia_core LABELS gui)
sia_add_test(NAME testreviewpage SOURCES gui/testreviewpage.cpp gui/guitestbase.cpp LIBS sia_ui sia_core LABELS gui)
sia_add_test(NAME testreviewmode SOURCES gui/testreviewmode.cpp gui/guitestbase.cpp LIBS sia_ui sia_core LABELS gui)
# SIA_TOUR_DIR=DIR keeps the pictures in DIR, to look at them.
sia_add_test(NAME testtourrenderer SOURCES gui/testtourrenderer.cpp gui/guitestbase.cpp LIBS sia_ui sia_core LABELS gui)
