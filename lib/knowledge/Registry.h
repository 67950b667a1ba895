//===--- Registry.h - the frameworks selected and the user's names -*- C++ -*-===//
//
// The only place that selects frameworks (`Frameworks`) and adds the
// user's own names (`ContextTypes`, `DetachingCalls`, `Launchers`,
// `ClientContextTypes`, `PropagatingFactories`, `CancellationChecks`,
// `StoreFunctions`). Every knowledge file registers itself here; the
// models read names by role from a `Knowledge` and never look at a
// framework's rows themselves.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_KNOWLEDGE_REGISTRY_H
#define CTXLIFE_LIB_KNOWLEDGE_REGISTRY_H

#include "lib/knowledge/Schema.h"
#include "llvm/ADT/StringMap.h"
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ctxlife {

/// Adds a knowledge file's framework to the registry (a static object in
/// each knowledge file, so a new file needs no other change).
struct KnowledgeRegistration {
  explicit KnowledgeRegistration(const FrameworkKnowledge &K);
};

/// A launcher the user declares in the `Launchers` option.
struct LauncherSpec {
  std::string Name;
  LaunchKind Kind = LaunchKind::Always;
  int CallableArg = FirstCallableArg;
};

/// Parses one `Launchers` entry, `name=kind[:arg]`: kind is an option name
/// of the outcome table (`always`, `thread`, `async`, `future`, `task`) and
/// arg an argument index, `last` or `callable` (the kind's default when
/// omitted). Returns an error message in \p Error on failure.
std::optional<LauncherSpec> parseLauncherSpec(llvm::StringRef Entry,
                                              std::string &Error);

/// The kinds the `Launchers` option accepts, for messages: "always, thread,
/// ...".
std::string launcherKindNames();

/// Splits a `;`-separated option value, trimming blanks and a leading `::`
/// and dropping empties.
std::vector<std::string> splitList(llvm::StringRef Value);

/// The user's options that change what ctxlife knows.
struct KnowledgeOptions {
  /// Frameworks to select by name; empty, or containing `all`: every one.
  std::vector<std::string> Frameworks;
  std::vector<std::string> ContextTypes;
  /// Launchers that always run their callable later.
  std::vector<std::string> DetachingCalls;
  std::vector<LauncherSpec> Launchers;
  std::vector<std::string> ClientContextTypes;
  std::vector<std::string> PropagatingFactories;
  std::vector<std::string> CancellationChecks;
  std::vector<std::string> StoreFunctions;
};

/// What ctxlife knows under one set of options.
class Knowledge {
public:
  explicit Knowledge(const KnowledgeOptions &Opts);

  /// Every registered framework and library, by precedence: where the
  /// first matching row wins (hints), earlier frameworks win.
  static llvm::ArrayRef<const FrameworkKnowledge *> all();
  /// The names the `Frameworks` option accepts, in order.
  static std::vector<std::string> selectableNames();
  /// The names in \p Frameworks that no framework has (`all` is known).
  static std::vector<std::string>
  unknownFrameworks(llvm::ArrayRef<std::string> Frameworks);
  /// The libraries every framework runs on (the standard library, Asio),
  /// without options: for helpers that need no configuration.
  static const Knowledge &foundation();
  /// The default of the `DetachingCalls` option.
  static std::string defaultDetachingCalls();

  /// The names with role \p R.
  const NameSet &names(Role R) const {
    return ByRole[static_cast<unsigned>(R)];
  }
  /// The rows with role \p R with their `Extra`, by precedence.
  llvm::ArrayRef<std::pair<std::string, std::string>> rows(Role R) const {
    return Ordered[static_cast<unsigned>(R)];
  }
  /// Request-context types by qualified name (`HandlerParamOnly` rows apart).
  const llvm::StringMap<const ContextTypeRow *> &contextTypes() const {
    return ContextRows;
  }
  const llvm::StringMap<const ContextTypeRow *> &handlerParamTypes() const {
    return ParamRows;
  }
  /// Launchers by qualified name; the user's replace built-in ones.
  const llvm::StringMap<const LauncherRow *> &launchers() const {
    return LauncherRows;
  }
  /// The unqualified names of `launchers()`, a cheap filter.
  const llvm::StringSet<> &launcherLastNames() const { return LauncherLasts; }
  /// The callbacks a member function of this qualified name keeps and runs
  /// after the handler returns (empty when none).
  llvm::ArrayRef<const DeferredCallbackRow *>
  deferredCallbacks(llvm::StringRef QualifiedName) const;
  /// The unqualified names of those functions, a cheap filter.
  const llvm::StringSet<> &deferredLastNames() const { return DeferredLasts; }

private:
  struct FoundationTag {};
  explicit Knowledge(FoundationTag);

  void add(const FrameworkKnowledge &K);
  void addName(Role R, llvm::StringRef Name, llvm::StringRef Extra = "");
  void addLauncher(const LauncherRow &Row);

  std::array<NameSet, NumRoles> ByRole;
  std::array<std::vector<std::pair<std::string, std::string>>, NumRoles> Ordered;
  llvm::StringMap<const ContextTypeRow *> ContextRows;
  llvm::StringMap<const ContextTypeRow *> ParamRows;
  llvm::StringMap<const LauncherRow *> LauncherRows;
  llvm::StringSet<> LauncherLasts;
  llvm::StringMap<std::vector<const DeferredCallbackRow *>> DeferredRows;
  llvm::StringSet<> DeferredLasts;
  /// The user's launcher rows and the names they point to.
  std::deque<LauncherRow> UserLaunchers;
  std::deque<std::string> UserNames;
};

} // namespace ctxlife

#endif
