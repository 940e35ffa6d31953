# Runs a validator on a packaging file; a CTest test (tests/packaging/CMakeLists.txt).
#   cmake -DTOOL=desktop-file-validate -DPACKAGE=desktop-file-utils -DFILE=x.desktop [-DARGS=a;b] -P validate.cmake
# Passes only when the validator accepts the file and reports nothing (no warning, no hint, no info).
# Prints "SKIP:" (the test's SKIP_REGULAR_EXPRESSION) with the reason when the validator is not installed.
find_program(tool ${TOOL})
if(NOT tool)
    message("SKIP: ${TOOL} is not installed (Debian package ${PACKAGE}; bash .ci/deps.sh --test installs it)")
    return()
endif()
execute_process(COMMAND ${tool} ${ARGS} ${FILE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${TOOL} ${FILE}:\n${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TOOL} rejects ${FILE} (exit ${rc})")
endif()
# desktop-file-validate is silent on a clean file; appstreamcli prints E:/W:/I: lines for its findings.
string(REGEX REPLACE "[^\n]*Validation was successful[^\n]*" "" rest "${out}")
string(STRIP "${rest}" rest)
if(NOT rest STREQUAL "")
    message(FATAL_ERROR "${TOOL} reports findings on ${FILE} (see above)")
endif()
