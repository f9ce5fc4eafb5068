# Installers: `cpack` in the build directory builds, from the install rules of Install.cmake,
#   Linux    a .deb (dependencies computed by dpkg-shlibdeps), an .rpm and a .tar.gz
#   Windows  an NSIS installer: Start-menu entry, uninstaller, per-machine install
#   macOS    a drag-and-drop .dmg holding rds-backup-manager.app
# tests/packaging/check-packages.sh builds the Linux packages and checks them.
include(${CMAKE_CURRENT_LIST_DIR}/Install.cmake)

set(CPACK_PACKAGE_NAME rds-backup-manager)
set(CPACK_PACKAGE_VENDOR "${RDSBM_PACKAGE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${RDSBM_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS")
set(CPACK_PACKAGE_DESCRIPTION
"RDS Backup Manager is a desktop tool for database administrators whose
databases live on Alibaba Cloud RDS, Alibaba Cloud Database Backup (DBS) and
Huawei Cloud RDS: find a backup fast, download and verify it, and restore it
safely.

It installs three programs: rds-backup-manager, the desktop application;
rdsbm, the command-line client for scripts; and rdsbm-cloudsim, a local
simulator of both clouds' APIs, which is also the demo mode of the other two.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "RDS Backup Manager")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/license-notice.txt)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    if(rdsbm_has_gui)
        set(CPACK_PACKAGE_EXECUTABLES ${RDSBM_GUI_PROGRAM} "RDS Backup Manager")
        set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\${RDSBM_GUI_PROGRAM}.exe")
        set(CPACK_NSIS_MUI_FINISHPAGE_RUN ${RDSBM_GUI_PROGRAM}.exe)
    endif()
    set(CPACK_NSIS_PACKAGE_NAME "RDS Backup Manager")
    set(CPACK_NSIS_DISPLAY_NAME "RDS Backup Manager ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${RDSBM_PACKAGING_ROOT}/resources/windows/rds-backup-manager.ico)
    set(CPACK_NSIS_MUI_UNIICON ${RDSBM_PACKAGING_ROOT}/resources/windows/rds-backup-manager.ico)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_CONTACT "${RDSBM_PACKAGE_CONTACT}")
    # CMake's NSIS template asks for administrator rights and then installs for all users
    # into Program Files; the PATH option lets rdsbm run from any terminal.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})

elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "RDS Backup Manager")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON ${RDSBM_PACKAGING_ROOT}/resources/macos/rds-backup-manager.icns)

else()
    set(CPACK_STRIP_FILES ON)
    set(CPACK_GENERATOR TGZ)

    # Dependencies are what dpkg-shlibdeps finds in the binaries (it comes with dpkg-dev).
    find_program(RDSBM_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(RDSBM_DPKG_SHLIBDEPS)
        list(APPEND CPACK_GENERATOR DEB)
    else()
        message(STATUS "No .deb package: dpkg-shlibdeps (package dpkg-dev) is missing")
    endif()
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION database)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # Loaded at run time, so no linker finds it: Qt's own translations of its dialogs' buttons.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)

    # rpmbuild computes the RPM's dependencies the same way.
    find_program(RDSBM_RPMBUILD rpmbuild)
    if(RDSBM_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    else()
        message(STATUS "No .rpm package: rpmbuild (package rpm) is missing")
    endif()
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE 1)
    set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-not-yet-licensed")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Databases")
    set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    # Directories the system's own packages own.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications
        /usr/share/bash-completion
        /usr/share/bash-completion/completions
        /usr/share/icons
        /usr/share/icons/hicolor
        /usr/share/man
        /usr/share/man/man1
        /usr/share/metainfo)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512 scalable)
        if(size STREQUAL "scalable")
            set(size_dir /usr/share/icons/hicolor/scalable)
        else()
            set(size_dir /usr/share/icons/hicolor/${size}x${size})
        endif()
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${size_dir} ${size_dir}/apps)
    endforeach()
endif()

include(CPack)
