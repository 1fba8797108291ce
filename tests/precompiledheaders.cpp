// The translation unit that tests/CMakeLists.txt builds the tests' shared precompiled header with.
