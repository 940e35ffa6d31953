# Extra dependencies of nianbao_render (included from app/core/CMakeLists.txt).
# QuaZip (zip container for DOCX/ODT): Debian libquazip1-qt6-dev, vcpkg "quazip" on Windows.
# Without it the library still builds; exportDocx/exportOdt then fail with a clear message.
find_package(QuaZip-Qt6 QUIET)
if(TARGET QuaZip::QuaZip)
    target_link_libraries(nianbao_render PRIVATE QuaZip::QuaZip)
    target_compile_definitions(nianbao_render PUBLIC NIANBAO_HAVE_QUAZIP=1)
else()
    message(STATUS "QuaZip-Qt6 not found: DOCX/ODT export disabled (Debian: libquazip1-qt6-dev; vcpkg: quazip)")
endif()
# Developer builds find the fonts prepared by packaging/fonts/prepare-fonts.sh in the source tree
# (last in the search order; installed builds use share/nianbao/fonts).
target_compile_definitions(nianbao_render PRIVATE
    NIANBAO_SOURCE_FONT_DIR="${PROJECT_SOURCE_DIR}/resources/fonts")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/fonts/ DESTINATION ${CMAKE_INSTALL_DATADIR}/nianbao/fonts
        FILES_MATCHING PATTERN "*.otf" PATTERN "COPYING" PATTERN "README.Fandol")
