# Windows only (included from packaging/CPackConfig.cmake): version resources and icons of the two
# programs, and an install step that makes the installed folder self-contained, so that `cpack -G WIX`
# (MSI) and `cpack -G ZIP` (portable) package a program that runs on a PC without Qt:
#   1. windeployqt copies the Qt DLLs, plugins (platforms, sqldrivers, printsupport, styles, imageformats)
#      and Qt's translations (zh_CN) beside nianbao.exe;
#   2. the other DLLs the programs and the PDF module nianbao_pdf.dll (installed beside them by
#      app/core/import/ImportDeps.cmake; the programs load it from their own folder) need (QuaZip, zlib,
#      Poppler and its libraries from vcpkg) are found with file(GET_RUNTIME_DEPENDENCIES) and copied too;
#   3. the MSVC runtime DLLs come from InstallRequiredSystemLibraries.
# Not run on the Debian CI; .github/workflows/windows.yml runs it on a Windows runner.

# 1. Version resources (.rc with VERSIONINFO and the icon) for nianbao.exe and nianbao-cli.exe.
set(NIANBAO_ICO "${CMAKE_CURRENT_LIST_DIR}/nianbao.ico")
foreach(target nianbao nianbao-cli)
    if(NOT TARGET ${target})
        continue()
    endif()
    set(NIANBAO_RC_FILE "${target}.exe")
    if(target STREQUAL "nianbao")
        set(NIANBAO_RC_DESCRIPTION "Nianbao annual report workbench")
    else()
        set(NIANBAO_RC_DESCRIPTION "Nianbao console tool")
    endif()
    configure_file(${CMAKE_CURRENT_LIST_DIR}/nianbao.rc.in ${CMAKE_BINARY_DIR}/packaging/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_BINARY_DIR}/packaging/${target}.rc)
endforeach()

# 2. Deployment at install time.
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
find_program(NIANBAO_WINDEPLOYQT windeployqt HINTS "${_qt_bin}" "${_qt_bin}/../tools/Qt6/bin" REQUIRED)
set(_dll_dirs "${_qt_bin}")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND _dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(prefix ${CMAKE_PREFIX_PATH})
    list(APPEND _dll_dirs "${prefix}/bin")
endforeach()

install(CODE "set(NIANBAO_WINDEPLOYQT \"${NIANBAO_WINDEPLOYQT}\")\nset(NIANBAO_DLL_DIRS \"${_dll_dirs}\")")
install(CODE [[
    set(bin "${CMAKE_INSTALL_PREFIX}/bin")
    message(STATUS "windeployqt: ${bin}")
    execute_process(COMMAND "${NIANBAO_WINDEPLOYQT}" --release --no-compiler-runtime --translations zh_CN,en
                            --dir "${bin}" "${bin}/nianbao.exe" "${bin}/nianbao-cli.exe"
                    COMMAND_ERROR_IS_FATAL ANY)
    file(GET_RUNTIME_DEPENDENCIES
         EXECUTABLES "${bin}/nianbao.exe" "${bin}/nianbao-cli.exe"
         MODULES "${bin}/nianbao_pdf.dll"
         RESOLVED_DEPENDENCIES_VAR deps UNRESOLVED_DEPENDENCIES_VAR missing
         DIRECTORIES ${NIANBAO_DLL_DIRS} "${bin}"
         PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
         POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*" ".*[Ss]ys[Ww][Oo][Ww]64/.*")
    foreach(dll ${deps})
        file(INSTALL "${dll}" DESTINATION "${bin}")
    endforeach()
    if(NOT EXISTS "${bin}/nianbao_pdf.dll")
        message(FATAL_ERROR "nianbao_pdf.dll is not beside the programs: PDF reading would not work")
    endif()
    if(missing)
        message(WARNING "DLLs not found for the package (check that the programs start): ${missing}")
    endif()
]])

# 3. The MSVC runtime.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
