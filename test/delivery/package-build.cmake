# ctest fixture (tests.cmake): builds the Debian package afresh into
# <build>/package, so package-install.test never installs a stale one.
file(REMOVE_RECURSE ${BUILD}/package)
execute_process(COMMAND ${CPACK} -G DEB WORKING_DIRECTORY ${BUILD} RESULT_VARIABLE rc)
file(GLOB debs ${BUILD}/package/*.deb)
list(LENGTH debs n)
if(NOT rc EQUAL 0 OR NOT n EQUAL 1)
  message(FATAL_ERROR "cpack failed (exit ${rc}) or made ${n} packages: ${debs}")
endif()
message(STATUS "built ${debs}")
