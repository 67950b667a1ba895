//===--- Names.cpp - matching declarations against known names ------------===//

#include "lib/model/Names.h"
#include "lib/knowledge/Registry.h"
#include "lib/model/Limits.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/IdentifierTable.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace ctxlife {

namespace {

/// True when \p NS declares a class (template or alias) named in \p Names.
bool declaresOneOf(const NamespaceDecl *NS, const NameSet &Names) {
  IdentifierTable &Idents = NS->getASTContext().Idents;
  for (const auto &N : Names.names()) {
    auto It = Idents.find(N.getKey());
    if (It == Idents.end())
      continue;
    for (const NamedDecl *D : NS->lookup(It->getValue()))
      if (isa<CXXRecordDecl, ClassTemplateDecl, TypedefNameDecl>(D))
        return true;
  }
  return false;
}

/// An Asio, whatever its namespace is called.
bool isAsioShaped(const NamespaceDecl *NS) {
  const Knowledge &K = Knowledge::foundation();
  return declaresOneOf(NS, K.names(Role::AsioMarker)) &&
         declaresOneOf(NS, K.names(Role::AsioContext));
}

std::string nameOf(const NamedDecl *D, bool ForMatching) {
  llvm::SmallVector<llvm::StringRef, 6> Parts;
  if (const IdentifierInfo *II = D->getIdentifier())
    Parts.push_back(II->getName());
  else
    return std::string();
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      if (ForMatching && isAsioShaped(NS)) {
        Parts.append({"asio", "boost"});
        break;
      }
      Parts.push_back(NS->getName());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (const IdentifierInfo *II = RD->getIdentifier())
        Parts.push_back(II->getName());
    }
  }
  std::string Name;
  for (llvm::StringRef P : llvm::reverse(Parts)) {
    if (!Name.empty())
      Name += "::";
    Name += P;
  }
  return Name;
}

} // namespace

std::string qualifiedName(const NamedDecl *D) { return nameOf(D, false); }

std::string matchName(const NamedDecl *D) { return nameOf(D, true); }

bool isNamed(const NamedDecl *D, const NameSet &Names) {
  if (!D || Names.empty())
    return false;
  const IdentifierInfo *II = D->getIdentifier();
  return II && Names.mayContainLast(II->getName()) &&
         Names.contains(matchName(D));
}

bool anyClassInHierarchy(const CXXRecordDecl *RD,
                         llvm::function_ref<bool(const CXXRecordDecl *)> Visit) {
  if (!RD)
    return false;
  llvm::SmallVector<std::pair<const CXXRecordDecl *, unsigned>, 8> Work{{RD, 0}};
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  for (size_t I = 0; I < Work.size(); ++I) {
    auto [C, Depth] = Work[I];
    if (!Seen.insert(C->getCanonicalDecl()).second)
      continue;
    if (Visit(C))
      return true;
    const CXXRecordDecl *Def = C->getDefinition();
    if (!Def || Depth >= limits::BaseDepth)
      continue;
    for (const CXXBaseSpecifier &B : Def->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
        Work.push_back({Base, Depth + 1});
  }
  return false;
}

bool isOrDerives(const CXXRecordDecl *RD, const NameSet &Names) {
  return !Names.empty() && anyClassInHierarchy(RD, [&](const CXXRecordDecl *C) {
    return isNamed(C, Names);
  });
}

bool anyMember(const CXXRecordDecl *RD,
               llvm::function_ref<bool(const NamedDecl *)> Visit) {
  return anyClassInHierarchy(RD, [&](const CXXRecordDecl *C) {
    const CXXRecordDecl *Def = C->getDefinition();
    if (!Def)
      return false;
    for (const Decl *D : Def->decls()) {
      const auto *ND = dyn_cast<NamedDecl>(D);
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
        ND = FT->getTemplatedDecl();
      if (ND && Visit(ND))
        return true;
    }
    return false;
  });
}

bool hasMemberNamed(const CXXRecordDecl *RD, llvm::StringRef Name) {
  return anyMember(RD, [&](const NamedDecl *ND) {
    return ND->getIdentifier() && ND->getName() == Name;
  });
}

const CXXRecordDecl *firstTemplateArgRecord(const CXXRecordDecl *RD) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return nullptr;
  return Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
}

void calleeNames(const CallExpr *CE, llvm::SmallVectorImpl<std::string> &Out) {
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Call && OC->getNumArgs() > 0)
    if (const auto *ME = dyn_cast<MemberExpr>(OC->getArg(0)->IgnoreParenImpCasts()))
      if (isa<FieldDecl>(ME->getMemberDecl()))
        Out.push_back(matchName(ME->getMemberDecl()));
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return;
  Out.push_back(matchName(FD));
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD)
    return;
  llvm::SmallVector<const CXXMethodDecl *, 4> Overridden(MD->overridden_methods());
  for (unsigned I = 0; I < Overridden.size() && I < limits::NestingDepth; ++I) {
    Out.push_back(matchName(Overridden[I]));
    for (const CXXMethodDecl *O : Overridden[I]->overridden_methods())
      Overridden.push_back(O);
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    anyClassInHierarchy(MC->getRecordDecl(), [&](const CXXRecordDecl *C) {
      Out.push_back(matchName(C) + "::" + FD->getName().str());
      return false;
    });
}

bool calleeIn(const CallExpr *CE, const NameSet &Names) {
  if (Names.empty())
    return false;
  llvm::SmallVector<std::string, 8> All;
  calleeNames(CE, All);
  return llvm::any_of(All, [&](const std::string &N) { return Names.contains(N); });
}

} // namespace ctxlife
