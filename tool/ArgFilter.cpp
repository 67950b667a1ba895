//===--- ArgFilter.cpp - compiler flags that would load code --------------===//

#include "tool/ArgFilter.h"
#include "tool/Options.h"
#include "tool/Paths.h"
#include "clang/Driver/Driver.h"
#include "lib/compat/DriverCompat.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"
#include <map>

using namespace llvm;
using clang::driver::getDriverMode;
using clang::driver::IsClangCL;
namespace options = ctxlife::compat::driver_options;
using ctxlife::compat::getDriverOptTable;
using llvm::opt::Arg;

namespace ctxlife::driver {
namespace {

/// One flag that loads code: the positions (in the argument list scanned)
/// it is written with, and for a configuration file what it holds.
struct Hit {
  std::vector<unsigned> Positions;
  std::string Inside;
};

bool loadsCodeInDriver(const Arg &A) {
  const opt::Option &O = A.getOption();
  return O.matches(options::OPT_fplugin_EQ) || O.matches(options::OPT_fpass_plugin_EQ) ||
         O.matches(options::OPT_fplugin_arg);
}

bool loadsCodeInFrontend(const Arg &A) {
  const opt::Option &O = A.getOption();
  return O.matches(options::OPT_load) || O.matches(options::OPT_plugin) ||
         O.matches(options::OPT_add_plugin) || O.matches(options::OPT_plugin_arg) ||
         O.matches(options::OPT_fpass_plugin_EQ) || loadsCodeInDriver(A);
}

/// A driver flag that passes its last value, a driver flag, to one target.
bool isTargetWrapper(const opt::Option &O) {
  return O.matches(options::OPT_Xarch__) || O.matches(options::OPT_Xarch_device) ||
         O.matches(options::OPT_Xarch_host) || O.matches(options::OPT_Xopenmp_target) ||
         O.matches(options::OPT_Xopenmp_target_EQ);
}

/// A hit as written: its arguments, and what a configuration file holds.
std::string describe(const Hit &H, ArrayRef<std::string> Args) {
  std::vector<std::string> Words;
  Words.reserve(H.Positions.size());
  for (unsigned P : H.Positions)
    Words.push_back(Args[P]);
  return join(Words, " ") + (H.Inside.empty() ? "" : " " + H.Inside);
}

std::vector<const char *> pointers(ArrayRef<std::string> Args) {
  std::vector<const char *> Out;
  Out.reserve(Args.size());
  for (const std::string &A : Args)
    Out.push_back(A.c_str());
  return Out;
}

/// The spellings of frontend flags that load code (checked exactly by the
/// frontend's table; this only keeps the check off other arguments).
bool looksLikeFrontendLoader(StringRef Arg) {
  return Arg == "-load" || Arg == "-plugin" || Arg == "-add-plugin" ||
         Arg.starts_with("-plugin-arg-") || Arg.starts_with("-fpass-plugin=");
}

/// Each parsed argument with the positions [Begin, End) it was read from.
struct Span {
  unsigned Begin, End;
  const Arg *A;
};

std::vector<Span> spans(const opt::InputArgList &List, unsigned Count) {
  std::vector<Span> Out;
  for (const Arg *A : List)
    Out.push_back({A->getIndex(), 0, A});
  llvm::sort(Out, [](const Span &L, const Span &R) { return L.Begin < R.Begin; });
  for (size_t I = 0; I < Out.size(); ++I)
    Out[I].End = I + 1 < Out.size() ? Out[I + 1].Begin : Count;
  return Out;
}

opt::InputArgList parse(ArrayRef<std::string> Args, unsigned Visibility) {
  std::vector<const char *> Pointers = pointers(Args);
  unsigned MissingIndex = 0, MissingCount = 0;
  return getDriverOptTable().ParseArgs(Pointers, MissingIndex, MissingCount,
                                       opt::Visibility(Visibility));
}

class Scanner {
public:
  Scanner(StringRef Program, StringRef Directory) : Program(Program), Directory(Directory) {}

  /// The flags of a driver command line (without the program) that load
  /// code. \p Depth bounds configuration files that include each other.
  std::vector<Hit> driverArgs(ArrayRef<std::string> Args, unsigned Visibility,
                              unsigned Depth = 0);

  /// The frontend flags that load code in one frontend command line (the
  /// values forwarded with -Xclang, or with -Xpreprocessor and -Wp, ...).
  std::vector<Hit> frontendArgs(ArrayRef<std::string> Args);

private:
  /// A wrapped driver argument (-Xarch_..., -Xopenmp-target): loads code?
  bool wrappedLoads(StringRef Wrapped, unsigned Visibility, unsigned Depth) {
    return !driverArgs({Wrapped.str()}, Visibility, Depth + 1).empty();
  }
  /// What a --config file holds that loads code ("" if nothing, or if it
  /// cannot be found or read: clang then loads nothing from it either).
  std::string configLoads(StringRef File, ArrayRef<std::string> Args, unsigned Visibility,
                          unsigned Depth);

  std::string Program;
  std::string Directory;
};

std::vector<Hit> Scanner::frontendArgs(ArrayRef<std::string> Args) {
  std::vector<Hit> Hits;
  opt::InputArgList List = parse(Args, options::CC1Option);
  for (const Span &S : spans(List, Args.size())) {
    bool Unknown = S.A->getOption().getID() == options::OPT_UNKNOWN;
    if (Unknown || !loadsCodeInFrontend(*S.A))
      continue;
    Hit H;
    for (unsigned I = S.Begin; I < S.End; ++I)
      H.Positions.push_back(I);
    Hits.push_back(std::move(H));
  }
  return Hits;
}

std::string Scanner::configLoads(StringRef File, ArrayRef<std::string> Args,
                                 unsigned Visibility, unsigned Depth) {
  // As clang: a name with a directory is a path (from the command's
  // directory); a bare name is looked up in --config-user-dir,
  // --config-system-dir and the compiler's directory.
  // Relative paths are relative to the command's directory (absolutePath
  // of Paths.h: the current directory when it is empty).
  auto InDirectory = [&](StringRef Dir) {
    SmallString<256> Path(absolutePath(Dir, Directory));
    sys::path::append(Path, File);
    return Path.str().str();
  };
  std::vector<std::string> Candidates;
  if (sys::path::has_parent_path(File) || sys::path::is_absolute(File)) {
    Candidates.push_back(absolutePath(File, Directory));
  } else {
    for (const std::string &A : Args)
      for (StringRef Flag : {"--config-user-dir=", "--config-system-dir="})
        if (StringRef(A).starts_with(Flag))
          Candidates.push_back(InDirectory(StringRef(A).substr(Flag.size())));
    if (sys::path::has_parent_path(Program))
      Candidates.push_back(InDirectory(sys::path::parent_path(Program)));
  }
  for (const std::string &Path : Candidates) {
    if (!sys::fs::is_regular_file(Path))
      continue;
    BumpPtrAllocator Alloc;
    SmallVector<const char *, 32> Contents;
    cl::ExpansionContext Expander(Alloc, cl::tokenizeConfigFile);
    if (Error E = Expander.readConfigFile(Path, Contents)) {
      consumeError(std::move(E));
      return "";
    }
    std::vector<std::string> Inner(Contents.begin(), Contents.end());
    std::vector<std::string> Found;
    for (const Hit &H : driverArgs(Inner, Visibility, Depth + 1))
      Found.push_back(describe(H, Inner));
    return Found.empty() ? "" : "(" + join(Found, ", ") + ")";
  }
  return "";
}

std::vector<Hit> Scanner::driverArgs(ArrayRef<std::string> Args, unsigned Visibility,
                                     unsigned Depth) {
  std::vector<Hit> Hits;
  if (Args.empty() || Depth > 8)
    return Hits;
  if (Args.front() == "-cc1")
    return frontendArgs(Args);
  opt::InputArgList List = parse(Args, Visibility);
  std::vector<Span> Spans = spans(List, Args.size());
  // Values forwarded to the frontend, joined per channel as clang joins
  // them, with the span each came from.
  enum Channel { Xclang, Preprocessor, Analyzer, ClangCL, Channels };
  std::vector<std::string> Values[Channels];
  std::vector<size_t> Owner[Channels];
  auto WholeSpan = [&](size_t I, std::string Inside = "") {
    Hit H;
    for (unsigned P = Spans[I].Begin; P < Spans[I].End; ++P)
      H.Positions.push_back(P);
    H.Inside = std::move(Inside);
    Hits.push_back(std::move(H));
  };
  for (size_t I = 0; I < Spans.size(); ++I) {
    const Arg &A = *Spans[I].A;
    const opt::Option &O = A.getOption();
    auto Forward = [&](Channel C) {
      for (const char *V : A.getValues()) {
        Values[C].push_back(V);
        Owner[C].push_back(I);
      }
    };
    bool Wrapped = isTargetWrapper(O) && A.getNumValues() > 0 &&
                   wrappedLoads(A.getValues().back(), Visibility, Depth);
    if (loadsCodeInDriver(A) || Wrapped)
      WholeSpan(I);
    else if (O.matches(options::OPT_Xclang))
      Forward(Xclang);
    else if (O.matches(options::OPT_Xpreprocessor) || O.matches(options::OPT_Wp_COMMA))
      Forward(Preprocessor);
    else if (O.matches(options::OPT_Xanalyzer))
      Forward(Analyzer);
    else if (O.matches(options::OPT__SLASH_clang))
      Forward(ClangCL);
    else if (O.matches(options::OPT_config) && A.getNumValues() > 0) {
      std::string Inside = configLoads(A.getValue(), Args, Visibility, Depth);
      if (!Inside.empty())
        WholeSpan(I, Inside);
    } else if (looksLikeFrontendLoader(Args[Spans[I].Begin])) {
      // A frontend flag written straight into a driver command line (which
      // the driver rejects, or reads as something else: `-load` as `-l
      // oad`): dropped all the same.
      std::vector<std::string> Rest(Args.begin() + Spans[I].Begin,
                                    Args.begin() + std::min<size_t>(Spans[I].Begin + 2, Args.size()));
      for (const Hit &H : frontendArgs(Rest))
        if (!H.Positions.empty() && H.Positions.front() == 0) {
          Hit Shifted;
          for (unsigned P : H.Positions)
            Shifted.Positions.push_back(P + Spans[I].Begin);
          Hits.push_back(std::move(Shifted));
        }
    }
  }
  for (unsigned C = 0; C < Channels; ++C) {
    if (Values[C].empty())
      continue;
    // clang-cl parses what /clang: passes as clang's own driver flags.
    std::vector<Hit> Inner = C == ClangCL
                                 ? driverArgs(Values[C], options::ClangOption, Depth + 1)
                                 : frontendArgs(Values[C]);
    for (const Hit &H : Inner) {
      Hit Outer;
      Outer.Inside = H.Inside;
      for (unsigned V : H.Positions)
        for (unsigned P = Spans[Owner[C][V]].Begin; P < Spans[Owner[C][V]].End; ++P)
          Outer.Positions.push_back(P);
      llvm::sort(Outer.Positions);
      Outer.Positions.erase(std::unique(Outer.Positions.begin(), Outer.Positions.end()),
                            Outer.Positions.end());
      Hits.push_back(std::move(Outer));
    }
  }
  return Hits;
}

} // namespace

std::vector<std::string> dropCodeLoadingFlags(const std::vector<std::string> &Args,
                                              std::vector<std::string> &Dropped,
                                              bool HasProgram, StringRef Directory) {
  if (Args.empty())
    return Args;
  size_t First = HasProgram ? 1 : 0;
  std::string Program = HasProgram ? Args.front() : "clang++";
  std::vector<const char *> Pointers = pointers(Args);
  StringRef Mode = getDriverMode(Program, ArrayRef(Pointers).drop_front(First));
  unsigned Visibility = IsClangCL(Mode) ? options::CLOption : options::ClangOption;
  Scanner Scan(Program, Directory);
  std::vector<Hit> Hits = Scan.driverArgs(ArrayRef(Args).drop_front(First), Visibility);
  if (Hits.empty())
    return Args;
  std::vector<bool> Drop(Args.size(), false);
  // In the order written.
  llvm::sort(Hits, [](const Hit &L, const Hit &R) { return L.Positions < R.Positions; });
  for (const Hit &H : Hits) {
    for (unsigned P : H.Positions)
      Drop[P + First] = true;
    Dropped.push_back(describe(H, ArrayRef(Args).drop_front(First)));
  }
  std::vector<std::string> Kept;
  for (size_t I = 0; I < Args.size(); ++I)
    if (!Drop[I])
      Kept.push_back(Args[I]);
  return Kept;
}

std::vector<std::string> removeArgs(std::vector<std::string> Args, ArrayRef<std::string> Removed) {
  llvm::erase_if(Args, [&](const std::string &A) { return is_contained(Removed, A); });
  return Args;
}

void warnDroppedFlags(const std::vector<std::string> &Dropped, StringRef What) {
  StringSet<> Once;
  for (const std::string &D : Dropped)
    if (Once.insert(D).second)
      warning("ignoring '" + D + "' in " + What + ": it would load code into the compiler");
}

} // namespace ctxlife::driver
