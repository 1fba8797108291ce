# Setup: the plan's rules over a real store, its definition, and the persona table model.
sia_add_test(NAME testsetupplan SOURCES setup/testsetupplan.cpp LIBS sia_core LABELS unit)
sia_add_test(NAME testpersonatablemodel SOURCES setup/testpersonatablemodel.cpp LIBS sia_core LABELS unit)
