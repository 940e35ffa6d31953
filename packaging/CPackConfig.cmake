# Packages: `cpack -G DEB` on Debian, `cpack -G WIX` (MSI) or `-G ZIP` on Windows (after windeployqt).
set(CPACK_PACKAGE_NAME "nianbao")
set(CPACK_PACKAGE_VENDOR "Nianbao")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "年报工作台 — government information disclosure annual report workbench")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Nianbao")
set(CPACK_PACKAGE_EXECUTABLES "nianbao;年报工作台")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")

# Debian: shared-library dependencies are computed; plugins that Qt loads at run time are added by hand
# (toolchain guide §8).
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Nianbao developers")
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk")

# Windows MSI: a fixed upgrade code so that new versions replace old ones.
set(CPACK_WIX_UPGRADE_GUID "6B7A3C1E-5D2F-4B8A-9C6E-2F1D0A4B7E93")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/nianbao.ico")
if(NOT EXISTS "${CPACK_WIX_PRODUCT_ICON}")
    unset(CPACK_WIX_PRODUCT_ICON)
endif()

if(WIN32)
    set(CPACK_GENERATOR "ZIP;WIX")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
