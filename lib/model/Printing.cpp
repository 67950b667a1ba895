//===--- Printing.cpp - source text and types as the user reads them ------===//

#include "lib/model/Printing.h"
#include "lib/compat/ClangCompat.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ctxlife {

std::string sourceText(const Expr *E, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation B = E->getBeginLoc(), End = E->getEndLoc();
  // An argument of a macro reads as the user wrote it (`ctx`, not `KEEP(ctx)`).
  CharSourceRange R =
      SM.isMacroArgExpansion(B) && SM.isMacroArgExpansion(End)
          ? CharSourceRange::getTokenRange(SM.getSpellingLoc(B),
                                           SM.getSpellingLoc(End))
          : CharSourceRange::getTokenRange(
                SM.getExpansionRange(E->getSourceRange()).getAsRange());
  std::string Text =
      Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
  std::string Flat;
  bool Space = false;
  for (char C : Text) {
    if (C == '\n' || C == '\t' || C == ' ' || C == '\r') {
      Space = !Flat.empty();
      continue;
    }
    if (Space)
      Flat += ' ';
    Space = false;
    Flat += C;
  }
  return Flat;
}

std::string fillPattern(llvm::StringRef Pattern, llvm::StringRef Name,
                        bool Arrow) {
  std::string Out;
  for (size_t I = 0; I < Pattern.size(); ++I) {
    if (Pattern[I] == '%' && I + 1 < Pattern.size() && Pattern[I + 1] == '0') {
      Out += Name;
      ++I;
    } else if (Pattern[I] == '%' && I + 1 < Pattern.size() &&
               Pattern[I + 1] == '1') {
      Out += Arrow ? "->" : ".";
      ++I;
    } else {
      Out += Pattern[I];
    }
  }
  return Out;
}

/// Prints \p T as the user wrote it, except for member typedefs of library
/// classes (`value_type`, `__sv_type`), which say nothing out of context.
std::string printType(QualType T, const ASTContext &Ctx) {
  PrintingPolicy PP(Ctx.getLangOpts());
  PP.SuppressTagKeyword = true;
  T = T.getUnqualifiedType();
  if (const auto *TT = dyn_cast<TypedefType>(compat::skipElaboration(T.getTypePtr()))) {
    const TypedefNameDecl *TD = TT->getDecl();
    // A member typedef: what it stands for, fully qualified.
    if (TD->getDeclContext()->isRecord() || TD->getName().starts_with("__"))
      return T.getCanonicalType().getUnqualifiedType().getAsString(PP);
  }
  // A namespace-scope typedef the user knows (`drogon::HttpRequestPtr`,
  // `boost::beast::string_view`) prints by its qualified name; anything else
  // as the fully qualified type it stands for.
  QualType Inner = T;
  while (Inner->isPointerType() || Inner->isReferenceType())
    Inner = Inner->getPointeeType();
  const Type *Top = compat::skipElaboration(Inner.getTypePtr());
  if (const auto *TT = dyn_cast<TypedefType>(Top))
    if (!TT->getDecl()->getDeclContext()->isRecord() &&
        !TT->getDecl()->getName().starts_with("__")) {
      compat::qualifyTypeNames(PP);
      return T.getAsString(PP);
    }
  return T.getCanonicalType().getUnqualifiedType().getAsString(PP);
}

std::string printDeclaredType(const ValueDecl *V, const ASTContext &Ctx) {
  QualType T = V->getType().getUnqualifiedType();
  if (T->getContainedAutoType() || T->isDependentType())
    return printType(T, Ctx);
  const auto *TST = dyn_cast<TemplateSpecializationType>(
      compat::skipElaboration(T.getTypePtr()));
  const TemplateDecl *TD = TST ? TST->getTemplateName().getAsTemplateDecl() : nullptr;
  if (!TD)
    return printType(T, Ctx);
  // The template by its qualified name, each argument as `printType` says
  // it (`std::string`, not `std::basic_string<char>`).
  PrintingPolicy PP(Ctx.getLangOpts());
  PP.SuppressTagKeyword = true;
  std::string Out = qualifiedName(TD) + "<";
  llvm::raw_string_ostream OS(Out);
  bool First = true;
  for (const TemplateArgument &A : TST->template_arguments()) {
    OS << (First ? "" : ", ");
    First = false;
    if (A.getKind() == TemplateArgument::Type)
      OS << printType(A.getAsType(), Ctx);
    else
      A.print(PP, OS, /*IncludeType=*/true);
  }
  OS << ">";
  return Out;
}

} // namespace ctxlife
