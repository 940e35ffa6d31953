# Desktop integration on Linux (included from packaging/CPackConfig.cmake): the .desktop file, AppStream
# metainfo, the MIME type of .nianbao files with its icon, the hicolor icon set, the manual pages and the
# Debian copyright file. The programs, fonts (share/nianbao/fonts) and translations (inside the programs)
# are installed by their own targets.
set(_linux ${CMAKE_CURRENT_LIST_DIR})
install(FILES ${_linux}/cn.nianbao.Nianbao.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_linux}/cn.nianbao.Nianbao.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_linux}/cn.nianbao.Nianbao.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

# Icons: the SVG, and PNGs rendered from it (packaging/linux/render-icons.sh, committed). The same picture
# is the icon of .nianbao documents (application-x-nianbao).
set(_icons ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
install(FILES ${_linux}/cn.nianbao.Nianbao.svg DESTINATION ${_icons}/scalable/apps)
install(FILES ${_linux}/cn.nianbao.Nianbao.svg DESTINATION ${_icons}/scalable/mimetypes
        RENAME application-x-nianbao.svg)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${_linux}/icons/cn.nianbao.Nianbao-${size}.png DESTINATION ${_icons}/${size}x${size}/apps
            RENAME cn.nianbao.Nianbao.png)
    install(FILES ${_linux}/icons/cn.nianbao.Nianbao-${size}.png DESTINATION ${_icons}/${size}x${size}/mimetypes
            RENAME application-x-nianbao.png)
endforeach()

# Manual pages, compressed as Debian wants them (plain when gzip is missing).
find_program(NIANBAO_GZIP gzip)
foreach(page nianbao.1 nianbao-cli.1)
    if(NIANBAO_GZIP)
        install(CODE "execute_process(COMMAND \"${NIANBAO_GZIP}\" -9nc \"${_linux}/${page}\"
                      OUTPUT_FILE \"${CMAKE_BINARY_DIR}/packaging/${page}.gz\" COMMAND_ERROR_IS_FATAL ANY)")
        install(FILES ${CMAKE_BINARY_DIR}/packaging/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        install(FILES ${_linux}/${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endforeach()
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/packaging)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/LICENSE.txt DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/nianbao RENAME copyright)
