# Packages (docs/packaging.md):
#   Debian:  cpack -G DEB                  (the CI step .ci/package-check.sh installs it into a clean root)
#   Windows: cpack -G WIX  /  cpack -G ZIP  (MSI installer / portable ZIP; windeployqt runs at install time)
# The install() rules of each platform live beside its files: packaging/linux/Install.cmake,
# packaging/windows/Install.cmake.
set(CPACK_PACKAGE_NAME "nianbao")
set(CPACK_PACKAGE_VENDOR "Nianbao")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "年报工作台 — government information disclosure annual report workbench")
set(CPACK_PACKAGE_DESCRIPTION
    "Nianbao drafts and checks the government information disclosure annual report (政府信息公开工作年度报告) "
    "in the national formats: forms for every section, every cross-check of the statistics tables live on the "
    "cell, crash-safe report files, export to PDF, DOCX, ODT, HTML, CSV and JSON, import and batch checking of "
    "published reports. Includes the console tool nianbao-cli.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Nianbao")
set(CPACK_PACKAGE_EXECUTABLES "nianbao;年报工作台")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://nianbao.cn/")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/LICENSE.txt")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Install.cmake)
endif()
if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Install.cmake)
endif()

# Debian: shared-library dependencies are computed by dpkg-shlibdeps; what Qt dlopen()s at run time is
# added by hand: the SQLite driver (every .nianbao file), the xcb platform plugin (a real desktop) and
# Qt's own Chinese strings. The CJK system fonts are recommended: the bundled Fandol fonts cover printing.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Nianbao developers <packaging@nianbao.cn>")
set(CPACK_DEBIAN_PACKAGE_SECTION "editors")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, libqt6sql6-psql")

# Windows MSI (WiX 3): a fixed upgrade code so that new versions replace old ones; the .nianbao file
# association (ProgId Nianbao.Report) comes from the patch file; Chinese UI texts need the zh-CN culture.
set(CPACK_WIX_UPGRADE_GUID "6B7A3C1E-5D2F-4B8A-9C6E-2F1D0A4B7E93")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/nianbao.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Nianbao")
set(CPACK_WIX_PATCH_FILE "${PROJECT_SOURCE_DIR}/packaging/windows/wix-patch.xml")
set(CPACK_WIX_CULTURES "zh-CN")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
