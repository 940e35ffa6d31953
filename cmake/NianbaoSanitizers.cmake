# Sanitizer and fuzzing builds (docs/testing.md).
#   -DNIANBAO_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer for every target (GCC or clang);
#                          undefined behaviour halts the program, so any finding fails the test.
#   -DNIANBAO_FUZZ=ON      the libFuzzer targets (clang only). Implies the sanitizers and adds the coverage
#                          instrumentation libFuzzer needs to every library, so the fuzzers see inside them.
option(NIANBAO_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(NIANBAO_FUZZ "Build the libFuzzer targets (clang only; implies NIANBAO_SANITIZE)" OFF)

if(NIANBAO_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "NIANBAO_FUZZ needs clang, e.g. -DCMAKE_CXX_COMPILER=clang++-14")
endif()

if(NIANBAO_SANITIZE OR NIANBAO_FUZZ)
    if(MSVC)
        message(FATAL_ERROR "NIANBAO_SANITIZE and NIANBAO_FUZZ are set up for GCC and clang only")
    endif()
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
    if(NIANBAO_FUZZ)
        add_compile_options(-fsanitize=fuzzer-no-link)
    endif()
    set(NIANBAO_SANITIZED ON)
else()
    set(NIANBAO_SANITIZED OFF)
endif()

# What every test gets in its environment in a sanitizer build (child processes inherit it): leaks and
# undefined behaviour fail the test; leak reports from system libraries are suppressed in .ci/lsan.supp.
# CTest timeouts, and the waits for child processes inside tests (tests/support/TestTimeouts.h), are
# multiplied by NIANBAO_TEST_TIMEOUT_SCALE: the instrumented code is slower.
set(NIANBAO_SANITIZER_TEST_ENV)
set(NIANBAO_TEST_TIMEOUT_SCALE 1)
if(NIANBAO_SANITIZED)
    set(NIANBAO_SANITIZER_TEST_ENV
        "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/.ci/lsan.supp:print_suppressions=0"
        "NIANBAO_TEST_TIMEOUT_SCALE=3")
    set(NIANBAO_TEST_TIMEOUT_SCALE 3)
endif()
