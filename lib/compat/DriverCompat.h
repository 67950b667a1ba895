//===--- DriverCompat.h - the Clang driver APIs that differ between majors ===//
//
// With ClangCompat.h (the AST) and TidyCompat.h (the clang-tidy engine), the
// only place that tests the LLVM version: the driver and frontend functions
// the executables (tool/) use. One function per difference, giving the same
// result on every major.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_COMPAT_DRIVERCOMPAT_H
#define CTXLIFE_LIB_COMPAT_DRIVERCOMPAT_H

#include "clang/Basic/Version.h"
#include <string>

// clang::createInvocation (a CompilerInvocation from a driver command line)
// is declared in clang/Frontend/Utils.h up to clang 21 and in
// clang/Driver/CreateInvocationFromArgs.h from clang 22 (which moved it to
// the driver); same function, same namespace: include this header for it.
#if CLANG_VERSION_MAJOR < 22
#include "clang/Driver/Options.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/Utils.h"
#else
#include "clang/Driver/CreateInvocationFromArgs.h"
#include "clang/Options/OptionUtils.h"
#include "clang/Options/Options.h"
#endif

namespace ctxlife::compat {

/// The driver's option table and its option IDs and visibility flags
/// (OPT_fplugin_EQ, ClangOption, ...). Up to clang 21 they lived in
/// clang/Driver/Options.h, namespace clang::driver(::options); clang 22 moved
/// them to clang/Options/Options.h, namespace clang(::options), for the
/// frontend's use too. Same table, same IDs.
#if CLANG_VERSION_MAJOR < 22
namespace driver_options = clang::driver::options;
using clang::driver::getDriverOptTable;
#else
namespace driver_options = clang::options;
using clang::getDriverOptTable;
#endif

/// The resource directory (clang's builtin headers) clang's libraries use by
/// default for the executable \p Argv0 (\p MainAddr: any symbol of it):
/// <exe>/../lib/clang/<major>. Up to clang 21 a static member of
/// CompilerInvocation; clang 22 made it the free function
/// clang::GetResourcesPath of clang/Options/OptionUtils.h.
inline std::string defaultResourceDir(const char *Argv0, void *MainAddr) {
#if CLANG_VERSION_MAJOR < 22
  return clang::CompilerInvocation::GetResourcesPath(Argv0, MainAddr);
#else
  return clang::GetResourcesPath(Argv0, MainAddr);
#endif
}

} // namespace ctxlife::compat

#endif // CTXLIFE_LIB_COMPAT_DRIVERCOMPAT_H
