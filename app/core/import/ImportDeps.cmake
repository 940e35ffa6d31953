# Extra dependencies of nianbao_import (included from app/core/CMakeLists.txt), all linked PRIVATELY:
# no public header of the import library includes them. Both are required: every build reads PDF, DOCX
# and ODT.
#   Poppler's Qt 6 binding reads PDF text with word positions (Debian libpoppler-qt6-dev; vcpkg "poppler[qt]").
#   QuaZip reads the zip container of DOCX/ODT (Debian libquazip1-qt6-dev; vcpkg "quazip").
include(GNUInstallDirs) # CMAKE_INSTALL_BINDIR/LIBDIR for the module below
find_package(PkgConfig REQUIRED)
pkg_check_modules(NIANBAO_POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
find_package(QuaZip-Qt6 REQUIRED)
target_link_libraries(nianbao_import PRIVATE QuaZip::QuaZip)

# Poppler is not linked into the programs: it and the ~15 libraries it needs (NSS, lcms, OpenJPEG, TIFF …)
# made every start of nianbao-cli pay for PDF reading. It lives in the module nianbao_pdf (a Qt plugin,
# import/PopplerPdfReader over import/PdfReaderModule.h) that import/PdfModuleLoader loads the first time a
# PDF is read (docs/ARCHITECTURE.md, "The PDF module"). File name without "lib": nianbao_pdf.so / .dll.
# Installed beside the programs on Windows (the folder of the .exe is searched first), in LIBDIR/nianbao
# elsewhere; the build folder is searched last, so developer builds and the tests find it in place.
add_library(nianbao_pdf MODULE ${NIANBAO_PDF_MODULE_SOURCES})
target_include_directories(nianbao_pdf PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(nianbao_pdf PRIVATE Qt6::Core PkgConfig::NIANBAO_POPPLER_QT6 nianbao_warnings)
set_target_properties(nianbao_pdf PROPERTIES PREFIX "" LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/modules)
if(WIN32)
    set(NIANBAO_MODULE_INSTALL_DIR ${CMAKE_INSTALL_BINDIR})
else()
    set(NIANBAO_MODULE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/nianbao)
endif()
install(TARGETS nianbao_pdf LIBRARY DESTINATION ${NIANBAO_MODULE_INSTALL_DIR})
# The module folder relative to the programs' folder (both under the install prefix).
file(RELATIVE_PATH NIANBAO_MODULE_RELATIVE_DIR /prefix/${CMAKE_INSTALL_BINDIR} /prefix/${NIANBAO_MODULE_INSTALL_DIR})
if(NIANBAO_MODULE_RELATIVE_DIR STREQUAL "")
    set(NIANBAO_MODULE_RELATIVE_DIR ".")
endif()
set_source_files_properties(${CMAKE_CURRENT_SOURCE_DIR}/import/PdfModuleLoader.cpp PROPERTIES COMPILE_DEFINITIONS
    "NIANBAO_PDF_MODULE_FILE=\"$<TARGET_FILE_NAME:nianbao_pdf>\";NIANBAO_MODULE_RELATIVE_DIR=\"${NIANBAO_MODULE_RELATIVE_DIR}\";NIANBAO_BUILD_MODULE_DIR=\"$<TARGET_FILE_DIR:nianbao_pdf>\"")
# Whatever reads PDFs through nianbao_import (the programs, the tests) has the module built beside it.
add_dependencies(nianbao_import nianbao_pdf)
