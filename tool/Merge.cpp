//===--- Merge.cpp - `ctxlife merge`: one output from shards --------------===//

#include "tool/Merge.h"
#include "tool/Findings.h"
#include "tool/Gate.h"
#include "tool/Options.h"
#include "tool/Paths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace llvm;

namespace ctxlife::driver {
namespace {

constexpr StringLiteral SrcRoot = "%SRCROOT%";
constexpr StringLiteral FingerprintKey = "ctxlifeFingerprint/v1";

enum class Kind { Report, Sarif, Baseline };

StringRef kindName(Kind K) {
  return K == Kind::Report ? "a JSON report" : K == Kind::Sarif ? "a SARIF log" : "a baseline";
}

struct Input {
  std::string Name;
  json::Value Doc = nullptr;
};

/// What cannot be merged: one line (exit code 2).
Error failure(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

std::optional<Kind> kindOf(const json::Value &Doc) {
  const json::Object *O = Doc.getAsObject();
  if (!O)
    return std::nullopt;
  if (O->getArray("runs"))
    return Kind::Sarif;
  if (O->getString("tool") == StringRef("ctxlife") && O->getArray("findings"))
    return Kind::Baseline;
  if (const json::Object *Tool = O->getObject("tool"))
    if (Tool->getString("name") == StringRef("ctxlife") && O->getArray("findings"))
      return Kind::Report;
  return std::nullopt;
}

std::string uriDecode(StringRef Text) {
  std::string Out;
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned Byte;
    if (Text[I] == '%' && I + 2 < Text.size() + 0 &&
        !Text.substr(I + 1, 2).getAsInteger(16, Byte)) {
      Out += static_cast<char>(Byte);
      I += 2;
    } else {
      Out += Text[I];
    }
  }
  return Out;
}

/// One finding (or compile error, SARIF result or notification) of an
/// input, with the driver's sort key.
struct Item {
  std::string AbsPath; // empty: no file
  std::string Path;    // as shown: relative to the root when inside it
  int64_t Line = 0, Column = 0;
  std::string Check, Message;
  unsigned Input = 0;
  json::Value Value = nullptr;

  auto key() const { return std::tie(AbsPath, Line, Column, Check, Message); }
};

/// Sorts as the driver does and removes the duplicates (one header finding
/// reported by several translation units), keeping the first.
void sortUnique(std::vector<Item> &Items) {
  std::stable_sort(Items.begin(), Items.end(),
                   [](const Item &L, const Item &R) { return L.key() < R.key(); });
  Items.erase(std::unique(Items.begin(), Items.end(),
                          [](const Item &L, const Item &R) { return L.key() == R.key(); }),
              Items.end());
}

std::string absoluteFrom(StringRef Root, StringRef Shown) {
  if (Shown.empty() || sys::path::is_absolute(Shown))
    return Shown.str();
  SmallString<256> P(Root);
  sys::path::append(P, Shown);
  return P.str().str();
}

/// The text of lines of files under the root, read once.
class Lines {
public:
  explicit Lines(std::string Root) : Root(std::move(Root)) {}
  Expected<std::string> line(StringRef Shown, int64_t Number) {
    auto [It, Inserted] = Files.try_emplace(Shown);
    if (Inserted) {
      auto Buffer = MemoryBuffer::getFile(absoluteFrom(Root, Shown), /*IsText=*/false,
                                          /*RequiresNullTerminator=*/false);
      if (!Buffer)
        return failure("cannot read '" + Shown +
                       "' to compute the fingerprints of a file that several inputs "
                       "report: " + Buffer.getError().message());
      It->second = (*Buffer)->getBuffer().str();
    }
    SmallVector<StringRef, 0> Split;
    StringRef(It->second).split(Split, '\n');
    if (Number < 1 || static_cast<size_t>(Number) > Split.size())
      return "";
    return Split[Number - 1].rtrim('\r').str();
  }

private:
  std::string Root;
  StringMap<std::string> Files;
};

/// Fingerprints count earlier findings with the same key in the file: an
/// input knows only its own, so in a file that several inputs report they
/// are computed again, in the merged order.
Error refingerprint(std::vector<Item> &Items, Lines &Text,
                    function_ref<void(Item &, std::string)> Set) {
  StringMap<std::set<unsigned>> InputsOf;
  for (const Item &I : Items)
    InputsOf[I.Path].insert(I.Input);
  std::map<std::string, unsigned> Occurrences;
  for (Item &I : Items) {
    if (I.Path.empty() || InputsOf[I.Path].size() < 2)
      continue;
    Expected<std::string> LineText = Text.line(I.Path, I.Line);
    if (!LineText)
      return LineText.takeError();
    std::string Key = findingKey(I.Check, I.Path, *LineText);
    Set(I, fingerprint(Key, Occurrences[Key]++));
  }
  return Error::success();
}

json::Array values(std::vector<Item> &Items) {
  json::Array Out;
  for (Item &I : Items)
    Out.push_back(std::move(I.Value));
  return Out;
}

// --- JSON reports ------------------------------------------------------------

Item reportItem(json::Value &V, StringRef Root, unsigned Input) {
  Item I;
  I.Input = Input;
  if (json::Object *O = V.getAsObject()) {
    I.Path = O->getString("file").value_or("").str();
    I.AbsPath = absoluteFrom(Root, I.Path);
    I.Line = O->getInteger("line").value_or(0);
    I.Column = O->getInteger("column").value_or(0);
    I.Check = O->getString("check").value_or("").str();
    I.Message = O->getString("message").value_or("").str();
  }
  I.Value = std::move(V);
  return I;
}

Expected<json::Value> mergeReports(std::vector<Input> &Inputs, int &Exit) {
  json::Object Merged = std::move(*Inputs.front().Doc.getAsObject());
  std::string Root = Merged.getString("root").value_or("").str();
  std::vector<Item> Findings, Errors;
  std::vector<std::pair<std::string, json::Value>> Failures;
  json::Object Summary;
  for (unsigned N = 0; N < Inputs.size(); ++N) {
    json::Object &Doc = N ? *Inputs[N].Doc.getAsObject() : Merged;
    if (Doc.getString("root").value_or("") != Root)
      return failure("'" + Inputs[N].Name + "' has another project root than '" +
                     Inputs.front().Name + "'");
    for (auto [Name, Into] : {std::pair{"findings", &Findings}, {"compileErrors", &Errors}})
      if (json::Array *A = Doc.getArray(Name))
        for (json::Value &V : *A)
          Into->push_back(reportItem(V, Root, N));
    if (json::Array *A = Doc.getArray("failures"))
      for (json::Value &V : *A) {
        std::string File;
        if (const json::Object *O = V.getAsObject())
          File = absoluteFrom(Root, O->getString("file").value_or(""));
        Failures.emplace_back(File, std::move(V));
      }
    if (const json::Object *S = Doc.getObject("summary"))
      for (const auto &[K, V] : *S)
        if (std::optional<int64_t> Count = V.getAsInteger())
          Summary[K] = Summary.getInteger(K).value_or(0) + *Count;
        else if (!Summary.get(K))
          Summary[K] = V;
  }
  sortUnique(Findings);
  sortUnique(Errors);
  Lines Text(Root);
  std::vector<Item> Both = std::move(Findings);
  size_t FindingCount = Both.size();
  Both.insert(Both.end(), std::make_move_iterator(Errors.begin()),
              std::make_move_iterator(Errors.end()));
  if (Error E = refingerprint(Both, Text, [](Item &I, std::string Print) {
        if (json::Object *O = I.Value.getAsObject())
          (*O)["fingerprint"] = std::move(Print);
      }))
    return std::move(E);
  Findings.assign(std::make_move_iterator(Both.begin()),
                  std::make_move_iterator(Both.begin() + FindingCount));
  Errors.assign(std::make_move_iterator(Both.begin() + FindingCount),
                std::make_move_iterator(Both.end()));
  std::stable_sort(Failures.begin(), Failures.end(),
                   [](const auto &L, const auto &R) { return L.first < R.first; });
  json::Array FailureArray;
  for (auto &F : Failures)
    FailureArray.push_back(std::move(F.second));
  Summary["findings"] = static_cast<int64_t>(Findings.size());
  Summary["failed"] = static_cast<int64_t>(FailureArray.size());
  Exit = !FailureArray.empty() ? ExitAnalysisFailed
                               : Findings.empty() ? ExitClean : ExitFindings;
  Merged["findings"] = values(Findings);
  Merged["compileErrors"] = values(Errors);
  Merged["failures"] = std::move(FailureArray);
  Merged["summary"] = std::move(Summary);
  return json::Value(std::move(Merged));
}

// --- SARIF -------------------------------------------------------------------

json::Object *onlyRun(Input &In) {
  json::Array *Runs = In.Doc.getAsObject()->getArray("runs");
  if (!Runs || Runs->size() != 1)
    return nullptr;
  return Runs->front().getAsObject();
}

std::string sarifRoot(const json::Object &Run) {
  const json::Object *Bases = Run.getObject("originalUriBaseIds");
  const json::Object *Src = Bases ? Bases->getObject(SrcRoot) : nullptr;
  StringRef Uri = Src ? Src->getString("uri").value_or("") : "";
  Uri.consume_front("file://");
  std::string Root = uriDecode(Uri);
  if (Root.size() > 1 && StringRef(Root).ends_with("/"))
    Root.pop_back();
  return Root;
}

/// The place of a SARIF location list's first physical location.
void sarifPlace(const json::Object &O, StringRef Root, Item &I) {
  const json::Array *Locations = O.getArray("locations");
  const json::Object *First = Locations && !Locations->empty()
                                  ? Locations->front().getAsObject()
                                  : nullptr;
  const json::Object *Physical = First ? First->getObject("physicalLocation") : nullptr;
  const json::Object *Artifact = Physical ? Physical->getObject("artifactLocation") : nullptr;
  if (!Artifact)
    return;
  StringRef Uri = Artifact->getString("uri").value_or("");
  if (Artifact->getString("uriBaseId") == StringRef(SrcRoot)) {
    I.Path = uriDecode(Uri);
    I.AbsPath = absoluteFrom(Root, I.Path);
  } else {
    Uri.consume_front("file://");
    I.Path = I.AbsPath = uriDecode(Uri);
  }
  if (const json::Object *Region = Physical->getObject("region")) {
    I.Line = Region->getInteger("startLine").value_or(0);
    I.Column = Region->getInteger("startColumn").value_or(0);
  }
}

Item sarifItem(json::Value &V, StringRef Root, unsigned Input, bool Notification) {
  Item I;
  I.Input = Input;
  if (json::Object *O = V.getAsObject()) {
    sarifPlace(*O, Root, I);
    const json::Object *Message = O->getObject("message");
    I.Message = Message ? Message->getString("text").value_or("").str() : "";
    I.Check = O->getString("ruleId").value_or("").str();
    // A compile error's notification says its check last: "... [check]".
    StringRef Text = I.Message;
    if (Notification && Text.consume_back("]")) {
      size_t Open = Text.rfind(" [");
      if (Open != StringRef::npos) {
        I.Check = Text.substr(Open + 2).str();
        I.Message = Text.take_front(Open).str();
      }
    }
  }
  I.Value = std::move(V);
  return I;
}

Expected<json::Value> mergeSarif(std::vector<Input> &Inputs, int &Exit) {
  for (Input &In : Inputs)
    if (!onlyRun(In))
      return failure("'" + In.Name + "' is not a SARIF log of one run");
  json::Object &First = *onlyRun(Inputs.front());
  std::string Root = sarifRoot(First);
  std::map<std::string, json::Value> Rules;
  std::vector<Item> Results, Errors, Failures;
  bool Successful = true;
  for (unsigned N = 0; N < Inputs.size(); ++N) {
    json::Object &Run = *onlyRun(Inputs[N]);
    if (sarifRoot(Run) != Root)
      return failure("'" + Inputs[N].Name + "' has another project root than '" +
                     Inputs.front().Name + "'");
    json::Object *Tool = Run.getObject("tool");
    json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
    if (json::Array *A = Driver ? Driver->getArray("rules") : nullptr)
      for (json::Value &R : *A)
        if (const json::Object *O = R.getAsObject())
          Rules.emplace(O->getString("id").value_or("").str(), std::move(R));
    if (json::Array *A = Run.getArray("results"))
      for (json::Value &V : *A)
        Results.push_back(sarifItem(V, Root, N, false));
    json::Array *Invocations = Run.getArray("invocations");
    json::Object *Invocation = Invocations && !Invocations->empty()
                                   ? Invocations->front().getAsObject()
                                   : nullptr;
    if (!Invocation)
      continue;
    Successful &= Invocation->getBoolean("executionSuccessful").value_or(true);
    if (json::Array *A = Invocation->getArray("toolExecutionNotifications"))
      for (json::Value &V : *A) {
        Item I = sarifItem(V, Root, N, true);
        // Failed translation units have neither a place nor a check.
        if (I.Path.empty() && StringRef(I.Check).empty()) {
          I.AbsPath = absoluteFrom(Root, StringRef(I.Message).split(": ").first);
          I.Line = I.Column = 0;
          Failures.push_back(std::move(I));
        } else {
          Errors.push_back(std::move(I));
        }
      }
  }
  sortUnique(Results);
  sortUnique(Errors);
  std::stable_sort(Failures.begin(), Failures.end(),
                   [](const Item &L, const Item &R) { return L.AbsPath < R.AbsPath; });
  Lines Text(Root);
  if (Error E = refingerprint(Results, Text, [](Item &I, std::string Print) {
        if (json::Object *O = I.Value.getAsObject())
          if (json::Object *P = O->getObject("partialFingerprints"))
            (*P)[FingerprintKey] = std::move(Print);
      }))
    return std::move(E);
  json::Array RuleArray;
  std::map<std::string, int64_t> RuleIndex;
  for (auto &[Id, Rule] : Rules) {
    RuleIndex[Id] = RuleArray.size();
    RuleArray.push_back(std::move(Rule));
  }
  for (Item &I : Results)
    if (json::Object *O = I.Value.getAsObject())
      if (O->get("ruleIndex"))
        (*O)["ruleIndex"] = RuleIndex[I.Check];
  Exit = !Successful ? ExitAnalysisFailed : Results.empty() ? ExitClean : ExitFindings;

  json::Object *Tool = First.getObject("tool");
  if (json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr)
    (*Driver)["rules"] = std::move(RuleArray);
  First["results"] = values(Results);
  json::Array Notifications = values(Errors);
  for (Item &F : Failures)
    Notifications.push_back(std::move(F.Value));
  json::Array *Invocations = First.getArray("invocations");
  if (json::Object *Invocation = Invocations && !Invocations->empty()
                                     ? Invocations->front().getAsObject()
                                     : nullptr) {
    (*Invocation)["executionSuccessful"] = Successful;
    (*Invocation)["toolExecutionNotifications"] = std::move(Notifications);
  }
  return std::move(Inputs.front().Doc);
}

// --- Baselines ---------------------------------------------------------------

Expected<json::Value> mergeBaselines(std::vector<Input> &Inputs) {
  // Entries by file (absolute, as the driver sorts), in the order of the
  // first input that has the file; a key in several inputs (a header's
  // finding, seen by translation units of several shards) counts as many
  // findings as the most any input saw.
  std::string Root = findProjectRoot();
  std::map<std::string, std::vector<std::string>> OrderOf; // file -> keys
  std::map<std::string, std::pair<json::Object, int64_t>> Entries;
  std::set<std::string> Shared;
  for (Input &In : Inputs) {
    json::Object &Doc = *In.Doc.getAsObject();
    if (Doc.getInteger("version") != Inputs.front().Doc.getAsObject()->getInteger("version"))
      return failure("'" + In.Name + "' has another baseline version than '" +
                     Inputs.front().Name + "'");
    for (json::Value &V : *Doc.getArray("findings")) {
      json::Object *E = V.getAsObject();
      std::optional<StringRef> Check = E ? E->getString("check") : std::nullopt;
      std::optional<StringRef> File = E ? E->getString("file") : std::nullopt;
      std::optional<StringRef> Line = E ? E->getString("line") : std::nullopt;
      std::optional<int64_t> Count = E ? E->getInteger("count") : std::nullopt;
      if (!Check || !File || !Line || !Count)
        return failure("invalid baseline '" + In.Name +
                       "': each finding needs 'check', 'file', 'line' and 'count'");
      std::string Key = findingKey(*Check, *File, *Line);
      auto [It, New] = Entries.try_emplace(Key, *E, *Count);
      if (New) {
        OrderOf[absoluteFrom(Root, *File)].push_back(Key);
      } else {
        // The same findings (a header's, seen from translation units of
        // several shards) or others on lines that read the same: a baseline
        // cannot tell them apart.
        if (Shared.insert(File->str()).second)
          warning("merge: several inputs count findings on the same line of '" + *File +
                  "'; the merged baseline keeps the largest count (exact when the "
                  "file's findings do not depend on the translation unit; for exact "
                  "counts, merge the shards' JSON reports with --write-baseline)");
        It->second.second = std::max(It->second.second, *Count);
      }
    }
  }
  json::Array Findings;
  for (auto &[File, Keys] : OrderOf)
    for (const std::string &Key : Keys) {
      auto &[Entry, Count] = Entries[Key];
      Entry["count"] = Count;
      Findings.push_back(std::move(Entry));
    }
  json::Object Merged = std::move(*Inputs.front().Doc.getAsObject());
  Merged["findings"] = std::move(Findings);
  return json::Value(std::move(Merged));
}

/// The baseline of the merged findings, as the unsharded run's
/// --write-baseline writes it (tool/Gate.h), from their files' text. The
/// reports must hold every finding: none hidden by a baseline or a diff.
Error writeBaselineFrom(const json::Value &Report, StringRef Path) {
  const json::Object &Doc = *Report.getAsObject();
  const json::Object *Summary = Doc.getObject("summary");
  if (Summary && (Summary->getInteger("baselined").value_or(0) ||
                  Summary->getInteger("outsideDiff").value_or(0)))
    return failure("--write-baseline needs reports of runs without --baseline and "
                   "--diff-base (these hide findings)");
  Lines Text(Doc.getString("root").value_or("").str());
  std::vector<Finding> Findings;
  if (const json::Array *A = Doc.getArray("findings"))
    for (const json::Value &V : *A) {
      const json::Object *O = V.getAsObject();
      if (!O)
        continue;
      Finding F;
      F.RuleId = O->getString("check").value_or("").str();
      F.Where.Path = O->getString("file").value_or("").str();
      if (!F.Where.Path.empty()) {
        Expected<std::string> LineText =
            Text.line(F.Where.Path, O->getInteger("line").value_or(0));
        if (!LineText)
          return LineText.takeError();
        F.Where.LineText = std::move(*LineText);
      }
      F.Key = findingKey(F.RuleId, F.Where.Path, F.Where.LineText);
      Findings.push_back(std::move(F));
    }
  if (!writeBaseline(Path, Findings))
    return failure("the baseline was not written");
  return Error::success();
}

// --- The command -------------------------------------------------------------

constexpr StringLiteral Usage =
    "usage: ctxlife merge [-o <file>] [--write-baseline=<file>] <input>...\n"
    "Combines the JSON reports, SARIF logs or baselines of `ctxlife --shard=I/N`\n"
    "runs into the output of one unsharded run (docs/cli.md#shards-and-merge).\n"
    "--write-baseline: also writes the baseline of the merged JSON reports.\n";

/// The tool version an input names (all inputs must agree).
std::string versionOf(const json::Value &Doc) {
  const json::Object *O = Doc.getAsObject();
  if (const json::Object *Tool = O->getObject("tool"))
    return Tool->getString("version").value_or("").str();
  if (const json::Array *Runs = O->getArray("runs"))
    if (!Runs->empty())
      if (const json::Object *Run = Runs->front().getAsObject())
        if (const json::Object *Tool = Run->getObject("tool"))
          if (const json::Object *Driver = Tool->getObject("driver"))
            return Driver->getString("version").value_or("").str();
  return "";
}

Expected<std::vector<Input>> readInputs(ArrayRef<std::string> Names) {
  std::vector<Input> Inputs;
  std::optional<Kind> Common;
  for (const std::string &Name : Names) {
    auto Buffer = MemoryBuffer::getFile(Name);
    if (!Buffer)
      return failure("cannot read '" + Name + "': " + Buffer.getError().message());
    Expected<json::Value> Doc = json::parse((*Buffer)->getBuffer());
    if (!Doc)
      return failure("'" + Name + "' is not JSON: " + toString(Doc.takeError()));
    std::optional<Kind> K = kindOf(*Doc);
    if (!K)
      return failure("'" + Name + "' is not a ctxlife JSON report, SARIF log or baseline");
    if (Common && *K != *Common)
      return failure("'" + Name + "' is " + kindName(*K) + ", '" + Inputs.front().Name +
                     "' " + kindName(*Common));
    if (!Inputs.empty() && versionOf(*Doc) != versionOf(Inputs.front().Doc))
      return failure("'" + Name + "' was written by another ctxlife version than '" +
                     Inputs.front().Name + "'");
    Common = K;
    Inputs.push_back({Name, std::move(*Doc)});
  }
  return Inputs;
}

} // namespace

int runMerge(ArrayRef<const char *> Args) {
  std::string Output, BaselineOut;
  std::vector<std::string> Names;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    if (Arg == "-h" || Arg == "--help") {
      outs() << Usage;
      return ExitClean;
    }
    if ((Arg == "-o" || Arg == "--output") && I + 1 < Args.size())
      Output = Args[++I];
    else if (Arg.consume_front("--output=") || Arg.consume_front("-o="))
      Output = Arg.str();
    else if (Arg == "--write-baseline" && I + 1 < Args.size())
      BaselineOut = Args[++I];
    else if (Arg.consume_front("--write-baseline="))
      BaselineOut = Arg.str();
    else if (Arg.starts_with("-") && Arg != "-")
      return usageError("merge: unknown option '" + Arg + "' (see ctxlife merge --help)");
    else
      Names.push_back(Arg.str());
  }
  if (Names.empty())
    return usageError("merge: no inputs (see ctxlife merge --help)");
  int Exit = ExitClean;
  Expected<std::vector<Input>> Inputs = readInputs(Names);
  if (!Inputs)
    return usageError("merge: " + toString(Inputs.takeError()));
  // readInputs accepted each input's kind, and they agree.
  Kind K = kindOf(Inputs->front().Doc).value_or(Kind::Report);
  Expected<json::Value> Merged = K == Kind::Report  ? mergeReports(*Inputs, Exit)
                                 : K == Kind::Sarif ? mergeSarif(*Inputs, Exit)
                                                    : mergeBaselines(*Inputs);
  if (!Merged)
    return usageError("merge: " + toString(Merged.takeError()));
  if (!BaselineOut.empty()) {
    if (K != Kind::Report)
      return usageError("merge: --write-baseline needs JSON reports");
    if (Error E = writeBaselineFrom(*Merged, BaselineOut))
      return usageError("merge: " + toString(std::move(E)));
  }
  std::string Text = formatv("{0:2}", *Merged).str() + "\n";
  if (Output.empty()) {
    outs() << Text;
    return Exit;
  }
  // Written to a temporary file and renamed into place.
  if (Error E = writeToOutput(Output, [&](raw_ostream &OS) {
        OS << Text;
        return Error::success();
      }))
    return usageError("cannot write --output '" + Output + "': " + toString(std::move(E)));
  return Exit;
}

} // namespace ctxlife::driver
