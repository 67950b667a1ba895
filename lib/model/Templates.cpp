//===--- Templates.cpp - templates nothing instantiates --------------------===//

#include "lib/model/Templates.h"
#include "lib/model/Exprs.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace ctxlife {
namespace {

/// True when some function instantiated from \p Pattern has a body.
bool anyDefined(const FunctionTemplateDecl *FT) {
  return FT && llvm::any_of(FT->specializations(), [](const FunctionDecl *Spec) {
           return Spec->isDefined();
         });
}

/// True when a specialization of the class template that \p Pattern is a
/// member of instantiates it (its definition, or a specialization of it
/// when it is a member template). False when \p Pattern's class is not a
/// class template's pattern.
bool instantiatedAsMember(const FunctionDecl *Pattern, bool &Known) {
  const auto *RD = dyn_cast<CXXRecordDecl>(Pattern->getDeclContext());
  const ClassTemplateDecl *CT = RD ? RD->getDescribedClassTemplate() : nullptr;
  if (!CT) {
    // A partial specialization, a class nested in a template, a local
    // class: which functions come from it is not known here.
    Known = RD == nullptr || !RD->isDependentContext();
    return false;
  }
  const FunctionTemplateDecl *MemberFT = Pattern->getDescribedFunctionTemplate();
  for (const ClassTemplateSpecializationDecl *Spec : CT->specializations())
    for (const Decl *D : Spec->decls()) {
      if (const auto *M = dyn_cast<FunctionDecl>(D)) {
        if (M->getTemplateInstantiationPattern() == Pattern && M->isDefined())
          return true;
      } else if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
        if (MemberFT && FT->getInstantiatedFromMemberTemplate() == MemberFT &&
            anyDefined(FT))
          return true;
      }
    }
  return false;
}

} // namespace

bool isUninstantiatedTemplate(const FunctionDecl *FD) {
  if (!FD)
    return false;
  FD = outermostFunction(FD);
  if (!FD->isDependentContext() || FD->isTemplateInstantiation() ||
      !FD->doesThisDeclarationHaveABody())
    return false;
  if (anyDefined(FD->getDescribedFunctionTemplate()))
    return false;
  bool Known = true;
  if (instantiatedAsMember(FD, Known))
    return false;
  return Known;
}

bool isAnalyzable(const FunctionDecl *FD) {
  return FD && FD->hasBody() &&
         (!FD->isDependentContext() || isUninstantiatedTemplate(FD));
}

} // namespace ctxlife
