# Setup: the plan's rules over a real store (on SQLite and on PostgreSQL), its definition, and the persona
# table model.
sia_add_test(NAME testsetupplan SOURCES setup/testsetupplan.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testpersonatablemodel SOURCES setup/testpersonatablemodel.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
# The plan's effective state (locks, blockers, next moves, progress), pure: no store.
sia_add_test(NAME testplansnapshot SOURCES setup/testplansnapshot.cpp LIBS sia_core LABELS unit)
# Each step's state class and its own rules, and the registry that lists them.
sia_add_test(NAME testsetupsteps SOURCES setup/testsetupsteps.cpp LIBS sia_core LABELS unit)
# The Marketo-Salesforce sync prerequisite checked from Marketo's data, over an in-process sandbox.
sia_add_test(NAME testsyncprerequisite SOURCES setup/testsyncprerequisite.cpp LIBS sia_sandbox_testkit sia_sandbox sia_core
    LABELS sandbox)
