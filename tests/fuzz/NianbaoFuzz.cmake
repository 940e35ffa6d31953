# nianbao_add_fuzzer(NAME <name> SOURCES <files...> CORPUS <dir> [LIBS <libs...>])
#
# One fuzz target whose source defines the two libFuzzer entry points
#     extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);   // make the QCoreApplication here
#     extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
# Always: a CTest test fuzzreplay_<name> that feeds every file of CORPUS through LLVMFuzzerTestOneInput
# (any compiler, no libFuzzer needed), so every seed and every crasher found becomes a regression test.
# With -DNIANBAO_FUZZ=ON (clang): also the libFuzzer executable <name>. See docs/testing.md.
function(nianbao_add_fuzzer)
    cmake_parse_arguments(F "" "NAME;CORPUS" "SOURCES;LIBS" ${ARGN})
    if(NOT F_NAME OR NOT F_SOURCES OR NOT F_CORPUS)
        message(FATAL_ERROR "nianbao_add_fuzzer: NAME, SOURCES and CORPUS are required")
    endif()
    get_filename_component(corpus "${F_CORPUS}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(NOT IS_DIRECTORY "${corpus}")
        message(FATAL_ERROR "nianbao_add_fuzzer(${F_NAME}): corpus folder ${corpus} does not exist")
    endif()

    set(replay fuzzreplay_${F_NAME})
    qt_add_executable(${replay} ${F_SOURCES} ${NIANBAO_FUZZ_DIR}/FuzzReplayMain.cpp)
    target_link_libraries(${replay} PRIVATE nianbao_warnings ${F_LIBS})
    target_compile_definitions(${replay} PRIVATE NIANBAO_BINARY_DIR="${PROJECT_BINARY_DIR}")
    set_target_properties(${replay} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    add_test(NAME ${replay} COMMAND ${replay} "${corpus}")
    math(EXPR timeout "300 * ${NIANBAO_TEST_TIMEOUT_SCALE}")
    set_tests_properties(${replay} PROPERTIES TIMEOUT ${timeout} LABELS fuzz
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;NIANBAO_TESTING=1;${NIANBAO_SANITIZER_TEST_ENV}")

    if(NIANBAO_FUZZ)
        add_executable(${F_NAME} ${F_SOURCES})
        target_link_libraries(${F_NAME} PRIVATE nianbao_warnings ${F_LIBS})
        target_compile_definitions(${F_NAME} PRIVATE NIANBAO_BINARY_DIR="${PROJECT_BINARY_DIR}")
        target_link_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
        # run-fuzzer.sh finds the seed corpus of a target in this file next to its executable.
        file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/${F_NAME}.corpus" "${corpus}\n")
    endif()
endfunction()
