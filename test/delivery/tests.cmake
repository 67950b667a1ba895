# Tests of what users install (docs/editors.md, README): one ctest test per
# lit file; those that need one LLVM major only (packaging, editors) are
# labelled `primary`. Included from test/CMakeLists.txt.
if(NOT TARGET ctxlife-tidy)
  return()
endif()
set(CTXLIFE_LIT_SITE ${CMAKE_CURRENT_BINARY_DIR}/lit.site.cfg.py)
file(GLOB CTXLIFE_DELIVERY_TESTS CONFIGURE_DEPENDS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}
  ${CMAKE_CURRENT_SOURCE_DIR}/delivery/*.test)
foreach(t ${CTXLIFE_DELIVERY_TESTS})
  add_test(NAME ${t}
    COMMAND ${Python3_EXECUTABLE} ${CTXLIFE_LIT} -sv --param site=${CTXLIFE_LIT_SITE}
            ${CMAKE_CURRENT_SOURCE_DIR}/${t})
  # clangd-config.test also guards the link-time hooks of ctxlife-clangd
  # (tool/clangd/DefaultChecks.h) and is cheap: it runs for every major.
  if(NOT t STREQUAL "delivery/clangd-config.test")
    set_tests_properties(${t} PROPERTIES LABELS primary)
  endif()
endforeach()

# The Debian package is built once, by this fixture (cpack), for
# package-install.test, which installs it into a throw-away root.
add_test(NAME delivery/package-build
  COMMAND ${CMAKE_COMMAND} -DBUILD=${CMAKE_BINARY_DIR} -DCPACK=${CMAKE_CPACK_COMMAND}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/delivery/package-build.cmake)
set_tests_properties(delivery/package-build PROPERTIES FIXTURES_SETUP ctxlife-deb LABELS primary)
set_tests_properties(delivery/package-install.test PROPERTIES FIXTURES_REQUIRED ctxlife-deb)
