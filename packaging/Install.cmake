# Install rules for the three programs and their desktop integration. The top-level
# CMakeLists.txt includes this file once, after every add_subdirectory(), so it sees whichever
# of the program targets this configuration has (rds-backup-manager needs RDSBM_BUILD_GUI) and
# installs those: a program's own CMakeLists.txt needs no install rule of its own.
#
#   Linux    bin/, man pages, bash completion, .desktop + AppStream + hicolor icons (GUI)
#   Windows  bin/ with each program's icon and version resource, Qt deployed by windeployqt
#   macOS    rds-backup-manager.app with the two command-line programs inside Contents/MacOS,
#            Qt deployed by macdeployqt
include(GNUInstallDirs)

get_filename_component(RDSBM_PACKAGING_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
set(RDSBM_APP_ID io.github.rdsbm.RdsBackupManager)
set(RDSBM_GUI_PROGRAM rds-backup-manager)
set(RDSBM_CLI_PROGRAMS rdsbm rdsbm-cloudsim)
set(RDSBM_PACKAGE_VENDOR "RDS Backup Manager developers")
# No mailbox exists yet: .invalid says so instead of inventing an address.
set(RDSBM_PACKAGE_CONTACT "${RDSBM_PACKAGE_VENDOR} <rdsbm@example.invalid>")

set(rdsbm_programs "")
foreach(program IN ITEMS ${RDSBM_GUI_PROGRAM} ${RDSBM_CLI_PROGRAMS})
    if(TARGET ${program})
        list(APPEND rdsbm_programs ${program})
    endif()
endforeach()
set(rdsbm_cli_programs ${rdsbm_programs})
list(REMOVE_ITEM rdsbm_cli_programs ${RDSBM_GUI_PROGRAM})
if(TARGET ${RDSBM_GUI_PROGRAM})
    set(rdsbm_has_gui TRUE)
else()
    set(rdsbm_has_gui FALSE)
endif()
message(STATUS "Programs installed and packaged: ${rdsbm_programs}")

set(rdsbm_program_description_rds-backup-manager "RDS Backup Manager")
set(rdsbm_program_description_rdsbm "RDS Backup Manager command-line client")
set(rdsbm_program_description_rdsbm-cloudsim "RDS Backup Manager cloud simulator")

# Qt's deployment script for one program; Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT.
function(rdsbm_install_qt_runtime program)
    if(Qt6Core_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET ${program} OUTPUT_SCRIPT deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET ${program} FILENAME_VARIABLE deploy_script)
    endif()
    install(SCRIPT ${deploy_script})
endfunction()

if(WIN32)
    foreach(program IN LISTS rdsbm_programs)
        set(RDSBM_RC_PROGRAM ${program})
        set(RDSBM_RC_DESCRIPTION "${rdsbm_program_description_${program}}")
        set(RDSBM_RC_ICON "${RDSBM_PACKAGING_ROOT}/resources/windows/rds-backup-manager.ico")
        configure_file(${RDSBM_PACKAGING_ROOT}/resources/windows/rdsbm-program.rc.in
                       ${PROJECT_BINARY_DIR}/packaging/${program}.rc @ONLY)
        target_sources(${program} PRIVATE ${PROJECT_BINARY_DIR}/packaging/${program}.rc)
    endforeach()
    if(rdsbm_has_gui)
        set_target_properties(${RDSBM_GUI_PROGRAM} PROPERTIES WIN32_EXECUTABLE TRUE)
    endif()

    foreach(program IN LISTS rdsbm_programs)
        install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        rdsbm_install_qt_runtime(${program})
    endforeach()
    # The compiler's runtime DLLs, next to the programs.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)

elseif(APPLE)
    if(rdsbm_has_gui)
        set(icns ${RDSBM_PACKAGING_ROOT}/resources/macos/rds-backup-manager.icns)
        target_sources(${RDSBM_GUI_PROGRAM} PRIVATE ${icns})
        set_source_files_properties(${icns} TARGET_DIRECTORY ${RDSBM_GUI_PROGRAM}
                                    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(${RDSBM_GUI_PROGRAM} PROPERTIES
            MACOSX_BUNDLE TRUE
            MACOSX_BUNDLE_INFO_PLIST ${RDSBM_PACKAGING_ROOT}/packaging/macos/Info.plist.in
            MACOSX_BUNDLE_GUI_IDENTIFIER ${RDSBM_APP_ID}
            MACOSX_BUNDLE_BUNDLE_NAME "RDS Backup Manager"
            MACOSX_BUNDLE_ICON_FILE rds-backup-manager.icns
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
            MACOSX_BUNDLE_COPYRIGHT "${RDSBM_PACKAGE_VENDOR}")
        install(TARGETS ${RDSBM_GUI_PROGRAM} BUNDLE DESTINATION .)

        # The command-line programs live inside the bundle, so that they use the Qt frameworks
        # macdeployqt copies into it; rds-backup-manager links everything they link.
        set(bundle_dir ${RDSBM_GUI_PROGRAM}.app)
        if(rdsbm_cli_programs)
            set_target_properties(${rdsbm_cli_programs} PROPERTIES
                INSTALL_RPATH "@executable_path/../Frameworks")
            install(TARGETS ${rdsbm_cli_programs} RUNTIME DESTINATION ${bundle_dir}/Contents/MacOS)
        endif()
        rdsbm_install_qt_runtime(${RDSBM_GUI_PROGRAM})
        # macdeployqt leaves out Qt's own translations, which LanguageManager loads from
        # QLibraryInfo::TranslationsPath: Contents/translations in a deployed bundle.
        file(GLOB qt_translations
             ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_ja.qm
             ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_zh_CN.qm
             ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_zh_TW.qm)
        install(FILES ${qt_translations} DESTINATION ${bundle_dir}/Contents/translations)
        # Changing install names breaks signatures, and Apple silicon runs no unsigned code:
        # sign the finished bundle ad hoc (a release signs it again with a real identity).
        install(CODE "
            execute_process(COMMAND codesign --force --deep --sign -
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${bundle_dir}\"
                RESULT_VARIABLE codesign_result)
            if(codesign_result)
                message(FATAL_ERROR \"codesign failed: \${codesign_result}\")
            endif()")
    elseif(rdsbm_cli_programs)
        message(WARNING "Without rds-backup-manager there is no app bundle to deploy Qt into: "
                        "the command-line programs are installed as they are, without Qt.")
        install(TARGETS ${rdsbm_cli_programs} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()

else()
    # The packages use the distribution's Qt, and Debian policy forbids an RPATH.
    if(rdsbm_programs)
        set_target_properties(${rdsbm_programs} PROPERTIES INSTALL_RPATH "")
        install(TARGETS ${rdsbm_programs} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()

    # Man pages and the Debian changelog, configured now and compressed at build time as
    # Debian policy wants them (gzip -9n: no name or time stamp, so the bytes are reproducible).
    find_program(RDSBM_GZIP gzip REQUIRED)
    set(rdsbm_compressed_files "")
    function(rdsbm_compress_configured template output)
        configure_file(${template} ${output} @ONLY)
        add_custom_command(OUTPUT ${output}.gz
            COMMAND ${RDSBM_GZIP} -9nkf ${output}
            DEPENDS ${output}
            VERBATIM)
        set(rdsbm_compressed_files ${rdsbm_compressed_files} ${output}.gz PARENT_SCOPE)
    endfunction()

    foreach(program IN LISTS rdsbm_programs)
        set(page ${PROJECT_BINARY_DIR}/packaging/man/${program}.1)
        rdsbm_compress_configured(${RDSBM_PACKAGING_ROOT}/packaging/man/${program}.1.in ${page})
        install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()

    set(doc_dir ${CMAKE_INSTALL_DATAROOTDIR}/doc/rds-backup-manager)
    rdsbm_compress_configured(${RDSBM_PACKAGING_ROOT}/packaging/debian/changelog.in
                              ${PROJECT_BINARY_DIR}/packaging/changelog)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz
                  ${RDSBM_PACKAGING_ROOT}/packaging/debian/copyright
            DESTINATION ${doc_dir})
    add_custom_target(rdsbm_packaging_files ALL DEPENDS ${rdsbm_compressed_files})

    if(TARGET rdsbm)
        install(FILES ${RDSBM_PACKAGING_ROOT}/packaging/completion/rdsbm.bash
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions
                RENAME rdsbm)
    endif()

    if(rdsbm_has_gui)
        install(FILES ${RDSBM_PACKAGING_ROOT}/resources/linux/${RDSBM_APP_ID}.desktop
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
        install(FILES ${RDSBM_PACKAGING_ROOT}/resources/linux/${RDSBM_APP_ID}.metainfo.xml
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
        install(DIRECTORY ${RDSBM_PACKAGING_ROOT}/resources/icons/hicolor
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons)
    endif()
endif()
