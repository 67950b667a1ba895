//===--- PathSteps.cpp - a finding's path, step by step -------------------===//

#include "tool/formats/PathSteps.h"
#include "lib/knowledge/Registry.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"
#include <algorithm>

using namespace llvm;

namespace ctxlife::driver {
namespace {

struct RolePattern {
  StepRole Role;
  std::string Needle; // a literal part every match contains: a cheap filter
  std::unique_ptr<Regex> Pattern;
};

/// The longest run of \p Pattern without regular-expression syntax.
std::string literalPart(StringRef Pattern) {
  std::string Best, Run;
  for (char C : Pattern) {
    if (StringRef("^$.*+?()[]{}|\\").contains(C)) {
      if (Run.size() > Best.size())
        Best = Run;
      Run.clear();
      continue;
    }
    Run += C;
  }
  return Run.size() > Best.size() ? Run : Best;
}

const std::vector<RolePattern> &rolePatterns() {
  static const std::vector<RolePattern> Patterns = [] {
    std::vector<RolePattern> Out;
    auto Add = [&](StepRole Role, StringRef Pattern) {
      Out.push_back({Role, literalPart(Pattern), std::make_unique<Regex>(Pattern)});
    };
#define NOTE_ROLE(Role, Pattern) Add(StepRole::Role, Pattern);
#include "tool/formats/NoteRoles.def"
    return Out;
  }();
  return Patterns;
}

/// The qualified names inside the quoted parts of \p Text
/// (`'const grpc::ServerContext *'` gives `grpc::ServerContext`).
void quotedNames(StringRef Text, SmallVectorImpl<StringRef> &Names) {
  SmallVector<StringRef, 8> Parts;
  Text.split(Parts, '\'');
  for (size_t I = 1; I < Parts.size(); I += 2) {
    StringRef Quoted = Parts[I];
    while (!Quoted.empty()) {
      size_t Start = Quoted.find_if([](char C) { return isAlpha(C) || C == '_'; });
      if (Start == StringRef::npos)
        break;
      Quoted = Quoted.drop_front(Start);
      size_t End = Quoted.find_if_not(
          [](char C) { return isAlnum(C) || C == '_' || C == ':'; });
      Names.push_back(Quoted.take_front(End).trim(':'));
      Quoted = Quoted.drop_front(std::min(End, Quoted.size()));
    }
  }
}

/// How well \p Name names a type of \p Qualified: its full name, or a name
/// in its namespace. 0: not at all.
size_t matchScore(StringRef Name, StringRef Qualified) {
  if (Name == Qualified)
    return Qualified.size() + 1;
  size_t Colon = Qualified.rfind("::");
  if (Colon == StringRef::npos)
    return 0;
  StringRef Namespace = Qualified.take_front(Colon + 2);
  return Name.starts_with(Namespace) ? Namespace.size() : 0;
}

} // namespace

StepRole classifyNote(StringRef Message) {
  for (const RolePattern &P : rolePatterns())
    if (StringRef(Message).contains(P.Needle) && P.Pattern->match(Message))
      return P.Role;
  return StepRole::Other;
}

StringRef roleName(StepRole Role) {
  switch (Role) {
  case StepRole::Source:
    return "source";
  case StepRole::Alias:
    return "alias";
  case StepRole::Helper:
    return "helper";
  case StepRole::End:
    return "end";
  case StepRole::Advice:
    return "advice";
  case StepRole::Other:
    return "other";
  }
  return "other";
}

std::vector<PathStep> pathSteps(const Finding &F) {
  std::vector<PathStep> Steps;
  auto Take = [&](StepRole Role) {
    for (const Note &N : F.Notes)
      if (N.Role == Role && !N.Where.AbsolutePath.empty())
        Steps.push_back({&N.Where, N.Message, Role, false});
  };
  Take(StepRole::Source);
  Take(StepRole::Alias);
  if (!F.Where.AbsolutePath.empty())
    Steps.push_back({&F.Where, F.Message, StepRole::Other, true});
  Take(StepRole::Helper);
  Take(StepRole::End);
  Take(StepRole::Other);
  return Steps;
}

std::string frameworkOf(const Finding &F) {
  SmallVector<StringRef, 16> Names;
  quotedNames(F.Message, Names);
  for (const Note &N : F.Notes)
    if (N.Role != StepRole::Advice)
      quotedNames(N.Message, Names);
  StringRef Best;
  size_t BestScore = 0;
  for (const FrameworkKnowledge *P : Knowledge::all())
    for (const ContextTypeRow &Row : P->ContextTypes)
      for (StringRef Name : Names)
        if (size_t Score = matchScore(Name, Row.QualifiedName); Score > BestScore) {
          BestScore = Score;
          Best = P->Name;
        }
  return Best.str();
}

} // namespace ctxlife::driver
