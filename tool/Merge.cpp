//===--- Merge.cpp - `ctxlife merge`: one output from shards --------------===//

#include "tool/Merge.h"
#include "lib/compat/TidyCompat.h"
#include "tool/FindingStore.h"
#include "tool/Findings.h"
#include "tool/Gate.h"
#include "tool/Options.h"
#include "tool/Output.h"
#include "tool/Redirect.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <chrono>
#include <set>

#ifndef CTXLIFE_VERSION
#define CTXLIFE_VERSION "0.0.0"
#endif

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

constexpr StringLiteral Usage = R"(usage: ctxlife merge [options] <part.json>...

Combines the JSON reports of `ctxlife --shard=I/N` runs (--format=json or
--export-json) into the outputs of one run over all the files, byte for
byte (docs/cli.md#shards-and-merge). Run it in the checkout the parts
analyzed: positions and fingerprints come from the files' text.

  --format=<f>             json (default), sarif, github or codeclimate
  -o <file>, --output=<file>
                           write it to this file instead of standard output
  --export-json=<file>, --export-sarif=<file>, --export-codeclimate=<file>,
  --export-html=<dir>      also write these formats
  --baseline=<file>        report only findings not in this baseline
  --write-baseline=<file>  write the baseline of the merged findings
  --diff-base=<ref>        report only findings on lines changed since <ref>
  --quiet                  no summary line
)";

/// One input's problem: a one-line error (exit code 2).
struct BadInput {
  std::string Message;
};

/// Reads a part's diagnostics back into ClangTidyErrors, as the worker
/// reported them to the driver that wrote the part, and checks that each
/// place is still where the part saw it.
class Decoder {
public:
  Decoder(std::string Root, SourceCache &Sources) : Root(std::move(Root)), Sources(Sources) {}

  /// A finding (or, with \p CompileError, a compile error) of the JSON.
  std::optional<ClangTidyError> diagnostic(const json::Value &V, bool CompileError) {
    const json::Object *O = V.getAsObject();
    std::optional<StringRef> Check = O ? O->getString("check") : std::nullopt;
    std::optional<StringRef> Level = O ? O->getString("level") : std::nullopt;
    if (!Check || !Level)
      return fail("no 'check' or 'level'");
    ClangTidyError E(*Check, CompileError ? ClangTidyError::Error : ClangTidyError::Warning,
                     Root, /*IsWarningAsError=*/!CompileError && *Level == "error");
    if (!message(*O, E.Message))
      return std::nullopt;
    if (const json::Array *Aliases = O->getArray("aliases"))
      for (const json::Value &A : *Aliases)
        if (std::optional<StringRef> Name = A.getAsString())
          E.EnabledDiagnosticAliases.push_back(Name->str());
    const json::Array *Notes = O->getArray("notes");
    if (!Notes)
      return fail("no 'notes'");
    for (const json::Value &N : *Notes) {
      tooling::DiagnosticMessage Note;
      const json::Object *NO = N.getAsObject();
      if (!NO)
        return fail("a note is not an object");
      if (!message(*NO, Note))
        return std::nullopt;
      E.Notes.push_back(std::move(Note));
    }
    return E;
  }

  std::string Problem;

private:
  std::nullopt_t fail(const Twine &What) {
    Problem = What.str();
    return std::nullopt;
  }

  std::string absolute(StringRef Shown) const {
    if (sys::path::is_absolute(Shown))
      return Shown.str();
    SmallString<256> P(Root);
    sys::path::append(P, sys::path::Style::posix, Shown);
    return P.str().str();
  }

  /// `file`, `offset` and `length` of \p O; the line and column the part
  /// recorded must be those of the offset in the file as it is now.
  bool place(const json::Object &O, std::string &File, unsigned &Offset, unsigned &Length) {
    std::optional<StringRef> Shown = O.getString("file");
    if (!Shown) {
      File.clear();
      Offset = Length = 0;
      return true;
    }
    std::optional<int64_t> Off = O.getInteger("offset"), Len = O.getInteger("length");
    if (!Off || !Len || *Off < 0 || *Len < 0) {
      fail("'" + *Shown + "' without a valid 'offset' and 'length'");
      return false;
    }
    File = absolute(*Shown);
    Offset = static_cast<unsigned>(*Off);
    Length = static_cast<unsigned>(*Len);
    Position Now = Sources.position(File, Root, Offset, Length);
    std::optional<int64_t> Line = O.getInteger("line"), Column = O.getInteger("column");
    if (Line && !Now.Line) {
      fail("cannot read '" + File + "': run merge in the checkout the parts analyzed");
      return false;
    }
    if (Line.value_or(0) != Now.Line || Column.value_or(0) != Now.Column) {
      fail("'" + *Shown + "' is not the file the part analyzed (offset " + Twine(Offset) +
           " was line " + Twine(Line.value_or(0)) + ", column " + Twine(Column.value_or(0)) +
           "; it is line " + Twine(Now.Line) + ", column " + Twine(Now.Column) +
           " now): run merge in the checkout the parts analyzed");
      return false;
    }
    return true;
  }

  bool message(const json::Object &O, tooling::DiagnosticMessage &M) {
    std::optional<StringRef> Text = O.getString("message");
    if (!Text) {
      fail("no 'message'");
      return false;
    }
    M.Message = Text->str();
    unsigned Length = 0;
    if (!place(O, M.FilePath, M.FileOffset, Length))
      return false;
    // The ranges: listed when they do not follow from the position
    // (tool/formats/Json.cpp).
    if (const json::Array *Ranges = O.getArray("ranges")) {
      for (const json::Value &R : *Ranges) {
        const json::Object *RO = R.getAsObject();
        std::optional<int64_t> Off = RO ? RO->getInteger("offset") : std::nullopt;
        std::optional<int64_t> Len = RO ? RO->getInteger("length") : std::nullopt;
        if (!Off || !Len) {
          fail("a range without 'offset' and 'length'");
          return false;
        }
        std::optional<StringRef> File = RO->getString("file");
        tooling::FileByteRange Byte;
        Byte.FilePath = File ? absolute(*File) : M.FilePath;
        Byte.FileOffset = static_cast<unsigned>(*Off);
        Byte.Length = static_cast<unsigned>(*Len);
        M.Ranges.push_back(std::move(Byte));
      }
    } else if (Length) {
      tooling::FileByteRange Byte;
      Byte.FilePath = M.FilePath;
      Byte.FileOffset = M.FileOffset;
      Byte.Length = Length;
      M.Ranges.push_back(std::move(Byte));
    }
    if (const json::Array *Fixes = O.getArray("fixes"))
      for (const json::Value &F : *Fixes) {
        const json::Object *FO = F.getAsObject();
        std::optional<StringRef> Replacement = FO ? FO->getString("replacement") : std::nullopt;
        std::string File;
        unsigned Offset = 0, Len = 0;
        if (!Replacement) {
          fail("a fix-it without 'replacement'");
          return false;
        }
        if (!place(*FO, File, Offset, Len))
          return false;
        if (Error E = M.Fix[File].add(tooling::Replacement(File, Offset, Len, *Replacement))) {
          fail("overlapping fix-its: " + toString(std::move(E)));
          return false;
        }
      }
    return true;
  }

  std::string Root;
  SourceCache &Sources;
};

/// Everything the parts say, gathered.
struct Merged {
  std::string Root;
  std::set<std::string> Checks;
  Report Out;
  unsigned Parts = 0;
};

/// The sum of a summary count of the parts.
bool addCount(const json::Object &Summary, StringRef Key, unsigned &Total) {
  std::optional<int64_t> N = Summary.getInteger(Key);
  if (!N || *N < 0)
    return false;
  Total += static_cast<unsigned>(*N);
  return true;
}

/// Checks a part's header; the first sets the root.
std::optional<BadInput> checkHeader(const json::Object &Doc, StringRef Name, Merged &M,
                                    StringRef First) {
  const json::Object *Tool = Doc.getObject("tool");
  if (!Tool || Tool->getString("name") != StringRef("ctxlife") || !Doc.getArray("findings"))
    return BadInput{"'" + Name.str() +
                    "' is not a ctxlife JSON report (--format=json or --export-json)"};
  StringRef Version = Tool->getString("version").value_or("");
  StringRef Llvm = Tool->getString("llvmVersion").value_or("");
  if (Doc.getInteger("version") != JsonSchemaVersion || Version != CTXLIFE_VERSION ||
      Llvm != LLVM_VERSION_STRING)
    return BadInput{("'" + Name + "' was written by ctxlife " + Version + " (LLVM " + Llvm +
                     "), this is ctxlife " CTXLIFE_VERSION " (LLVM " LLVM_VERSION_STRING
                     "): merge with the ctxlife that wrote the parts")
                        .str()};
  StringRef Root = Doc.getString("root").value_or("");
  if (M.Parts == 0)
    M.Root = Root.str();
  else if (Root != M.Root)
    return BadInput{("'" + Name + "' has another project root ('" + Root + "') than '" +
                     First + "' ('" + M.Root + "')")
                        .str()};
  if (!Doc.getArray("checks") || !Doc.getArray("compileErrors") || !Doc.getArray("failures") ||
      !Doc.getObject("summary"))
    return BadInput{"'" + Name.str() + "' lacks 'checks', 'compileErrors', 'failures' or "
                                       "'summary' (a report of an older ctxlife?)"};
  return std::nullopt;
}

/// Adds one part to the store and to what is merged.
std::optional<BadInput> readPart(StringRef Name, StringRef First, Merged &M, FindingStore &Store,
                                 std::optional<Decoder> &Decode,
                                 std::optional<SourceCache> &Sources,
                                 const IntrusiveRefCntPtr<vfs::FileSystem> &FS) {
  auto Buffer = MemoryBuffer::getFile(Name);
  if (!Buffer)
    return BadInput{"cannot read '" + Name.str() + "': " + Buffer.getError().message()};
  Expected<json::Value> Doc = json::parse((*Buffer)->getBuffer());
  if (!Doc)
    return BadInput{"'" + Name.str() + "' is not JSON: " + toString(Doc.takeError())};
  const json::Object *O = Doc->getAsObject();
  if (!O)
    return BadInput{"'" + Name.str() + "' is not a ctxlife JSON report"};
  if (std::optional<BadInput> Bad = checkHeader(*O, Name, M, First))
    return Bad;
  if (M.Parts++ == 0) {
    Sources.emplace(M.Root, FS);
    Decode.emplace(M.Root, *Sources);
  }
  if (!Decode)
    return BadInput{"'" + Name.str() + "': no report read before it"};
  for (const json::Value &C : *O->getArray("checks"))
    if (std::optional<StringRef> Check = C.getAsString())
      M.Checks.insert(Check->str());
  for (auto [Key, CompileError] : {std::pair{"findings", false}, {"compileErrors", true}}) {
    unsigned Index = 0;
    for (const json::Value &V : *O->getArray(Key)) {
      std::optional<ClangTidyError> E = Decode->diagnostic(V, CompileError);
      if (!E)
        return BadInput{("'" + Name + "': " + Key + "[" + Twine(Index) +
                         "]: " + Decode->Problem)
                            .str()};
      Store.add(*E, M.Parts - 1);
      ++Index;
    }
  }
  for (const json::Value &V : *O->getArray("failures")) {
    const json::Object *F = V.getAsObject();
    std::optional<StringRef> File = F ? F->getString("file") : std::nullopt;
    std::optional<StringRef> Kind = F ? F->getString("kind") : std::nullopt;
    std::optional<StringRef> Message = F ? F->getString("message") : std::nullopt;
    if (!File || !Kind || !Message)
      return BadInput{"'" + Name.str() + "': a failure without 'file', 'kind' and 'message'"};
    M.Out.Failures.push_back({File->str(), Kind->str(), Message->str()});
  }
  if (const json::Array *Limits = O->getArray("limits"))
    for (const json::Value &V : *Limits) {
      const json::Object *L = V.getAsObject();
      LimitReached R;
      auto Text = [&](StringRef Key, std::string &Out) {
        std::optional<StringRef> S = L ? L->getString(Key) : std::nullopt;
        Out = S.value_or("").str();
        return S.has_value();
      };
      auto Number = [&](StringRef Key, unsigned &Out) {
        std::optional<int64_t> N = L ? L->getInteger(Key) : std::nullopt;
        Out = static_cast<unsigned>(N.value_or(0));
        return N.has_value();
      };
      if (!Text("file", R.File) || !Text("limit", R.Limit) || !Number("value", R.Value) ||
          !Text("function", R.Function) || !Text("path", R.Path) || !Number("line", R.Line) ||
          !Number("column", R.Column))
        return BadInput{"'" + Name.str() + "': a malformed entry in 'limits'"};
      M.Out.Limits.push_back(std::move(R));
    }
  const json::Object &Counts = *O->getObject("summary");
  Summary &T = M.Out.Totals;
  if (!addCount(Counts, "files", T.Files) || !addCount(Counts, "baselined", T.Baselined) ||
      !addCount(Counts, "outsideDiff", T.OutsideDiff) ||
      !addCount(Counts, "suppressed", T.Suppressed))
    return BadInput{"'" + Name.str() + "': a summary count is missing"};
  return std::nullopt;
}

/// The options, as the driver's flags of the same names.
std::optional<Settings> parseMergeArgs(ArrayRef<const char *> Args,
                                       std::vector<std::string> &Inputs, bool &Help) {
  Settings S;
  S.Format = OutputFormat::Json;
  std::pair<StringRef, std::string *> Valued[] = {
      {"--output", &S.Output},           {"-o", &S.Output},
      {"--export-json", &S.ExportJson},  {"--export-sarif", &S.ExportSarif},
      {"--export-codeclimate", &S.ExportCodeClimate},
      {"--export-html", &S.ExportHtml},  {"--baseline", &S.Baseline},
      {"--write-baseline", &S.WriteBaseline}, {"--diff-base", &S.DiffBase}};
  std::string Format = "json";
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    if (Arg == "-h" || Arg == "--help") {
      Help = true;
      return S;
    }
    if (Arg == "--quiet") {
      S.Quiet = true;
      continue;
    }
    if (!Arg.starts_with("-") || Arg == "-") {
      Inputs.push_back(Arg.str());
      continue;
    }
    auto [Flag, Value] = Arg.split('=');
    std::string *Into = Flag == "--format" ? &Format : nullptr;
    for (auto [Name, Field] : Valued)
      if (Flag == Name)
        Into = Field;
    if (!Into) {
      usageError("merge: unknown option '" + Arg + "' (see ctxlife merge --help)");
      return std::nullopt;
    }
    if (!Arg.contains('=')) {
      if (I + 1 == Args.size()) {
        usageError("merge: " + Flag + " needs a value");
        return std::nullopt;
      }
      Value = Args[++I];
    }
    *Into = Value.str();
  }
  std::pair<StringRef, OutputFormat> Formats[] = {{"json", OutputFormat::Json},
                                                  {"sarif", OutputFormat::Sarif},
                                                  {"github", OutputFormat::Github},
                                                  {"codeclimate", OutputFormat::CodeClimate}};
  if (Format == "text") {
    // clang-tidy's printer names each file as the compile command spelled
    // it (relative to its directory, say), which the JSON does not keep.
    usageError("merge: --format=text is each part's own (it names files as their compile "
               "commands spell them); merge writes json, sarif, github or codeclimate");
    return std::nullopt;
  }
  auto Known = find_if(Formats, [&](const auto &F) { return F.first == Format; });
  if (Known == std::end(Formats)) {
    usageError("merge: unknown --format '" + Format + "' (json, sarif, github or codeclimate)");
    return std::nullopt;
  }
  S.Format = Known->second;
  return S;
}

} // namespace

int runMerge(ArrayRef<const char *> Args) {
  auto Start = std::chrono::steady_clock::now();
  std::vector<std::string> Inputs;
  bool Help = false;
  std::optional<Settings> S = parseMergeArgs(Args, Inputs, Help);
  if (!S)
    return ExitUsage;
  if (Help) {
    outs() << Usage;
    return ExitClean;
  }
  if (Inputs.empty())
    return usageError("merge: no inputs (see ctxlife merge --help)");

  // Every input is read before any output is opened: an output may replace
  // an input.
  IntrusiveRefCntPtr<vfs::FileSystem> FS = vfs::getRealFileSystem();
  Merged M;
  FindingStore Store;
  std::optional<SourceCache> Sources;
  std::optional<Decoder> Decode;
  for (const std::string &Name : Inputs)
    if (std::optional<BadInput> Bad = readPart(Name, Inputs.front(), M, Store, Decode, Sources, FS))
      return usageError("merge: " + Bad->Message);
  if (!Sources)
    return usageError("merge: no report read");
  Store.sortAndDeduplicate();
  Report &Out = M.Out;
  Out.Root = M.Root;
  Out.RuleIds.assign(M.Checks.begin(), M.Checks.end());
  // A single run lists its failures by file (tool/ctxlife.cpp).
  llvm::stable_sort(Out.Failures,
                    [](const Failure &L, const Failure &R) { return L.File < R.File; });
  Out.Totals.Failed = Out.Failures.size();
  sortLimits(Out.Limits);
  Out.Totals.Limits = Out.Limits.size();

  GateInputs Gate;
  if (!S->Baseline.empty()) {
    Gate.Baseline = readBaseline(S->Baseline);
    if (!Gate.Baseline)
      return ExitUsage;
  }
  if (!S->DiffBase.empty()) {
    Gate.Changed = changedLinesSince(S->DiffBase);
    if (!Gate.Changed)
      return ExitUsage;
  }
  if (!checkOutputs(*S))
    return ExitUsage;
  std::optional<BaselineWriter> NewBaseline;
  if (!S->WriteBaseline.empty())
    NewBaseline.emplace();
  GateResult Result = runGate(Store, *Sources, Gate, Out.Totals,
                              NewBaseline ? &*NewBaseline : nullptr);
  if (NewBaseline && !NewBaseline->write(S->WriteBaseline))
    return ExitUsage;
  // The outputs take the context of clang-tidy's text printer, unused here.
  ClangTidyContext Context = compat::makeTidyContext(
      std::make_unique<DefaultOptionsProvider>(ClangTidyGlobalOptions(),
                                               ClangTidyOptions::getDefaults()),
      false);
  if (!writeOutputs(*S, Store, Result, *Sources, Out, Context, FB_NoFix, FS))
    return ExitUsage;
  for (const Failure &F : Out.Failures)
    if (F.Kind != "compile-errors")
      errs() << "ctxlife: error: " << F.File << ": " << F.Message << "\n";
  if (!S->Quiet) {
    Out.Totals.Seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
    printSummary(Out.Totals);
  }
  return exitCode(*S, Out, Result);
}

} // namespace ctxlife::driver
