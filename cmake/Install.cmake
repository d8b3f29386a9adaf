# Desktop integration and the Debian package. Included from the top CMakeLists.txt after
# add_subdirectory(app), so the install rules of both binaries (app/gui, app/cli) already exist.
#   cmake --install <build> --prefix <dir>   puts everything in place
#   cpack -G DEB   (in the build dir)        makes bounce-doctor_<version>_<arch>.deb
include_guard(GLOBAL)
include(GNUInstallDirs)

set(BD_APP_ID io.github.bouncedoctor.BounceDoctor)
set(BD_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)

install(FILES ${BD_DESKTOP_DIR}/${BD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${BD_DESKTOP_DIR}/${BD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The application icon, named after the app id as the .desktop file's Icon= expects.
if(EXISTS ${PROJECT_SOURCE_DIR}/resources/icons/bounce-doctor.svg)
  set(BD_APP_ICON ${PROJECT_SOURCE_DIR}/resources/icons/bounce-doctor.svg)
else()
  set(BD_APP_ICON ${BD_DESKTOP_DIR}/${BD_APP_ID}.svg)
endif()
install(FILES ${BD_APP_ICON} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${BD_APP_ID}.svg)

# The man page, compressed as Debian policy wants (-n: no time stamp, so builds are reproducible).
find_program(BD_GZIP gzip)
if(BD_GZIP)
  set(BD_MAN_GZ ${CMAKE_BINARY_DIR}/man/bounce-doctor-cli.1.gz)
  add_custom_command(OUTPUT ${BD_MAN_GZ}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND ${BD_GZIP} -9 -n -c ${BD_DESKTOP_DIR}/bounce-doctor-cli.1 > ${BD_MAN_GZ}
    DEPENDS ${BD_DESKTOP_DIR}/bounce-doctor-cli.1
    COMMENT "Compressing the man page")
  add_custom_target(bd_manpage ALL DEPENDS ${BD_MAN_GZ})
  install(FILES ${BD_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  install(FILES ${BD_DESKTOP_DIR}/bounce-doctor-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# --- CPack: one .deb with both programs ---
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bounce-doctor)
set(CPACK_PACKAGE_VENDOR "The Bounce Doctor developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "find out why an email bounced and fix it")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/bouncedoctor/bounce-doctor")
set(CPACK_PACKAGE_CONTACT "Bounce Doctor developers <bounce-doctor@users.noreply.github.com>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Bounce Doctor developers <bounce-doctor@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time (the Qt platform
# plugins for the window and for PDF fonts, the SVG icon engine) is named by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core")
# CPackDeb makes the Debian long description from this: lines indented, empty lines as " .".
set(CPACK_PACKAGE_DESCRIPTION "Bounce Doctor reads the bounce you received when an email could not be
delivered (a 550 permanent failure), names the cause in plain words, proves
it with live checks (recipient domain and MX, SPF, DKIM, DMARC, reverse DNS,
DNS blocklists, SMTP settings) and walks you through the fix.

This package holds the desktop wizard (bounce-doctor) and the command line
tool (bounce-doctor-cli), which can also write the whole case as an HTML,
Markdown, PDF or JSON report.")
include(CPack)
