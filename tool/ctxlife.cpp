//===--- ctxlife.cpp - the standalone ctxlife driver ----------------------===//
//
// A thin driver over clang-tidy's engine library: the same check objects as
// the plugin, the same NOLINT handling, `.clang-tidy` parsing, header
// filtering, fix-it application and export. It adds what a CI gate needs:
// ctxlife's checks by default, and documented exit codes.
//
// Exit codes: 0 no findings; 1 findings; 2 usage or configuration error;
// 3 a translation unit could not be analyzed (compile errors).
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "tool/Runner.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

#ifndef CTXLIFE_VERSION
#define CTXLIFE_VERSION "0.0.0"
#endif
#ifndef CTXLIFE_RESOURCE_DIR
#define CTXLIFE_RESOURCE_DIR ""
#endif

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

extern volatile int CtxLifeModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED CtxLifeModuleAnchorDestination =
    CtxLifeModuleAnchorSource;

namespace {

enum ExitCode : int {
  ExitClean = 0,
  ExitFindings = 1,
  ExitUsage = 2,
  ExitAnalysisFailed = 3,
};

cl::OptionCategory Category("ctxlife options");

const char Overview[] = R"(
ctxlife finds request-context lifetime misuse in C++ servers: request
contexts (and views, handles and lambdas that refer to them) stored in
storage that outlives the request. See --list-checks.

  ctxlife [options] <source>... [-- <compiler flags>]
  ctxlife -p <build-dir> [options] <source>...

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error,
3 a translation unit could not be analyzed.
)";

cl::opt<std::string> Checks("checks", cl::desc(R"(Comma-separated globs of checks to run, added to
the ones from .clang-tidy files. Default: ctxlife-*)"),
                            cl::init(""), cl::cat(Category));
cl::opt<std::string> WarningsAsErrors("warnings-as-errors",
                                      cl::desc("Globs of checks whose warnings are errors."),
                                      cl::init(""), cl::cat(Category));
cl::opt<std::string> HeaderFilter("header-filter",
                                  cl::desc("Regex of headers to report findings in."),
                                  cl::init(""), cl::cat(Category));
cl::opt<std::string> ExcludeHeaderFilter(
    "exclude-header-filter",
    cl::desc("Regex of headers not to report findings in."), cl::init(""),
    cl::cat(Category));
cl::opt<bool> SystemHeaders("system-headers",
                            cl::desc("Report findings in system headers too."),
                            cl::init(false), cl::cat(Category));
cl::opt<std::string> LineFilter("line-filter",
                                cl::desc("JSON list of files and line ranges to report (clang-tidy's format)."),
                                cl::init(""), cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply suggested fixes."), cl::init(false),
                  cl::cat(Category));
cl::opt<bool> FixErrors("fix-errors",
                        cl::desc("Apply fixes even if there are compile errors."),
                        cl::init(false), cl::cat(Category));
cl::opt<bool> FixNotes("fix-notes", cl::desc("Apply fixes found in notes."),
                       cl::init(false), cl::cat(Category));
cl::opt<std::string> FormatStyle("format-style",
                                 cl::desc("Style for formatting code around fixes."),
                                 cl::init("none"), cl::cat(Category));
cl::opt<bool> ListChecks("list-checks", cl::desc("List the enabled checks and exit."),
                         cl::init(false), cl::cat(Category));
cl::opt<bool> DumpConfig("dump-config",
                         cl::desc("Print the effective configuration and exit."),
                         cl::init(false), cl::cat(Category));
cl::opt<std::string> Config("config", cl::desc("Configuration in YAML/JSON, as in .clang-tidy."),
                            cl::init(""), cl::cat(Category));
cl::opt<std::string> ConfigFile("config-file",
                                cl::desc("Read the configuration from this file."),
                                cl::init(""), cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes",
                                 cl::desc("Write fixes as clang-apply-replacements YAML."),
                                 cl::init(""), cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("Print only findings."), cl::init(false),
                    cl::cat(Category));
cl::opt<std::string> ResourceDir(
    "resource-dir", cl::desc("Clang's resource directory (builtin headers)."),
    cl::init(CTXLIFE_RESOURCE_DIR), cl::cat(Category));

int usageError(const Twine &Message) {
  errs() << "ctxlife: error: " << Message << "\n";
  return ExitUsage;
}

std::optional<ClangTidyOptions> parseConfigText(StringRef Text, StringRef Source) {
  std::string Error;
  auto Parsed = parseConfigurationWithDiags(
      MemoryBufferRef(Text, Source), [&](const SMDiagnostic &D) {
        if (Error.empty())
          Error = D.getMessage().str();
      });
  if (!Parsed) {
    usageError("invalid configuration in " + Source + ": " +
               (Error.empty() ? Parsed.getError().message() : Error));
    return std::nullopt;
  }
  return *Parsed;
}

std::unique_ptr<ClangTidyOptionsProvider>
createOptionsProvider(IntrusiveRefCntPtr<vfs::FileSystem> FS, bool &Failed) {
  ClangTidyGlobalOptions Global;
  if (std::error_code EC = parseLineFilter(LineFilter, Global)) {
    usageError("invalid --line-filter: " + EC.message());
    Failed = true;
    return nullptr;
  }
  ClangTidyOptions Defaults;
  Defaults.Checks = "ctxlife-*";
  Defaults.WarningsAsErrors = "";
  Defaults.HeaderFilterRegex = HeaderFilter;
  Defaults.ExcludeHeaderFilterRegex = ExcludeHeaderFilter;
  Defaults.SystemHeaders = SystemHeaders;
  Defaults.FormatStyle = FormatStyle;
  Defaults.User = sys::Process::GetEnv("USER");

  ClangTidyOptions Overrides;
  if (Checks.getNumOccurrences())
    Overrides.Checks = Checks;
  if (WarningsAsErrors.getNumOccurrences())
    Overrides.WarningsAsErrors = WarningsAsErrors;
  if (HeaderFilter.getNumOccurrences())
    Overrides.HeaderFilterRegex = HeaderFilter;
  if (ExcludeHeaderFilter.getNumOccurrences())
    Overrides.ExcludeHeaderFilterRegex = ExcludeHeaderFilter;
  if (SystemHeaders.getNumOccurrences())
    Overrides.SystemHeaders = SystemHeaders;
  if (FormatStyle.getNumOccurrences())
    Overrides.FormatStyle = FormatStyle;

  if (Config.getNumOccurrences() && ConfigFile.getNumOccurrences()) {
    usageError("--config and --config-file are mutually exclusive");
    Failed = true;
    return nullptr;
  }
  std::string Text;
  std::string Source;
  if (ConfigFile.getNumOccurrences()) {
    auto Buffer = MemoryBuffer::getFile(ConfigFile);
    if (!Buffer) {
      usageError("cannot read --config-file '" + ConfigFile +
                 "': " + Buffer.getError().message());
      Failed = true;
      return nullptr;
    }
    Text = (*Buffer)->getBuffer().str();
    Source = ConfigFile;
  } else if (Config.getNumOccurrences()) {
    Text = Config;
    Source = "--config";
  }
  if (!Source.empty()) {
    auto Parsed = parseConfigText(Text, Source);
    if (!Parsed) {
      Failed = true;
      return nullptr;
    }
    return std::make_unique<ConfigOptionsProvider>(
        std::move(Global), ClangTidyOptions::getDefaults().merge(Defaults, 0),
        std::move(*Parsed), std::move(Overrides), std::move(FS));
  }
  return std::make_unique<FileOptionsProvider>(std::move(Global),
                                               std::move(Defaults),
                                               std::move(Overrides), std::move(FS));
}

bool validRegex(StringRef Name, const std::optional<std::string> &Value) {
  if (!Value || Value->empty())
    return true;
  std::string Error;
  if (Regex(*Value).isValid(Error))
    return true;
  usageError("invalid regular expression in " + Name + " '" + *Value +
             "': " + Error);
  return false;
}

void printVersion(raw_ostream &OS) {
  OS << "ctxlife version " << CTXLIFE_VERSION << "\n"
     << "  built with LLVM " << LLVM_VERSION_STRING << "\n";
}

} // namespace

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  cl::SetVersionPrinter(printVersion);
  cl::HideUnrelatedOptions(Category);

  // An explicit build directory must hold a readable database: fail with one
  // line instead of falling back to running without flags.
  for (int I = 1; I < argc; ++I) {
    StringRef A(argv[I]);
    if (A == "--")
      break;
    std::string Dir;
    if ((A == "-p" || A == "--p") && I + 1 < argc)
      Dir = argv[I + 1];
    else if (A.consume_front("-p=") || A.consume_front("--p="))
      Dir = A.str();
    else
      continue;
    std::string Error;
    SmallString<256> Json(Dir);
    sys::path::append(Json, "compile_commands.json");
    if (sys::fs::exists(Json)) {
      if (!tooling::JSONCompilationDatabase::loadFromFile(
              Json, Error, tooling::JSONCommandLineSyntax::AutoDetect))
        return usageError("cannot load compilation database '" + Json +
                          "': " + StringRef(Error).trim().split('\n').first);
    } else if (!tooling::CompilationDatabase::autoDetectFromDirectory(Dir, Error))
      return usageError("cannot load a compilation database from '" + Dir +
                        "': " + StringRef(Error).trim().split('\n').first);
  }

  auto Parser = tooling::CommonOptionsParser::create(argc, argv, Category,
                                                     cl::ZeroOrMore, Overview);
  if (!Parser) {
    std::string Message = toString(Parser.takeError());
    StringRef M = StringRef(Message).trim();
    M.consume_front("error: ");
    M.consume_front(argv[0]);
    M.consume_front(sys::path::filename(argv[0]));
    M.consume_front(": ");
    return usageError(M.split('\n').first);
  }

  auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  bool Failed = false;
  auto Provider = createOptionsProvider(BaseFS, Failed);
  if (Failed)
    return ExitUsage;
  ClangTidyOptionsProvider *OptionsProvider = Provider.get();

  std::vector<std::string> Files = Parser->getSourcePathList();
  SmallString<256> FirstFile(Files.empty() ? "dummy" : Files.front());
  if (std::error_code EC = sys::fs::make_absolute(FirstFile))
    return usageError("cannot resolve '" + FirstFile + "': " + EC.message());
  ClangTidyOptions Effective = OptionsProvider->getOptions(FirstFile);
  if (!validRegex("HeaderFilterRegex", Effective.HeaderFilterRegex) ||
      !validRegex("ExcludeHeaderFilterRegex", Effective.ExcludeHeaderFilterRegex))
    return ExitUsage;

  std::vector<std::string> Enabled = getCheckNames(Effective, false);
  if (ListChecks) {
    outs() << "Enabled checks:";
    for (const std::string &C : Enabled)
      outs() << "\n    " << C;
    outs() << "\n\n";
    return Enabled.empty() ? ExitUsage : ExitClean;
  }
  if (DumpConfig) {
    Effective.CheckOptions = getCheckOptions(Effective, false);
    outs() << configurationAsText(ClangTidyOptions::getDefaults().merge(Effective, 0))
           << "\n";
    return ExitClean;
  }
  // A check glob that names nothing we have is a typo, not a request to run
  // nothing: say so.
  if (Checks.getNumOccurrences()) {
    SmallVector<StringRef, 8> Globs;
    StringRef(Checks).split(Globs, ',');
    auto Known = getAllChecksAndOptions(false).Names;
    for (StringRef Glob : Globs) {
      Glob = Glob.trim();
      if (Glob.empty() || Glob.starts_with("-") || Glob.contains('*'))
        continue;
      if (!Known.contains(Glob))
        return usageError("unknown check '" + Glob + "' (see --list-checks)");
    }
  }
  if (Enabled.empty())
    return usageError("no checks enabled (see --checks and --list-checks)");
  if (Files.empty())
    return usageError("no input files specified");
  for (const std::string &F : Files)
    if (!sys::fs::exists(F))
      return usageError("cannot read '" + F + "': no such file");

  if (!ExportFixes.empty()) {
    std::error_code EC;
    raw_fd_ostream Probe(ExportFixes, EC, sys::fs::OF_None);
    if (EC)
      return usageError("cannot write --export-fixes '" + ExportFixes +
                        "': " + EC.message());
  }

  // Builtin headers come from the LLVM 19 installation this tool was built
  // against, wherever the binary itself lives.
  class WithResourceDir : public tooling::CompilationDatabase {
  public:
    WithResourceDir(const tooling::CompilationDatabase &Base, std::string Dir)
        : Base(Base), Dir(std::move(Dir)) {}
    std::vector<tooling::CompileCommand>
    getCompileCommands(StringRef File) const override {
      auto Cmds = Base.getCompileCommands(File);
      if (!Dir.empty())
        for (auto &C : Cmds) {
          bool Has = any_of(C.CommandLine, [](const std::string &A) {
            return StringRef(A).starts_with("-resource-dir");
          });
          if (!Has && !C.CommandLine.empty())
            C.CommandLine.insert(C.CommandLine.begin() + 1, "-resource-dir=" + Dir);
        }
      return Cmds;
    }
    std::vector<std::string> getAllFiles() const override { return Base.getAllFiles(); }

  private:
    const tooling::CompilationDatabase &Base;
    std::string Dir;
  } Database(Parser->getCompilations(), ResourceDir);

  ClangTidyContext Context(std::move(Provider), false, false);
  std::vector<ClangTidyError> Errors =
      ctxlife::driver::runChecks(Context, Database, Files, BaseFS, FixNotes);

  bool CompileErrors = any_of(Errors, [](const ClangTidyError &E) {
    return E.DiagLevel == ClangTidyError::Error;
  });
  // Invalid check options are reported by the checks as `clang-tidy-config`
  // diagnostics: a configuration error, not a finding.
  bool ConfigErrors = any_of(Errors, [](const ClangTidyError &E) {
    return E.DiagnosticName == "clang-tidy-config";
  });
  unsigned Findings = count_if(Errors, [](const ClangTidyError &E) {
    return E.DiagLevel != ClangTidyError::Error &&
           E.DiagnosticName != "clang-tidy-config";
  });
  FixBehaviour Behaviour = FixNotes ? FB_FixNotes
                           : (Fix || FixErrors) ? FB_Fix
                                                : FB_NoFix;
  bool DisableFixes = CompileErrors && !FixErrors;
  unsigned WErrorCount = 0;
  handleErrors(Errors, Context, DisableFixes ? FB_NoFix : Behaviour, WErrorCount,
               BaseFS);

  if (!ExportFixes.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(ExportFixes, EC, sys::fs::OF_None);
    if (EC)
      return usageError("cannot write --export-fixes '" + ExportFixes +
                        "': " + EC.message());
    exportReplacements(FirstFile.str(), Errors, OS);
  }
  if (!Quiet) {
    const ClangTidyStats &S = Context.getStats();
    if (S.errorsIgnored()) {
      errs() << "Suppressed " << S.errorsIgnored() << " warnings (";
      StringRef Sep;
      if (S.ErrorsIgnoredNonUserCode) {
        errs() << S.ErrorsIgnoredNonUserCode << " in non-user code";
        Sep = ", ";
      }
      if (S.ErrorsIgnoredLineFilter) {
        errs() << Sep << S.ErrorsIgnoredLineFilter << " due to line filter";
        Sep = ", ";
      }
      if (S.ErrorsIgnoredNOLINT) {
        errs() << Sep << S.ErrorsIgnoredNOLINT << " NOLINT";
        Sep = ", ";
      }
      if (S.ErrorsIgnoredCheckFilter)
        errs() << Sep << S.ErrorsIgnoredCheckFilter << " with check filters";
      errs() << ").\n";
    }
    if (DisableFixes && Behaviour != FB_NoFix)
      errs() << "Found compiler errors, but -fix-errors was not specified.\n"
                "Fixes have NOT been applied.\n\n";
  }
  if (ConfigErrors) {
    errs() << "ctxlife: error: invalid check options (see the "
              "[clang-tidy-config] diagnostics above)\n";
    return ExitUsage;
  }
  if (CompileErrors) {
    errs() << "ctxlife: error: some translation units could not be analyzed "
              "(compile errors above)\n";
    return ExitAnalysisFailed;
  }
  if (WErrorCount) {
    if (!Quiet)
      errs() << WErrorCount << " warning" << (WErrorCount == 1 ? "" : "s")
             << " treated as error" << (WErrorCount == 1 ? "" : "s") << "\n";
    return ExitFindings;
  }
  return Findings ? ExitFindings : ExitClean;
}
