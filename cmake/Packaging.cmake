# Install rules and the Debian package (CPack), included from the top-level
# CMakeLists.txt after the targets exist.
#
#   cmake --install build --prefix P      P/bin/ctxlife, ctxlife-tidy, ctxlife-clangd,
#                                         P/lib/ctxlife/CtxLifeTidyModule-llvm<major>.so,
#                                         P/share/doc/ctxlife/
#   cd build && cpack                     build/package/ctxlife_<version>_<arch>.deb
#
# Nothing installed refers to the build machine: the executables find clang's
# builtin headers at run time (tool/ResourceDir.h), and libLLVM/libclang-cpp
# through the system's library path (Debian's libllvm<major>, libclang-cpp<major>).

set(CTXLIFE_LLVM_MAJOR ${LLVM_VERSION_MAJOR})
set(CTXLIFE_INSTALLED_EXECUTABLES ctxlife)
if(TARGET ctxlife-tidy)
  list(APPEND CTXLIFE_INSTALLED_EXECUTABLES ctxlife-tidy ctxlife-clangd)
endif()
# No RUNPATH, in the build tree as installed: Debian puts libLLVM and
# libclang-cpp on the default library path, and installing would otherwise
# have to edit the build tree's RUNPATH (which CMake 3.25 fails to do with
# binutils 2.40: "could not write new RPATH").
set_target_properties(${CTXLIFE_INSTALLED_EXECUTABLES} PROPERTIES BUILD_WITH_INSTALL_RPATH ON)
install(TARGETS ${CTXLIFE_INSTALLED_EXECUTABLES} RUNTIME DESTINATION bin)
# The plugin carries the clang-tidy major it loads into in its name
# (CtxLifeTidyModule-llvm<major>.so, the target's OUTPUT_NAME); mode 644, as
# Debian wants for shared objects nothing executes.
install(TARGETS CtxLifeTidyModule
  LIBRARY DESTINATION lib/ctxlife
  PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES README.md DESTINATION share/doc/ctxlife)
install(DIRECTORY docs/ DESTINATION share/doc/ctxlife/docs FILES_MATCHING PATTERN "*.md")

# The Debian package. Its dependencies are Debian packages only: the shared
# libraries' packages as dpkg-shlibdeps finds them (libllvm, libclang-cpp,
# gRPC/protobuf/abseil for clangd's remote index, libc, libstdc++), and the
# package with clang's builtin headers, which no library names.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ctxlife)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "ctxlife maintainers <ctxlife@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "finds request-context lifetime misuse in C++ servers (clang-tidy checks)")
set(CPACK_PACKAGE_DESCRIPTION
  "ctxlife finds request contexts (gRPC ServerContext, Boost.Beast requests,
cpp-httplib, Drogon, civetweb...) stored or captured beyond the request, and
work the request's cancellation does not reach. It ships ctxlife (a CI
command), ctxlife-tidy (clang-tidy ${CTXLIFE_LLVM_MAJOR} with the checks built in),
ctxlife-clangd (clangd ${CTXLIFE_LLVM_MAJOR} with the checks built in) and a plugin
for clang-tidy-${CTXLIFE_LLVM_MAJOR}.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/package)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CTXLIFE_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libclang-common-${CTXLIFE_LLVM_MAJOR}-dev")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "clang-tidy-${CTXLIFE_LLVM_MAJOR}")
# gzip: xz makes a 6.6 MB package instead of 11 MB, but takes 4x as long to build.
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
include(CPack)
