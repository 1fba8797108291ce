# GUI: the real main window over a real database, driven by keyboard and mouse on the offscreen platform.
# One test class per page, sharing GuiTestBase. The pages and the review mode run on SQLite and on
# PostgreSQL; the others on SQLite.
# GuiTestBase, compiled once for all the GUI tests that start from it (it was compiled into each).
qt_add_library(sia_gui_testkit ${SIA_LIBRARY_TYPE} gui/guitestbase.cpp gui/guitestbase.h)
target_link_libraries(sia_gui_testkit PUBLIC sia_ui sia_core sia_test_support Qt6::Test)
target_include_directories(sia_gui_testkit PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/gui")

sia_add_test(NAME testoverviewpage SOURCES gui/testoverviewpage.cpp LIBS sia_gui_testkit sia_ui sia_core LABELS gui BACKENDS sqlite postgres)
sia_add_test(NAME teststeppage SOURCES gui/teststeppage.cpp LIBS sia_gui_testkit sia_ui sia_core LABELS gui BACKENDS sqlite postgres)
sia_add_test(NAME testmainwindownavigation SOURCES gui/testmainwindownavigation.cpp
    LIBS sia_gui_testkit sia_ui sia_core LABELS gui BACKENDS sqlite postgres)
sia_add_test(NAME testreviewpage SOURCES gui/testreviewpage.cpp LIBS sia_gui_testkit sia_ui sia_core LABELS gui BACKENDS sqlite postgres)
sia_add_test(NAME testreviewmode SOURCES gui/testreviewmode.cpp LIBS sia_gui_testkit sia_ui sia_core LABELS gui BACKENDS sqlite postgres)
# SIA_TOUR_DIR=DIR keeps the pictures in DIR, to look at them.
sia_add_test(NAME testtourrenderer SOURCES gui/testtourrenderer.cpp LIBS sia_gui_testkit sia_ui sia_core LABELS gui)
# The page registry: keys, order, one page class per step; the navigation, the window and the tour follow it.
sia_add_test(NAME testpageregistry SOURCES gui/testpageregistry.cpp LIBS sia_gui_testkit sia_ui sia_core LABELS gui)
# Every view (persona table, navigation, overview progress, step page) shows the same effective state.
sia_add_test(NAME testviewagreement SOURCES gui/testviewagreement.cpp LIBS sia_ui sia_core LABELS gui)
# The window on a PostgreSQL database (tests/with-postgres.sh): the plan loads, the server is named, review
# leaves it untouched.
sia_add_test(NAME testmainwindowpostgres SOURCES gui/testmainwindowpostgres.cpp LIBS sia_ui sia_core LABELS gui
    BACKENDS postgres)
# Step 3's page over the real service, against an in-process sandbox, on both databases. SIA_TOUR_DIR=DIR
# keeps pictures of the whole page.
sia_add_test(NAME testmarketoconnectionpage SOURCES gui/testmarketoconnectionpage.cpp
    LIBS sia_ui sia_sandbox_testkit sia_sandbox sia_core LABELS gui BACKENDS sqlite postgres)
# Step 1's page over the real services, against an in-process sandbox, on both databases.
sia_add_test(NAME testaccountsetuppage SOURCES gui/testaccountsetuppage.cpp
    LIBS sia_ui sia_sandbox_testkit sia_sandbox sia_core LABELS gui BACKENDS sqlite postgres)
# Steps 6 and 7's pages over a client of an in-process sandbox org (a SalesforceClientSource of the test's
# own) and a real database.
foreach(name testsalesforcepackagepage testsalesforcepackageconfigpage)
    sia_add_test(NAME ${name} SOURCES gui/${name}.cpp
        salesforce/fixtureclientsource.h LIBS sia_ui sia_sandbox_testkit sia_sandbox sia_core LABELS gui)
endforeach()
# The overview's Marketo-Salesforce sync prerequisite checked from the data, in the real window.
sia_add_test(NAME testoverviewsynccheck SOURCES gui/testoverviewsynccheck.cpp
    LIBS sia_ui sia_sandbox_testkit sia_sandbox sia_core LABELS gui)

# Step 2's page over the real service, against an in-process sandbox whose login page a test browser
# follows. SIA_TOUR_DIR=DIR keeps a picture of the connected page.
sia_add_test(NAME testsalesforceconnectionpage SOURCES gui/testsalesforceconnectionpage.cpp LIBS sia_ui sia_sandbox_testkit sia_sandbox sia_core LABELS gui sandbox)
target_include_directories(testsalesforceconnectionpage PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/salesforce)
# The API budget card (steps 2 and 3): a report shown, a cap stored through the setting, a refusal shown.
sia_add_test(NAME testapibudgetcard SOURCES gui/testapibudgetcard.cpp LIBS sia_ui sia_core LABELS gui BACKENDS sqlite postgres)
# The Network dialog (File › Network settings…, step 3): the proxy and its keychain password, the extra CA.
sia_add_test(NAME testnetworkdialog SOURCES gui/testnetworkdialog.cpp LIBS sia_ui sia_sandbox sia_core LABELS gui)
# Step 4's page over a scripted PeopleSyncService: every state of a run, the buttons, the preview, the
# dry run's report, the history, the changes, the errors' export. SIA_TOUR_DIR=DIR keeps a picture of each.
sia_add_test(NAME testpeoplesyncpage SOURCES gui/testpeoplesyncpage.cpp gui/scriptedpeoplesyncservice.h
    LIBS sia_ui sia_core LABELS gui BACKENDS sqlite postgres)
# The read-only people browser of step 4: search after a pause in the typing, the counts, nobody matching;
# over a real store of people on both databases.
sia_add_test(NAME testpeoplebrowser SOURCES gui/testpeoplebrowser.cpp LIBS sia_ui sia_core LABELS gui
    BACKENDS sqlite postgres)
# Step 5's page over the real users service and invitation delivery (a transport of the test's own) and a
# real database: invite, nothing sent twice, delivery states and retry, filters, teams, role and teams,
# remove with its confirmation and the original user's rule.
sia_add_test(NAME testuserspage SOURCES gui/testuserspage.cpp LIBS sia_ui sia_core LABELS gui
    BACKENDS sqlite postgres)
# The Mail dialog (File › Mail settings…): the settings through its widgets, the SMTP password in the keychain
# only, core's validation, and a test message off the GUI thread to a real SMTP server (aiosmtpd) or the outbox.
# SIA_TOUR_DIR=DIR keeps a picture of the dialog.
sia_add_test(NAME testmaildialog SOURCES gui/testmaildialog.cpp LIBS sia_ui sia_core LABELS gui
    BACKENDS sqlite postgres)
# Step 5's CSV import wizard over the real users service and invitation delivery and a real database, with
# the English catalogue compiled in (the counts' plural forms): the verdicts and counts, a column changed,
# the columns remembered, an EUC-KR file, the file-level refusals, Invite, a stale preview, the report.
# SIA_TOUR_DIR=DIR keeps pictures of the pages.
sia_add_test(NAME testcsvimportdialog SOURCES gui/testcsvimportdialog.cpp LIBS sia_ui sia_core LABELS gui
    BACKENDS sqlite postgres)
sia_add_english_catalogue(testcsvimportdialog)
# The sync health page (issue 12) over the real service and a seeded database: runs, error groups with their
# record counts, a group's records and its filter, retry once confirmed (or the reason), the CSV export.
sia_add_test(NAME testsynchealthpage SOURCES gui/testsynchealthpage.cpp LIBS sia_ui sia_core LABELS gui
    BACKENDS sqlite postgres)
sia_add_english_catalogue(testsynchealthpage)
# The Salesforce sync settings dialog (issue 12) over a real database on the store's worker thread, a client
# of an in-process sandbox org (or a source's refusal) and a scripted task sync: the summary before anything
# is stored, Save with its audit entry, a user's own value and the instance's, the instance-only keys, the
# Email-to-Salesforce address, the API tab's availability, the task sync run. SIA_TOUR_DIR=DIR keeps
# pictures of each tab.
sia_add_test(NAME testsyncsettingsdialog SOURCES gui/testsyncsettingsdialog.cpp salesforce/fixtureclientsource.h
    LIBS sia_ui sia_sandbox_testkit sia_sandbox sia_core LABELS gui BACKENDS sqlite postgres)
# The command center (issue 12) over a real database on the store's worker thread, a fixed clock and a
# scripted task sync: today and tomorrow in the owner's time zone, New… through the dialog (audited),
# Complete, Reopen and Delete, the status line, a run after a local change (or its refusal), the review's
# lists without buttons. SIA_TOUR_DIR=DIR keeps a picture of the page.
sia_add_test(NAME testcommandcenterpage SOURCES gui/testcommandcenterpage.cpp LIBS sia_ui sia_core LABELS gui
    BACKENDS sqlite postgres)
