# Extra dependencies of nianbao_import (included from app/core/CMakeLists.txt), all linked PRIVATELY:
# no public header of the import library includes them. Both are required: every build reads PDF, DOCX
# and ODT.
#   Poppler's Qt 6 binding reads PDF text with word positions (Debian libpoppler-qt6-dev; vcpkg "poppler[qt]").
#   QuaZip reads the zip container of DOCX/ODT (Debian libquazip1-qt6-dev; vcpkg "quazip").
find_package(PkgConfig REQUIRED)
pkg_check_modules(NIANBAO_POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
target_link_libraries(nianbao_import PRIVATE PkgConfig::NIANBAO_POPPLER_QT6)
find_package(QuaZip-Qt6 REQUIRED)
target_link_libraries(nianbao_import PRIVATE QuaZip::QuaZip)
