# Setup: the plan's rules over a real store (on SQLite and on PostgreSQL), its definition, and the persona
# table model.
sia_add_test(NAME testsetupplan SOURCES setup/testsetupplan.cpp LIBS sia_core LABELS unit BACKENDS sqlite postgres)
sia_add_test(NAME testpersonatablemodel SOURCES setup/testpersonatablemodel.cpp LIBS sia_core LABELS unit
    BACKENDS sqlite postgres)
