//===--- LongLivedStoreCheck.cpp - ctxlife-long-lived-store ---------------===//
//
// "<what> is stored in <storage> and outlives the request", or "is passed
// to '<helper>', which stores it in <storage> where it keeps the request
// alive"; notes: where the helper stores it, where the value comes from,
// and what to store instead.
//
//===----------------------------------------------------------------------===//

#include "checks/LongLivedStoreCheck.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace ctxlife::tidy {

/// The stored expression as written, or the context's name when that is
/// too long to read.
static std::string shown(const StoreFinding &F) {
  if (F.StoredText.empty() || F.StoredText.size() > 48)
    return F.From.RootName;
  return F.StoredText;
}

/// "request context 'req' of type 'const httplib::Request &'", "lambda
/// capturing request handle 'req'"...
static std::string describe(const StoreFinding &F, bool Handle) {
  std::string Typed = "'" + shown(F) + "' of type '" + F.StoredType + "'";
  switch (F.Kind) {
  case StoredKind::Context:
    return "request context " + Typed;
  case StoredKind::Handle:
    return "request handle " + Typed;
  case StoredKind::Derived:
    return "value " + Typed + " derived from request context '" +
           F.From.RootName + "'";
  case StoredKind::Lambda:
  case StoredKind::Bind:
    break;
  }
  std::string What = F.Kind == StoredKind::Lambda ? "lambda capturing "
                                                  : "bind expression binding ";
  if (const auto *RD = dyn_cast_or_null<CXXRecordDecl>(F.From.Root))
    return What + "'this' of per-request object '" + RD->getNameAsString() + "'";
  return What + (Handle ? "request handle '" : "request context '") +
         F.From.RootName + "'";
}

void LongLivedStoreCheck::finishTranslationUnit(ASTContext &Ctx) {
  for (const StoreFinding &F : Analyzer.finish(Ctx))
    report(F);
}

/// An object holding the request, reported where it is made from it.
void LongLivedStoreCheck::reportHeld(const StoreFinding &F, const Origin::Held &H,
                                     const std::string &Where) {
  diag(F.Loc, "%0")
      << describe(F, false) + " is held by an object of type '" +
             H.Holder->getNameAsString() + "' that " +
             (F.Helper ? "is passed to '" + F.Helper->getNameAsString() +
                             "', which stores it in " + Where
                       : "is stored in " + Where) +
             " and outlives the request"
      << F.Range;
  if (F.Helper)
    diag(F.HelperStoreLoc, "'%0' stores its parameter '%1' in %2 here",
         DiagnosticIDs::Note)
        << F.Helper->getNameAsString() << F.HelperParam << Where;
  noteHolder(F.From);
  noteOrigin(F.From, /*Objects=*/true);
  diag(F.Loc, "let '%0' keep a copy of what it needs from the request instead",
       DiagnosticIDs::Note)
      << H.Holder->getName();
}

void LongLivedStoreCheck::report(const StoreFinding &F) {
  // A copy of a handle keeps the request alive; a pointer to one dangles.
  bool Handle = F.Kind == StoredKind::Handle ||
                ((F.Kind == StoredKind::Lambda || F.Kind == StoredKind::Bind) &&
                 F.From.isHandle());
  std::string Where = F.Where.describe();
  if (F.From.HeldBy)
    return reportHeld(F, *F.From.HeldBy, Where);
  std::string Stores = F.Helper ? "is passed to '" + F.Helper->getNameAsString() +
                                      "', which stores it in " + Where + " where it"
                                : "is stored in " + Where + " and";
  diag(F.Loc, "%0")
      << describe(F, Handle) + " " + Stores +
             (Handle ? " keeps the request alive" : " outlives the request")
      << F.Range;
  if (F.Helper)
    diag(F.HelperStoreLoc, "'%0' stores its parameter '%1' in %2 here",
         DiagnosticIDs::Note)
        << F.Helper->getNameAsString() << F.HelperParam << Where;
  noteOrigin(F.From, /*Objects=*/true);
  noteAlias(F.From);
  if (!F.Hint.empty())
    diag(F.Loc, "%select{store|capture}0 %1 instead", DiagnosticIDs::Note)
        << (F.Kind == StoredKind::Lambda || F.Kind == StoredKind::Bind) << F.Hint;
}

} // namespace ctxlife::tidy
