# Extra dependencies of nianbao_import (included from app/core/CMakeLists.txt), all linked PRIVATELY:
# no public header of the import library includes them.
#   Poppler's Qt 6 binding reads PDF text with word positions (Debian libpoppler-qt6-dev; vcpkg "poppler[qt]").
#   QuaZip reads the zip container of DOCX/ODT (Debian libquazip1-qt6-dev; vcpkg "quazip").
# Without them the library still builds; PDF or DOCX/ODT input is then refused with a clear message.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(NIANBAO_POPPLER_QT6 QUIET IMPORTED_TARGET poppler-qt6)
endif()
if(TARGET PkgConfig::NIANBAO_POPPLER_QT6)
    target_link_libraries(nianbao_import PRIVATE PkgConfig::NIANBAO_POPPLER_QT6)
    target_compile_definitions(nianbao_import PRIVATE NIANBAO_HAVE_POPPLER=1)
else()
    message(STATUS "poppler-qt6 not found: PDF import disabled (Debian: libpoppler-qt6-dev; vcpkg: poppler[qt])")
endif()
find_package(QuaZip-Qt6 QUIET)
if(TARGET QuaZip::QuaZip)
    target_link_libraries(nianbao_import PRIVATE QuaZip::QuaZip)
    target_compile_definitions(nianbao_import PRIVATE NIANBAO_HAVE_QUAZIP=1)
else()
    message(STATUS "QuaZip-Qt6 not found: DOCX/ODT import disabled (Debian: libquazip1-qt6-dev; vcpkg: quazip)")
endif()
