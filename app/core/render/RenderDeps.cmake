# Extra dependencies of nianbao_render (included from app/core/CMakeLists.txt).
# QuaZip (zip container for DOCX/ODT): Debian libquazip1-qt6-dev, vcpkg "quazip" on Windows. Required:
# every build exports DOCX and ODT.
find_package(QuaZip-Qt6 REQUIRED)
target_link_libraries(nianbao_render PRIVATE QuaZip::QuaZip)
# Developer builds find the fonts prepared by packaging/fonts/prepare-fonts.sh in the source tree
# (last in the search order; installed builds use share/nianbao/fonts).
target_compile_definitions(nianbao_render PRIVATE
    NIANBAO_SOURCE_FONT_DIR="${PROJECT_SOURCE_DIR}/resources/fonts")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/fonts/ DESTINATION ${CMAKE_INSTALL_DATADIR}/nianbao/fonts
        FILES_MATCHING PATTERN "*.otf" PATTERN "COPYING" PATTERN "README.Fandol")
