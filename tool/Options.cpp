//===--- Options.cpp - ctxlife's command line and configuration -----------===//

#include "tool/Options.h"
#include "tool/CheckDocs.h"
#include "tool/Paths.h"
#include "tool/Redirect.h"
#include "lib/compat/TidyCompat.h"
#include "tool/Shard.h"
#include "clang-tidy/ClangTidy.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/raw_ostream.h"


using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

cl::OptionCategory Category("ctxlife options");

const char Overview[] = R"(
ctxlife finds request-context lifetime misuse in C++ servers: request
contexts (and views, handles and lambdas that refer to them) stored in
storage that outlives the request. See --list-checks and --explain.

  ctxlife [options] [<source>...] [-- <compiler flags>]

Without sources, every file of the compilation database is analyzed. The
database is compile_commands.json in the -p directory, or the nearest one
above the first source (or the current directory).

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error,
3 a translation unit could not be analyzed (compile errors, crash, timeout),
128 + N stopped by signal N (130 SIGINT, 143 SIGTERM; what finished is
reported).
)";

// Inputs.
cl::list<std::string> SourcePaths(cl::Positional, cl::desc("[<source>...]"),
                                  cl::ZeroOrMore, cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc(R"(Build directory holding compile_commands.json.
Default: the nearest one above the first source.)"),
                               cl::Optional, cl::cat(Category));
cl::list<std::string> ExtraArgs("extra-arg",
                                cl::desc("Argument appended to each compile command."),
                                cl::cat(Category));
cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before", cl::desc("Argument prepended to each compile command."),
    cl::cat(Category));
cl::list<std::string> RemovedArgs(
    "removed-arg", cl::desc(R"(Argument removed from each compile command (every
occurrence equal to it), before --extra-arg and
--extra-arg-before are added. Repeatable.)"),
    cl::cat(Category));
cl::opt<std::string> SourceFilter("source-filter",
                                  cl::desc("Analyze only sources whose absolute path matches this regex."),
                                  cl::init(""), cl::cat(Category));
cl::opt<std::string> Exclude("exclude",
                             cl::desc("Skip sources whose absolute path matches this regex."),
                             cl::init(""), cl::cat(Category));
cl::opt<std::string> ResourceDir(
    "resource-dir", cl::desc(R"(Clang's resource directory (builtin headers). Default:
<prefix>/lib/clang/<major> beside the executable, else
/usr/lib/llvm-<major>/lib/clang/<major>)"),
    cl::init(""), cl::cat(Category));

// Configuration (clang-tidy's flags).
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
cl::opt<std::string> FormatStyle("format-style",
                                 cl::desc("Style for formatting code around fixes."),
                                 cl::init("none"), cl::cat(Category));
cl::opt<std::string> Config("config", cl::desc("Configuration in YAML/JSON, as in .clang-tidy."),
                            cl::init(""), cl::cat(Category));
cl::opt<std::string> ConfigFile("config-file",
                                cl::desc("Read the configuration from this file."),
                                cl::init(""), cl::cat(Category));
cl::opt<bool> ListChecks("list-checks", cl::desc("List the enabled checks and exit."),
                         cl::init(false), cl::cat(Category));
cl::opt<bool> DumpConfig("dump-config",
                         cl::desc("Print the effective configuration and exit."),
                         cl::init(false), cl::cat(Category));
cl::opt<std::string> Explain("explain", cl::desc("Print the documentation of a check and exit."),
                             cl::value_desc("check"), cl::cat(Category));

// Running.
cl::opt<unsigned> Jobs("j", cl::desc("Translation units analyzed in parallel. Default: all cores."),
                       cl::init(0), cl::Prefix, cl::cat(Category));
cl::opt<unsigned> Timeout("timeout",
                          cl::desc("Seconds one translation unit may take; 0: no limit. Default: 900."),
                          cl::init(900), cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("Print only findings: no summary, no progress."),
                    cl::init(false), cl::cat(Category));
cl::opt<bool> Verbose("verbose",
                      cl::desc("Print one line per translation unit: analyzed, or from the cache."),
                      cl::init(false), cl::cat(Category));
cl::opt<std::string> CacheDir("cache-dir", cl::desc(R"(Reuse results of earlier runs stored in this
directory (default: $CTXLIFE_CACHE_DIR).)"),
                              cl::init(""), cl::cat(Category));
cl::opt<std::string> Shard("shard", cl::desc(R"(Analyze only part I of N of the files (1 <= I <= N),
split by expected cost; see `ctxlife merge`.)"),
                           cl::value_desc("I/N"), cl::init(""), cl::cat(Category));

// Output.
cl::opt<OutputFormat> Format(
    "format", cl::desc("Output format on standard output (or --output)."),
    cl::init(OutputFormat::Text),
    cl::values(clEnumValN(OutputFormat::Text, "text", "clang-tidy's format (default)"),
               clEnumValN(OutputFormat::Json, "json", "ctxlife's JSON, schema version 1"),
               clEnumValN(OutputFormat::Sarif, "sarif", "SARIF 2.1.0"),
               clEnumValN(OutputFormat::Github, "github", "GitHub Actions workflow commands"),
               clEnumValN(OutputFormat::CodeClimate, "codeclimate",
                          "GitLab Code Quality (Code Climate issues)")),
    cl::cat(Category));
cl::opt<std::string> Output("output", cl::desc("Write the findings to this file instead of stdout."),
                            cl::init(""), cl::cat(Category));
cl::opt<std::string> ExportJson("export-json",
                                cl::desc("Also write the findings as JSON to this file."),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> ExportSarif("export-sarif",
                                 cl::desc("Also write the findings as SARIF to this file."),
                                 cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> ExportCodeClimate(
    "export-codeclimate",
    cl::desc("Also write the findings as a GitLab Code Quality report to this file."),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> ExportHtml("export-html",
                                cl::desc("Also write an HTML report into this directory."),
                                cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> UseColor("use-color", cl::desc(R"(Colors in the text output. Default: when standard
output is a terminal and NO_COLOR is not set.)"),
                       cl::cat(Category));

// Pre-commit mode.
cl::opt<bool> PreCommit("pre-commit", cl::desc(R"(Analyze the staged files of a commit: find the
compile database, analyze headers through a source
that includes them, new files with a neighbour's
flags, and report only staged lines.)"),
                        cl::init(false), cl::cat(Category));

// The rest of clang-tidy's flags.
cl::opt<bool> AllowNoChecks("allow-no-checks",
                            cl::desc("With no check enabled, analyze nothing and exit 0."),
                            cl::init(false), cl::cat(Category));
cl::opt<bool> ExplainConfig("explain-config",
                            cl::desc("Print where each enabled check is enabled and exit."),
                            cl::init(false), cl::cat(Category));
cl::opt<bool> VerifyConfig("verify-config",
                           cl::desc("Check the checks and options of the configuration and exit."),
                           cl::init(false), cl::cat(Category));
cl::opt<bool> EnableCheckProfile("enable-check-profile",
                                 cl::desc("Print per-check timing profiles."),
                                 cl::init(false), cl::cat(Category));
cl::opt<std::string> StoreCheckProfile(
    "store-check-profile",
    cl::desc("Store the per-check timing profiles as JSON files under this prefix."),
    cl::value_desc("prefix"), cl::cat(Category));
cl::opt<bool> EnableModuleHeadersParsing(
    "enable-module-headers-parsing",
    cl::desc("Enable preprocessor-level module header parsing (as clang-tidy)."),
    cl::init(false), cl::cat(Category));
cl::opt<std::string> VfsOverlay("vfsoverlay",
                                cl::desc("Overlay the file system described by this file."),
                                cl::value_desc("filename"), cl::cat(Category));
cl::list<std::string> Load("load", cl::desc("Not supported by ctxlife (clang-tidy plugins)."),
                           cl::value_desc("pluginfilename"), cl::cat(Category));
cl::opt<bool> ExperimentalCustomChecks(
    "experimental-custom-checks",
    cl::desc("Not supported by ctxlife (clang-tidy 22's query-based custom checks)."),
    cl::init(false), cl::cat(Category));

// Gating.
cl::opt<std::string> Baseline("baseline", cl::desc("Report only findings not recorded in this baseline."),
                              cl::init(""), cl::cat(Category));
cl::opt<std::string> WriteBaseline("write-baseline",
                                   cl::desc("Record the current findings in this baseline file."),
                                   cl::init(""), cl::cat(Category));
cl::opt<std::string> DiffBase("diff-base",
                              cl::desc("Report only findings on lines added or changed since this git ref."),
                              cl::init(""), cl::cat(Category));

// Fixes.
cl::opt<bool> Fix("fix", cl::desc("Apply suggested fixes."), cl::init(false),
                  cl::cat(Category));
cl::opt<bool> FixErrors("fix-errors",
                        cl::desc("Apply fixes even if there are compile errors."),
                        cl::init(false), cl::cat(Category));
cl::opt<bool> FixNotes("fix-notes", cl::desc("Apply fixes found in notes."),
                       cl::init(false), cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes",
                                 cl::desc("Write fixes as clang-apply-replacements YAML."),
                                 cl::init(""), cl::cat(Category));

// The worker mode: not for users.
cl::opt<std::string> WorkerJob("ctxlife-worker", cl::Hidden, cl::init(""),
                               cl::cat(Category));
cl::opt<std::string> WorkerReport("ctxlife-report", cl::Hidden, cl::init(""),
                                  cl::cat(Category));
cl::opt<std::string> WorkerInputs("ctxlife-inputs", cl::Hidden, cl::init(""),
                                  cl::cat(Category));

void printVersion(raw_ostream &OS) {
  OS << "ctxlife version " << CTXLIFE_VERSION << "\n"
     << "  built with LLVM " << LLVM_VERSION_STRING << "\n";
}

/// The first line of an error message from cl or tooling, without the
/// program name they prefix.
std::string oneLine(StringRef Message, StringRef Argv0) {
  StringRef M = Message.trim();
  M.consume_front("error: ");
  M.consume_front(Argv0);
  M.consume_front(sys::path::filename(Argv0));
  M.consume_front(": ");
  M.consume_front("error: ");
  M.consume_front("CommandLine Error: ");
  return M.split('\n').first.trim().str();
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

} // namespace

int usageError(const Twine &Message) {
  errs() << "ctxlife: error: " << Message << "\n";
  return ExitUsage;
}

void warning(const Twine &Message) {
  errs() << "ctxlife: warning: " << Message << "\n";
}

std::optional<Settings> parseCommandLine(int Argc, const char **Argv) {
  cl::SetVersionPrinter(printVersion);
  cl::HideUnrelatedOptions(Category);

  // Response files first, everywhere (the compiler flags after `--` too).
  // A missing one is an error rather than a file name.
  static BumpPtrAllocator Alloc;
  static StringSaver Saver(Alloc);
  SmallVector<const char *, 64> Args(Argv, Argv + Argc);
  cl::ExpansionContext Expander(Alloc, cl::TokenizeGNUCommandLine);
  if (Error E = Expander.expandResponseFiles(Args)) {
    usageError("cannot expand response file: " + toString(std::move(E)));
    return std::nullopt;
  }
  for (const char *A : ArrayRef(Args).drop_front()) {
    StringRef Arg(A);
    if (Arg.starts_with("@") && !sys::fs::exists(Arg.drop_front())) {
      usageError("cannot read response file '" + Arg.drop_front() +
                 "': No such file or directory");
      return std::nullopt;
    }
  }

  Settings S;
  S.Argv0 = Argv[0];
  auto DashDash = llvm::find_if(Args, [](const char *A) { return StringRef(A) == "--"; });
  if (DashDash != Args.end()) {
    S.FixedFlags.emplace();
    for (auto I = std::next(DashDash); I != Args.end(); ++I)
      S.FixedFlags->push_back(*I);
    Args.erase(DashDash, Args.end());
  }
  for (const char *A : ArrayRef(Args).drop_front())
    S.ForwardedArgs.push_back(A);

  // Some parse errors go to the stream given, others straight to standard
  // error: collect both, and say the first in one line.
  std::string Errors;
  raw_string_ostream ErrorStream(Errors);
  bool Parsed = false;
  std::string Direct = captureStderr([&] {
    Parsed = cl::ParseCommandLineOptions(static_cast<int>(Args.size()), Args.data(),
                                         Overview, &ErrorStream);
  });
  Errors = Direct + Errors;
  if (!Parsed) {
    usageError(oneLine(Errors, Argv[0]));
    return std::nullopt;
  }

  S.Sources.assign(SourcePaths.begin(), SourcePaths.end());
  if (BuildPath.getNumOccurrences())
    S.BuildPath = BuildPath;
  S.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  S.ExtraArgsBefore.assign(ExtraArgsBefore.begin(), ExtraArgsBefore.end());
  S.RemovedArgs.assign(RemovedArgs.begin(), RemovedArgs.end());
  S.SourceFilter = SourceFilter;
  S.Exclude = Exclude;
  S.ResourceDir = ResourceDir;
  S.ResourceDirGiven = ResourceDir.getNumOccurrences() > 0;
  S.ListChecks = ListChecks;
  S.DumpConfig = DumpConfig;
  S.Explain = Explain;
  S.ExplainGiven = Explain.getNumOccurrences() > 0;
  S.Jobs = Jobs;
  S.Timeout = Timeout;
  S.Quiet = Quiet;
  S.Verbose = Verbose;
  S.CacheDir = CacheDir.getNumOccurrences()
                   ? CacheDir
                   : sys::Process::GetEnv("CTXLIFE_CACHE_DIR").value_or("");
  S.LineFilter = LineFilter;
  if (!Shard.empty() && !parseShard(Shard, S.ShardIndex, S.ShardCount)) {
    usageError("invalid --shard '" + Shard + "': expected I/N with 1 <= I <= N");
    return std::nullopt;
  }
  S.Format = Format;
  S.Output = Output;
  S.ExportJson = ExportJson;
  S.ExportSarif = ExportSarif;
  S.ExportCodeClimate = ExportCodeClimate;
  S.ExportHtml = ExportHtml;
  S.PreCommit = PreCommit;
  if (HeaderFilter.getNumOccurrences())
    S.HeaderFilter = HeaderFilter;
  S.AllowNoChecks = AllowNoChecks;
  S.ExplainConfig = ExplainConfig;
  S.VerifyConfig = VerifyConfig;
  S.EnableCheckProfile = EnableCheckProfile || StoreCheckProfile.getNumOccurrences();
  S.EnableModuleHeadersParsing = EnableModuleHeadersParsing;
  if (!StoreCheckProfile.empty())
    S.StoreCheckProfile = absolutePath(StoreCheckProfile);
  S.VfsOverlay = VfsOverlay;
  S.Baseline = Baseline;
  S.WriteBaseline = WriteBaseline;
  S.DiffBase = DiffBase;
  S.Fix = Fix;
  S.FixErrors = FixErrors;
  S.FixNotes = FixNotes;
  S.ExportFixes = ExportFixes;
  S.ChecksFlag = Checks;
  S.ChecksGiven = Checks.getNumOccurrences() > 0;
  S.ConfigGiven = Config.getNumOccurrences() > 0 || ConfigFile.getNumOccurrences() > 0;
  S.WorkerJob = WorkerJob;
  S.WorkerReport = WorkerReport;
  S.WorkerInputs = WorkerInputs;

  // A flag that names one output, given twice, would silently keep the
  // last: each format has its own flag instead.
  for (const cl::Option *O : std::initializer_list<const cl::Option *>{
           &Format, &Output, &ExportJson, &ExportSarif, &ExportCodeClimate, &ExportHtml}) {
    if (O->getNumOccurrences() > 1) {
      usageError("--" + O->ArgStr + " given more than once (write other formats with " +
                 "--export-json, --export-sarif, --export-codeclimate and --export-html)");
      return std::nullopt;
    }
  }
  if (Load.getNumOccurrences()) {
    usageError("not supported by ctxlife: --load (ctxlife has its checks built in; load "
               "clang-tidy plugins into clang-tidy-" +
               Twine(LLVM_VERSION_MAJOR) + ", together with the ctxlife plugin)");
    return std::nullopt;
  }
  if (ExperimentalCustomChecks.getNumOccurrences()) {
    usageError("not supported by ctxlife: --experimental-custom-checks (ctxlife runs its own "
               "checks only; run query-based custom checks with ctxlife-tidy or clang-tidy)");
    return std::nullopt;
  }
  if (S.PreCommit && S.FixedFlags) {
    usageError("--pre-commit finds the compile commands itself: pass -p <build-dir>, not "
               "flags after --");
    return std::nullopt;
  }
  if (S.PreCommit && DiffBase.getNumOccurrences()) {
    usageError("--pre-commit reports the staged lines: it cannot be combined with --diff-base");
    return std::nullopt;
  }
  for (auto [Name, Value] : {std::pair<StringRef, StringRef>{"--source-filter", S.SourceFilter},
                             {"--exclude", S.Exclude}}) {
    std::string Error;
    if (!Value.empty() && !Regex(Value).isValid(Error)) {
      usageError("invalid regular expression in " + Name + " '" + Value +
                 "': " + Error);
      return std::nullopt;
    }
  }
  if (Config.getNumOccurrences() && ConfigFile.getNumOccurrences()) {
    usageError("--config and --config-file are mutually exclusive");
    return std::nullopt;
  }
  if (S.Jobs > 1024) {
    usageError("-j " + Twine(S.Jobs) + " is more than 1024 parallel jobs");
    return std::nullopt;
  }
  return S;
}

std::unique_ptr<ClangTidyOptionsProvider>
createOptionsProvider(IntrusiveRefCntPtr<vfs::FileSystem> FS) {
  ClangTidyGlobalOptions Global;
  std::error_code EC;
  std::string Diagnostic = captureStderr([&] { EC = parseLineFilter(LineFilter, Global); });
  if (EC) {
    // The YAML parser's `YAML:1:9: error: <what>`, in one line.
    StringRef What = StringRef(Diagnostic).split("error: ").second.split('\n').first;
    usageError("invalid --line-filter: " + (What.empty() ? EC.message() : What.str()));
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
  // Colors: --use-color, else NO_COLOR (https://no-color.org), else the
  // configuration's UseColor, else whether standard output is a terminal.
  if (UseColor.getNumOccurrences())
    Overrides.UseColor = UseColor;
  else if (!sys::Process::GetEnv("NO_COLOR").value_or("").empty())
    Overrides.UseColor = false;

  std::string Text;
  std::string Source;
  if (ConfigFile.getNumOccurrences()) {
    auto Buffer = MemoryBuffer::getFile(ConfigFile);
    if (!Buffer) {
      usageError("cannot read --config-file '" + ConfigFile +
                 "': " + Buffer.getError().message());
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
    if (!Parsed)
      return nullptr;
    return std::make_unique<ConfigOptionsProvider>(
        std::move(Global), ClangTidyOptions::getDefaults().merge(Defaults, 0),
        std::move(*Parsed), std::move(Overrides), std::move(FS));
  }
  return std::make_unique<FileOptionsProvider>(std::move(Global), std::move(Defaults),
                                               std::move(Overrides), std::move(FS));
}

std::string configSourceName() {
  if (ConfigFile.getNumOccurrences())
    return "--config-file '" + ConfigFile + "'";
  return "--config";
}

bool validateChecksFlag(const Settings &S) {
  // A check name that matches nothing we have is a typo, not a request to
  // run nothing: say so. Globs and removals are not validated, and neither
  // are `.clang-tidy` files, which are shared with clang-tidy.
  if (!S.ChecksGiven)
    return true;
  SmallVector<StringRef, 8> Globs;
  StringRef(S.ChecksFlag).split(Globs, ',');
  auto Known = compat::allChecksAndOptions().Checks;
  for (StringRef Glob : Globs) {
    Glob = Glob.trim();
    if (Glob.empty() || Glob.starts_with("-") || Glob.contains('*') ||
        Glob.starts_with("clang-diagnostic-"))
      continue;
    if (!Known.contains(Glob)) {
      usageError("unknown check '" + Glob + "' (see --list-checks)");
      return false;
    }
  }
  return true;
}

bool validateRegexes(const ClangTidyOptions &Options) {
  return validRegex("HeaderFilterRegex", Options.HeaderFilterRegex) &&
         validRegex("ExcludeHeaderFilterRegex", Options.ExcludeHeaderFilterRegex);
}

IntrusiveRefCntPtr<vfs::OverlayFileSystem> createBaseFS() {
  auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  if (VfsOverlay.empty())
    return BaseFS;
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = BaseFS->getBufferForFile(VfsOverlay);
  if (!Buffer) {
    usageError("cannot read --vfsoverlay '" + VfsOverlay + "': " + Buffer.getError().message());
    return nullptr;
  }
  IntrusiveRefCntPtr<vfs::FileSystem> Overlay;
  std::string Diagnostic = captureStderr([&] {
    Overlay = vfs::getVFSFromYAML(std::move(*Buffer), nullptr, VfsOverlay);
  });
  if (!Overlay) {
    StringRef What = StringRef(Diagnostic).split("error: ").second.split('\n').first;
    usageError("invalid --vfsoverlay '" + VfsOverlay + "'" +
               (What.empty() ? std::string() : (": " + What).str()));
    return nullptr;
  }
  BaseFS->pushOverlay(std::move(Overlay));
  return BaseFS;
}

} // namespace ctxlife::driver
