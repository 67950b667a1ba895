//===--- ResourceDir.cpp - clang's builtin headers at run time ------------===//

#include "tool/ResourceDir.h"
#include "lib/compat/DriverCompat.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace ctxlife {

static bool hasBuiltinHeaders(StringRef Dir) {
  SmallString<256> P(Dir);
  sys::path::append(P, "include", "stddef.h");
  return !Dir.empty() && sys::fs::exists(P);
}

ResourceDirSearch findResourceDir(const char *Argv0, void *MainAddr) {
  ResourceDirSearch S;
  // Candidate 1 is what clang's own libraries compute (<exe>/../lib/clang/N),
  // so a tool that finds its headers there needs no -resource-dir at all.
  S.Default = compat::defaultResourceDir(Argv0, MainAddr);
  std::string Major = Twine(LLVM_VERSION_MAJOR).str();
  std::string Package = "/usr/lib/llvm-" + Major + "/lib/clang/" + Major;
  for (const std::string &Dir : {S.Default, Package}) {
    if (Dir.empty())
      continue;
    S.Tried.push_back(Dir);
    if (S.Found.empty() && hasBuiltinHeaders(Dir))
      S.Found = Dir;
  }
  return S;
}

std::string resourceDirMissing(const ResourceDirSearch &S, const std::string &Flag) {
  std::string Where;
  for (const std::string &Dir : S.Tried)
    Where += (Where.empty() ? "" : " or ") + Dir;
  std::string Major = Twine(LLVM_VERSION_MAJOR).str();
  return "clang " + Major + "'s builtin headers (include/stddef.h) not found in " + Where +
         "; install libclang-common-" + Major + "-dev or pass " + Flag + "=<dir>";
}

bool namesResourceDir(const std::vector<std::string> &Args) {
  for (StringRef A : Args)
    if (A.contains("-resource-dir"))
      return true;
  return false;
}

} // namespace ctxlife
