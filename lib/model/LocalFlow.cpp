//===--- LocalFlow.cpp - where a local variable's value was set -----------===//

#include "lib/model/LocalFlow.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace ctxlife {
namespace {

/// The local variable (or by-value parameter) whose part \p LHS designates,
/// with the fields leading to that part (`trace.origin.host`); null when
/// \p LHS is not such a part (through a pointer, a reference, a call).
const VarDecl *partOf(const Expr *LHS, FieldPath &Path) {
  const Expr *E = LHS->IgnoreParenImpCasts();
  FieldPath Reversed;
  while (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!F || ME->isArrow())
      return nullptr;
    Reversed.push_back(F);
    E = ME->getBase()->IgnoreParenImpCasts();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->hasLocalStorage() || V->getType()->isReferenceType())
    return nullptr;
  Path.assign(Reversed.rbegin(), Reversed.rend());
  return V;
}

bool isPrefix(llvm::ArrayRef<const FieldDecl *> Of,
              llvm::ArrayRef<const FieldDecl *> Path) {
  return Of.size() <= Path.size() && Of == Path.take_front(Of.size());
}

} // namespace

/// The assignments of one function, by the variable they write.
struct LocalFlow::Function {
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<LocalDef, 2>> Defs;

  explicit Function(const Stmt *Body) {
    llvm::SmallVector<std::pair<const Stmt *, bool>, 32> Work{{Body, false}};
    while (!Work.empty()) {
      auto [S, InLambda] = Work.pop_back_val();
      if (!S)
        continue;
      if (const auto *LE = dyn_cast<LambdaExpr>(S)) {
        for (const Expr *Init : LE->capture_inits())
          Work.emplace_back(Init, InLambda);
        Work.emplace_back(LE->getBody(), true);
        continue;
      }
      if (const auto *E = dyn_cast<Expr>(S))
        record(E, InLambda);
      for (const Stmt *C : S->children())
        Work.emplace_back(C, InLambda);
    }
  }

  void record(const Expr *E, bool InLambda) {
    const Expr *LHS = nullptr, *RHS = nullptr;
    if (const auto *BO = dyn_cast<BinaryOperator>(E);
        BO && BO->getOpcode() == BO_Assign) {
      LHS = BO->getLHS();
      RHS = BO->getRHS();
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
               OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2) {
      LHS = OC->getArg(0);
      RHS = OC->getArg(1);
    }
    FieldPath Path;
    const VarDecl *V = LHS ? partOf(LHS, Path) : nullptr;
    if (V)
      Defs[V].push_back(LocalDef{E, std::move(Path), RHS, InLambda});
  }
};

LocalFlow::LocalFlow() = default;
LocalFlow::~LocalFlow() = default;

LocalFlow::Function *LocalFlow::functionOf(const VarDecl *V) {
  if (!V || !V->hasLocalStorage() || V->getType()->isReferenceType())
    return nullptr;
  if (Ctx != &V->getASTContext()) { // A new translation unit.
    Functions.clear();
    Order.clear();
    Ctx = &V->getASTContext();
  }
  const auto *F = dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod());
  if (!F || !F->doesThisDeclarationHaveABody())
    return nullptr;
  std::unique_ptr<Function> &Fn = Functions[F];
  if (!Fn)
    Fn = std::make_unique<Function>(F->getBody());
  return Fn.get();
}

llvm::ArrayRef<LocalDef> LocalFlow::assignments(const VarDecl *V) {
  Function *Fn = functionOf(V);
  if (!Fn)
    return {};
  auto It = Fn->Defs.find(V);
  return It == Fn->Defs.end() ? llvm::ArrayRef<LocalDef>() : It->second;
}

llvm::SmallVector<const LocalDef *, 4>
LocalFlow::reaching(const VarDecl *V, llvm::ArrayRef<const FieldDecl *> Path,
                    const Stmt *Use) {
  llvm::ArrayRef<LocalDef> Defs = assignments(V);
  const auto *F = dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod());
  auto DefAt = [&](const Stmt *S) -> const LocalDef * {
    for (const LocalDef &D : Defs)
      if (!D.Anywhere && D.At == S && isPrefix(D.Path, Path))
        return &D;
    return nullptr;
  };
  std::optional<llvm::SmallVector<const Stmt *, 4>> Last;
  if (F)
    Last = Order.lastBefore(F, Use, [&](const Stmt *S) {
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      return llvm::is_contained(DS->decls(), V);
    return DefAt(S) != nullptr;
  });
  llvm::SmallVector<const LocalDef *, 4> Result;
  if (!Last) { // No order known: every definition may reach.
    Result.push_back(&Declaration);
    for (const LocalDef &D : Defs)
      if (isPrefix(D.Path, Path))
        Result.push_back(&D);
    return Result;
  }
  for (const Stmt *S : *Last) {
    const LocalDef *D = S ? DefAt(S) : nullptr;
    if (!D)
      D = &Declaration; // The declaration, or the function's entry.
    if (!llvm::is_contained(Result, D))
      Result.push_back(D);
  }
  for (const LocalDef &D : Defs)
    if (D.Anywhere && isPrefix(D.Path, Path))
      Result.push_back(&D);
  return Result;
}

} // namespace ctxlife
