//===--- Executors.cpp - the project's own executors ----------------------===//

#include "lib/model/Executors.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {
namespace {

/// The member of `this` a member call is made on (`tasks_.push(...)`,
/// `this->tasks_.pop()`), in the class \p RD.
const FieldDecl *thisField(const CXXMemberCallExpr *MC, const CXXRecordDecl *RD) {
  const Expr *Obj = MC->getImplicitObjectArgument();
  if (!Obj)
    return nullptr;
  const auto *ME = dyn_cast<MemberExpr>(Obj->IgnoreParenImpCasts());
  if (!ME || !isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    return nullptr;
  const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
  return F && F->getParent()->getCanonicalDecl() == RD->getCanonicalDecl() ? F
                                                                           : nullptr;
}

/// Every member call on a member of `this` in \p FD's body, its
/// constructor initializers and the lambdas written in them.
class ThisMemberCalls : public RecursiveASTVisitor<ThisMemberCalls> {
public:
  ThisMemberCalls(const CXXRecordDecl *RD,
                  llvm::function_ref<void(const CXXMemberCallExpr *,
                                          const FieldDecl *)>
                      Visit)
      : RD(RD), Visit(Visit) {}
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) { // NOLINT(readability-identifier-naming)
    if (const FieldDecl *F = thisField(MC, RD))
      Visit(MC, F);
    return true;
  }
  void walk(const FunctionDecl *FD) {
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || Def->isDependentContext())
      return;
    TraverseStmt(Def->getBody());
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        TraverseStmt(Init->getInit());
  }

private:
  const CXXRecordDecl *RD;
  llvm::function_ref<void(const CXXMemberCallExpr *, const FieldDecl *)> Visit;
};

/// The member functions of \p RD with a body, member template
/// specializations included.
void forEachMethod(const CXXRecordDecl *RD,
                   llvm::function_ref<void(const FunctionDecl *)> Fn) {
  for (const Decl *D : RD->decls()) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(D))
      Fn(MD);
    else if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      for (const FunctionDecl *Spec : FT->specializations())
        Fn(Spec);
  }
}

bool referencesParam(const Stmt *S, const ParmVarDecl *P) {
  if (!S)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (DRE->getDecl() == P)
      return true;
  for (const Stmt *Child : S->children())
    if (referencesParam(Child, P))
      return true;
  return false;
}

} // namespace

bool ExecutorModel::isThreadMember(QualType T) const {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  for (unsigned I = 0; RD && I < 2; ++I, RD = firstTemplateArgRecord(RD)) {
    auto It = K.launchers().find(qualifiedName(RD));
    if (It != K.launchers().end() && It->second->Kind == LaunchKind::Thread)
      return true;
  }
  return false;
}

bool ExecutorModel::holdsCallables(QualType T) const {
  // The element type of a container (or channel) is its first template
  // argument; an element holds a callable when it is one, or when one of
  // its fields is (an event struct with a handler).
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  for (unsigned Level = 0; Spec && Level < limits::ExecutorDepth.Value; ++Level) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return false;
    QualType Elem = Args[0].getAsType();
    if (isCallableType(Elem))
      return true;
    const CXXRecordDecl *ER = Elem->getAsCXXRecordDecl();
    if (!ER || !ER->hasDefinition())
      return false;
    if (llvm::any_of(ER->fields(), [](const FieldDecl *F) {
          return isCallableType(F->getType());
        }))
      return true;
    // `std::unique_ptr<Task>`, `std::pair<Time, std::function<void()>>`.
    Spec = dyn_cast<ClassTemplateSpecializationDecl>(ER);
  }
  if (Spec)
    limitlog::hit(limits::ExecutorDepth, Spec->getLocation(), Spec);
  return false;
}

const ExecutorModel::ClassFacts &
ExecutorModel::factsFor(const CXXRecordDecl *RD) const {
  RD = RD->getDefinition();
  auto Known = Classes.find(RD ? RD->getCanonicalDecl() : nullptr);
  if (Known != Classes.end())
    return Known->second;
  // Past the bound the answer is empty but not remembered: a class's facts
  // do not depend on how deep it was first asked about.
  static const ClassFacts Unknown;
  if (RD && limitlog::past(limits::ExecutorDepth, Depth + 1, RD->getLocation(), RD))
    return Unknown;
  // In progress: a class reached again through its members reads nothing.
  const ClassFacts &InProgress = Classes[RD ? RD->getCanonicalDecl() : nullptr];
  if (!RD)
    return InProgress;
  ClassFacts Facts;
  for (const FieldDecl *F : RD->fields())
    Facts.HasThread |= isThreadMember(F->getType());
  ++Depth;
  forEachMethod(RD, [&](const FunctionDecl *M) {
    ThisMemberCalls(RD, [&](const CXXMemberCallExpr *MC, const FieldDecl *F) {
      const CXXMethodDecl *Callee = MC->getMethodDecl();
      if (!Callee || !Callee->getIdentifier())
        return;
      bool Takes = K.names(Role::QueueTake).contains(Callee->getName());
      // A member of a class of the project's (a channel) whose own method
      // takes out of it.
      if (!Takes && !Callee->getASTContext().getSourceManager().isInSystemHeader(
                        Callee->getLocation()))
        Takes = factsFor(Callee->getParent())
                    .Takers.count(Callee->getCanonicalDecl());
      if (Takes) {
        Facts.Taken.insert(F);
        Facts.Takers.insert(M->getCanonicalDecl());
      }
    }).walk(M);
  });
  --Depth;
  // `It` may have moved while the members' classes were looked into.
  return Classes[RD->getCanonicalDecl()] = std::move(Facts);
}

bool ExecutorModel::isWorkQueue(const FieldDecl *F) const {
  const auto *RD = F ? dyn_cast<CXXRecordDecl>(F->getParent()) : nullptr;
  return RD && holdsCallables(F->getType()) && factsFor(RD).Taken.count(F);
}

std::optional<QueuingLaunch>
ExecutorModel::queuingLaunch(const FunctionDecl *FD) const {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || MD->isStatic() || isa<CXXConstructorDecl>(MD) ||
      isa<CXXDestructorDecl>(MD) || !MD->getParent()->getIdentifier())
    return std::nullopt;
  auto [It, New] = Launches.try_emplace(MD->getCanonicalDecl());
  if (!New)
    return It->second;
  const ParmVarDecl *Work = nullptr;
  for (const ParmVarDecl *P : MD->parameters())
    if (isCallableType(P->getType())) {
      Work = P;
      break;
    }
  const FunctionDecl *Def = nullptr;
  if (!Work || !MD->hasBody(Def))
    return std::nullopt;
  const CXXRecordDecl *RD = MD->getParent();
  const ClassFacts &Facts = factsFor(RD);
  if (!Facts.HasThread || Facts.Takers.count(MD->getCanonicalDecl()))
    return std::nullopt;
  std::optional<QueuingLaunch> Result;
  ThisMemberCalls(RD, [&](const CXXMemberCallExpr *MC, const FieldDecl *F) {
    if (Result || MC->getNumArgs() == 0 || !Facts.Taken.count(F) ||
        !holdsCallables(F->getType()))
      return;
    const CXXMethodDecl *Callee = MC->getMethodDecl();
    if (!Callee || Callee->isConst() || !Callee->getIdentifier() ||
        K.names(Role::QueueTake).contains(Callee->getName()))
      return;
    Result = QueuingLaunch{Work->getFunctionScopeIndex(), F, false};
  }).walk(Def);
  if (Result && !referencesParam(Def->getBody(), cast<ParmVarDecl>(Def->getParamDecl(Work->getFunctionScopeIndex()))))
    Result.reset();
  if (Result)
    if (const CXXRecordDecl *Ret = MD->getReturnType()->getAsCXXRecordDecl())
      Result->ReturnsFuture = isNamed(Ret, K.names(Role::Future));
  Launches[MD->getCanonicalDecl()] = Result;
  return Result;
}

} // namespace ctxlife
