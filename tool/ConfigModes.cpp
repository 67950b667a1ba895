//===--- ConfigModes.cpp - what the configuration enables, and why --------===//
//
// The informational modes (--list-checks, --dump-config, --explain,
// --explain-config, --verify-config) and the explanation of "no checks
// enabled": each works on clang-tidy's own configuration sources
// (ClangTidyOptionsProvider::getRawOptions), as clang-tidy's do.
//
//===----------------------------------------------------------------------===//

#include "tool/CheckDocs.h"
#include "tool/Options.h"
#include "lib/compat/TidyCompat.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

/// A configuration source as the user knows it.
std::string sourceName(StringRef Source) {
  if (Source == ClangTidyOptionsProvider::OptionsSourceTypeDefaultBinary)
    return "ctxlife defaults (Checks: 'ctxlife-*')";
  if (Source == ClangTidyOptionsProvider::OptionsSourceTypeConfigCommandLineOption)
    return configSourceName();
  return Source.str();
}

/// Check names whose module ctxlife contains entirely, so that a name it
/// does not know is a mistake; other modules (`bugprone-`, ...) belong to
/// clang-tidy, and a `.clang-tidy` shared with it may name them.
bool verifiable(StringRef Name) {
  return Name.starts_with("ctxlife-") || Name.starts_with("clang-analyzer-") ||
         Name.starts_with("*") || Name.starts_with("-*");
}

StringRef closest(StringRef Value, const StringSet<> &Known) {
  unsigned Best = 5;
  StringRef Found;
  for (StringRef Item : Known.keys())
    if (unsigned D = Value.edit_distance_insensitive(Item, true, Best); D < Best) {
      Best = D;
      Found = Item;
    }
  return Found;
}

raw_ostream &verifyWarning(StringRef Source) {
  return WithColor::warning(errs(), sourceName(Source));
}

/// clang-tidy's --verify-config, for the checks ctxlife can judge.
int verifyConfig(ClangTidyOptionsProvider &Provider, StringRef File) {
  compat::ChecksAndOptions Valid = compat::allChecksAndOptions();
  StringSet<> LocalOptions; // `Frameworks` of `ctxlife-long-lived-store.Frameworks`
  for (StringRef Option : Valid.Options.keys())
    LocalOptions.insert(Option.rsplit('.').second);
  bool Invalid = false;
  StringSet<> Unverified;
  for (const auto &[Opts, Source] : Provider.getRawOptions(File)) {
    if (Opts.Checks) {
      GlobList Globs(*Opts.Checks);
      for (const auto &Item : Globs.getItems()) {
        if (Item.Text.starts_with("clang-diagnostic"))
          continue;
        if (!verifiable(Item.Text)) {
          Unverified.insert(Item.Text);
          continue;
        }
        if (any_of(Valid.Checks.keys(), [&](StringRef N) { return Item.Regex.match(N); }))
          continue;
        Invalid = true;
        if (Item.Text.contains('*')) {
          verifyWarning(Source) << "check glob '" << Item.Text
                                << "' doesn't match any known check [--verify-config]\n";
          continue;
        }
        raw_ostream &OS = verifyWarning(Source) << "unknown check '" << Item.Text << "'";
        if (StringRef Near = closest(Item.Text, Valid.Checks); !Near.empty())
          OS << "; did you mean '" << Near << "'";
        OS << " [--verify-config]\n";
      }
    }
    for (StringRef Key : Opts.CheckOptions.keys()) {
      auto [Check, Local] = Key.rsplit('.');
      bool Known = Local.empty() ? LocalOptions.contains(Check) : Valid.Options.contains(Key);
      if (Known)
        continue;
      if (!Local.empty() && !verifiable(Check)) {
        Unverified.insert(Key);
        continue;
      }
      Invalid = true;
      raw_ostream &OS = verifyWarning(Source) << "unknown check option '" << Key << "'";
      if (StringRef Near = closest(Key, Valid.Options); !Near.empty())
        OS << "; did you mean '" << Near << "'";
      OS << " [--verify-config]\n";
    }
  }
  if (!Unverified.empty()) {
    std::vector<StringRef> Names(Unverified.keys().begin(), Unverified.keys().end());
    sort(Names);
    errs() << "ctxlife: note: not verified (checks of other clang-tidy modules, which "
              "ctxlife does not contain): "
           << join(Names, ", ") << "\n";
  }
  if (Invalid)
    return usageError("the configuration names unknown checks or options (see above)");
  outs() << "No config errors detected.\n";
  return ExitClean;
}

/// clang-tidy's --explain-config: the source that enables each check.
int explainConfig(ClangTidyOptionsProvider &Provider, StringRef File,
                  const std::vector<std::string> &Enabled) {
  auto Raw = Provider.getRawOptions(File);
  for (const std::string &Check : Enabled)
    for (const auto &[Opts, Source] : reverse(Raw))
      if (Opts.Checks && GlobList(*Opts.Checks).contains(Check)) {
        outs() << "'" << Check << "' is enabled in the " << sourceName(Source) << ".\n";
        break;
      }
  return ExitClean;
}

} // namespace

std::string whyNoChecks(ClangTidyOptionsProvider &Provider, StringRef File) {
  // Replay the sources in order (each one's Checks are appended to the
  // ones before, as clang-tidy merges them); the culprit is the last one
  // after which nothing was enabled any more.
  std::string Globs;
  std::string Culprit, CulpritChecks;
  bool Before = false;
  for (const auto &[Opts, Source] : Provider.getRawOptions(File)) {
    if (!Opts.Checks)
      continue;
    Globs += (Globs.empty() ? "" : ",") + *Opts.Checks;
    ClangTidyOptions Probe;
    Probe.Checks = Globs;
    bool Now = !compat::enabledCheckNames(Probe).empty();
    if (Before && !Now) {
      Culprit = Source == ClangTidyOptionsProvider::OptionsSourceTypeCheckCommandLineOption
                    ? Source
                    : sourceName(Source);
      CulpritChecks = *Opts.Checks;
    }
    Before = Now;
  }
  if (Culprit.empty())
    return "no checks enabled (see --checks and --list-checks)";
  if (Culprit == ClangTidyOptionsProvider::OptionsSourceTypeCheckCommandLineOption)
    return "no checks enabled: --checks='" + CulpritChecks + "' switches them off";
  return "no checks enabled: the Checks '" + CulpritChecks + "' of " + Culprit +
         " switch them off (add ctxlife-* there, or pass --checks=ctxlife-*)";
}

std::optional<int> runInformationalMode(const Settings &S, ClangTidyOptionsProvider &Provider,
                                        StringRef File) {
  if (S.ExplainGiven) {
    StringRef Name = StringRef(S.Explain).trim();
    if (std::optional<StringRef> Doc = findCheckDoc(Name)) {
      outs() << *Doc;
      if (!Doc->ends_with("\n"))
        outs() << "\n";
      return ExitClean;
    }
    if (compat::allChecksAndOptions().Checks.contains(Name)) {
      outs() << Name << ": " << checkHelpUri(Name) << "\n";
      return ExitClean;
    }
    return usageError("unknown check '" + Name + "' (see --list-checks)");
  }
  if (S.VerifyConfig)
    return verifyConfig(Provider, File);
  ClangTidyOptions Effective = Provider.getOptions(File);
  std::vector<std::string> Enabled = compat::enabledCheckNames(Effective);
  if (S.ExplainConfig)
    return explainConfig(Provider, File, Enabled);
  if (S.ListChecks) {
    if (Enabled.empty() && !S.AllowNoChecks)
      return usageError(whyNoChecks(Provider, File));
    outs() << "Enabled checks:";
    for (const std::string &C : Enabled)
      outs() << "\n    " << C;
    outs() << "\n\n";
    return ExitClean;
  }
  if (S.DumpConfig) {
    Effective.CheckOptions = compat::effectiveCheckOptions(Effective);
    outs() << configurationAsText(ClangTidyOptions::getDefaults().merge(Effective, 0))
           << "\n";
    return ExitClean;
  }
  return std::nullopt;
}

} // namespace ctxlife::driver
