//===--- LocalTrace.cpp - values of locals, bindings and range views ------===//
//
// The tracer's part for what a function does with its own variables: a
// local assigned after its declaration (as a whole or field by field) holds
// what the definitions reaching the read hold (LocalFlow); a structured
// binding names part of the object it decomposes; a standard range view
// refers to the range it adapts.
//
//===----------------------------------------------------------------------===//

#include "lib/model/Exprs.h"
#include "lib/model/Names.h"
#include "lib/model/Provenance.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace ctxlife {
namespace {

/// The class of the part \p Path of \p V (the variable's own for an empty
/// path).
const CXXRecordDecl *partClass(const VarDecl *V, llvm::ArrayRef<const FieldDecl *> Path) {
  QualType T = Path.empty() ? V->getType() : Path.back()->getType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return RD ? RD->getDefinition() : nullptr;
}

/// True when \p Fields lead into an object of class \p RD.
bool fieldsOf(const CXXRecordDecl *RD, llvm::ArrayRef<const FieldDecl *> Fields) {
  if (!RD || Fields.empty())
    return false;
  const auto *Parent = dyn_cast<CXXRecordDecl>(Fields.front()->getParent());
  return Parent && (Parent->getCanonicalDecl() == RD->getCanonicalDecl() ||
                    RD->isDerivedFrom(Parent));
}

} // namespace

std::optional<Origin> Tracer::assigned(const VarDecl *V, const Expr *Use) {
  LocalFlow &Flow = Model.localFlow();
  llvm::ArrayRef<LocalDef> Defs = Flow.assignments(V);
  // The variable as a whole, then each part assigned on its own.
  llvm::SmallVector<FieldPath, 4> Parts{FieldPath()};
  for (const LocalDef &D : Defs)
    if (!llvm::is_contained(Parts, D.Path))
      Parts.push_back(D.Path);
  for (const FieldPath &Part : Parts) {
    for (const LocalDef *D : Flow.reaching(V, Part, Use)) {
      if (D->Path.size() != Part.size())
        continue; // An enclosing part's definition: seen with that part.
      std::optional<Origin> O = D->Value ? value(D->Value) : declValue(V);
      if (!O)
        continue;
      // The part of the value that refers to the request must not have
      // been overwritten since (`copy.ctx = nullptr` after `copy = info`).
      FieldPath Carrying(Part);
      if (fieldsOf(partClass(V, Part), O->Fields)) {
        Carrying.append(O->Fields.begin(), O->Fields.end());
        if (!llvm::is_contained(Flow.reaching(V, Carrying, Use), D))
          continue;
      }
      O->Fields = std::move(Carrying);
      if (D->At && (!O->Alias || O->Alias == V)) {
        O->Alias = V;
        O->AliasAt = D->At->getBeginLoc();
        O->AliasPart = V->getName().str();
        for (const FieldDecl *F : D->Path)
          O->AliasPart += "." + F->getName().str();
        O->AliasField = D->Path.empty() ? nullptr : D->Path.back();
      }
      return O;
    }
  }
  return std::nullopt;
}

std::optional<Origin> Tracer::binding(const BindingDecl *B, bool LValue) {
  const auto *Decomposed = dyn_cast_or_null<VarDecl>(B->getDecomposedDecl());
  if (!Decomposed)
    return std::nullopt;
  std::optional<Origin> O =
      LValue ? declLValue(Decomposed) : declValue(Decomposed);
  if (!O)
    return std::nullopt;
  if (!Model.classify(B->getType()))
    O->Derived = true; // A member of the request, or a view it holds.
  if (!O->Alias)
    O->Alias = B;
  return O;
}

std::optional<Origin> Tracer::rangeView(const CallExpr *CE) {
  const CXXRecordDecl *RD = CE->getType()->getAsCXXRecordDecl();
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!RD || !FD || !isOrDerives(RD, Model.knowledge().names(Role::RangeView)))
    return std::nullopt;
  // `views::split(r, '/')` calls the adaptor object: not what it adapts.
  unsigned First = objectArgs(CE, FD);
  for (unsigned I = First; I < CE->getNumArgs(); ++I) {
    std::optional<Origin> O = lvalue(CE->getArg(I));
    if (!O)
      O = value(CE->getArg(I));
    if (O && !O->OpaqueParam) {
      O->Derived = true;
      return O;
    }
  }
  return std::nullopt;
}

} // namespace ctxlife
