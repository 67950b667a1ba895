//===--- Registry.cpp - the frameworks selected and the user's names -------===//

#include "lib/knowledge/Registry.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

namespace ctxlife {
namespace {

std::vector<const FrameworkKnowledge *> &registered() {
  static std::vector<const FrameworkKnowledge *> All;
  return All;
}

llvm::StringRef lastComponent(llvm::StringRef Name) {
  size_t Sep = Name.rfind("::");
  return Sep == llvm::StringRef::npos ? Name : Name.substr(Sep + 2);
}

} // namespace

void NameSet::insert(llvm::StringRef Name) {
  Names.insert(Name);
  Lasts.insert(lastComponent(Name));
}

KnowledgeRegistration::KnowledgeRegistration(const FrameworkKnowledge &K) {
  registered().push_back(&K);
}

std::vector<std::string> splitList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Value.split(Parts, ';', -1, false);
  std::vector<std::string> Result;
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.consume_front("::"))
      P = P.trim();
    if (!P.empty())
      Result.push_back(P.str());
  }
  return Result;
}

std::string launcherKindNames() {
  std::vector<std::string> Names;
  for (const LaunchKindRow &R : launchKinds())
    if (!R.OptionName.empty())
      Names.push_back(R.OptionName.str());
  return llvm::join(Names, ", ");
}

std::optional<LauncherSpec> parseLauncherSpec(llvm::StringRef Entry,
                                              std::string &Error) {
  auto [Name, Rest] = Entry.split('=');
  auto [KindName, Arg] = Rest.split(':');
  Name = Name.trim();
  Name.consume_front("::");
  KindName = KindName.trim();
  Arg = Arg.trim();
  const LaunchKindRow *Kind = nullptr;
  for (const LaunchKindRow &R : launchKinds())
    if (!R.OptionName.empty() && R.OptionName == KindName)
      Kind = &R;
  if (Name.empty() || !Kind) {
    Error = "expected 'name=kind[:arg]' with a kind among " + launcherKindNames();
    return std::nullopt;
  }
  LauncherSpec Spec{Name.str(), Kind->Kind, Kind->DefaultArg};
  unsigned Index = 0;
  if (Arg == "last")
    Spec.CallableArg = LastArg;
  else if (Arg == "callable")
    Spec.CallableArg = FirstCallableArg;
  else if (!Arg.empty() && !Arg.getAsInteger(10, Index))
    Spec.CallableArg = static_cast<int>(Index);
  else if (!Arg.empty()) {
    Error = "expected an argument index, 'last' or 'callable' after ':'";
    return std::nullopt;
  }
  return Spec;
}

llvm::ArrayRef<const FrameworkKnowledge *> Knowledge::all() {
  static const std::vector<const FrameworkKnowledge *> Sorted = [] {
    std::vector<const FrameworkKnowledge *> V = registered();
    std::stable_sort(V.begin(), V.end(),
                     [](const FrameworkKnowledge *A, const FrameworkKnowledge *B) {
                       return A->Precedence < B->Precedence;
                     });
    return V;
  }();
  return Sorted;
}

std::vector<std::string> Knowledge::selectableNames() {
  std::vector<std::string> Names;
  for (const FrameworkKnowledge *K : all())
    if (K->Selectable)
      Names.push_back(K->Name.str());
  return Names;
}

std::vector<std::string>
Knowledge::unknownFrameworks(llvm::ArrayRef<std::string> Frameworks) {
  std::vector<std::string> Unknown;
  std::vector<std::string> Known = selectableNames();
  for (const std::string &Name : Frameworks)
    if (Name != "all" && llvm::none_of(Known, [&](const std::string &K) {
          return llvm::StringRef(K).equals_insensitive(Name);
        }))
      Unknown.push_back(Name);
  return Unknown;
}

std::string Knowledge::defaultDetachingCalls() {
  std::vector<std::string> Names;
  for (const auto &Row : foundation().rows(Role::DefaultDetachingCall))
    Names.push_back(Row.first);
  return llvm::join(Names, ";");
}

const Knowledge &Knowledge::foundation() {
  static const Knowledge K{FoundationTag{}};
  return K;
}

Knowledge::Knowledge(FoundationTag) {
  for (const FrameworkKnowledge *K : all())
    if (!K->Selectable)
      add(*K);
}

Knowledge::Knowledge(const KnowledgeOptions &Opts) {
  bool All = Opts.Frameworks.empty() ||
             llvm::is_contained(Opts.Frameworks, std::string("all"));
  for (const FrameworkKnowledge *K : all()) {
    bool Selected =
        !K->Selectable || All ||
        llvm::any_of(Opts.Frameworks, [&](const std::string &N) {
          return K->Name.equals_insensitive(N);
        });
    if (Selected) {
      add(*K);
      continue;
    }
    // Server-lifetime types are never request-scoped, whatever is selected.
    for (const NameRow &Row : K->Names)
      if (Row.R == Role::ServerLifetimeType)
        addName(Row.R, Row.Name);
  }
  // The user's names.
  auto AddAll = [&](Role R, const std::vector<std::string> &Names) {
    for (const std::string &N : Names)
      addName(R, UserNames.emplace_back(N));
  };
  AddAll(Role::UserContextType, Opts.ContextTypes);
  AddAll(Role::ClientContext, Opts.ClientContextTypes);
  // The deadline fix-it calls a user client context's own member of the
  // setter's name: that call must count as setting the deadline, or the fix
  // never silences its finding (and --fix adds it again on every run).
  const auto &Setters = rows(Role::DeadlineSetter);
  if (!Setters.empty()) {
    std::string Setter =
        llvm::StringRef(Setters.front().first).rsplit("::").second.str();
    for (const std::string &T : Opts.ClientContextTypes) {
      std::string Name = T;
      Name.append("::").append(Setter);
      addName(Role::DeadlineSetter, UserNames.emplace_back(std::move(Name)));
    }
  }
  AddAll(Role::PropagatingFactory, Opts.PropagatingFactories);
  AddAll(Role::CancellationCheck, Opts.CancellationChecks);
  AddAll(Role::StoreFunction, Opts.StoreFunctions);
  for (const std::string &N : Opts.DetachingCalls)
    addLauncher(UserLaunchers.emplace_back(LauncherRow{
        UserNames.emplace_back(N), LaunchKind::Always, FirstCallableArg, ""}));
  for (const LauncherSpec &S : Opts.Launchers)
    addLauncher(UserLaunchers.emplace_back(LauncherRow{
        UserNames.emplace_back(S.Name), S.Kind, S.CallableArg, ""}));
}

void Knowledge::add(const FrameworkKnowledge &K) {
  for (const ContextTypeRow &Row : K.ContextTypes)
    (Row.HandlerParamOnly ? ParamRows : ContextRows)[Row.QualifiedName] = &Row;
  for (const LauncherRow &Row : K.Launchers)
    addLauncher(Row);
  for (const NameRow &Row : K.Names)
    addName(Row.R, Row.Name, Row.Extra);
  for (const DeferredCallbackRow &Row : K.DeferredCallbacks) {
    DeferredRows[Row.QualifiedName].push_back(&Row);
    DeferredLasts.insert(lastComponent(Row.QualifiedName));
  }
}

llvm::ArrayRef<const DeferredCallbackRow *>
Knowledge::deferredCallbacks(llvm::StringRef QualifiedName) const {
  auto It = DeferredRows.find(QualifiedName);
  if (It == DeferredRows.end())
    return {};
  return It->second;
}

void Knowledge::addName(Role R, llvm::StringRef Name, llvm::StringRef Extra) {
  auto I = static_cast<unsigned>(R);
  ByRole[I].insert(Name);
  Ordered[I].emplace_back(Name.str(), Extra.str());
}

void Knowledge::addLauncher(const LauncherRow &Row) {
  LauncherRows[Row.QualifiedName] = &Row;
  LauncherLasts.insert(lastComponent(Row.QualifiedName));
}

} // namespace ctxlife
