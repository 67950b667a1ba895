//===--- LimitLog.cpp - analysis bounds that were reached -----------------===//

#include "lib/model/LimitLog.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include <set>
#include <utility>

using namespace clang;

namespace ctxlife::limitlog {
namespace {

struct Log {
  bool On = false;
  std::vector<LimitHit> Hits;
  /// (bound, raw location) already recorded.
  std::set<std::pair<std::string, unsigned>> Seen;
};

// One log per thread: a worker analyzes on one thread, and hosts that run
// the checks on several (clangd) keep the log off.
thread_local Log TheLog;

/// The function whose body holds \p S, found through the parent map
/// (built only here, when a bound is reached).
const FunctionDecl *functionAround(const Stmt *S, const ASTContext &Ctx) {
  auto &Parents = const_cast<ASTContext &>(Ctx).getParentMapContext();
  DynTypedNodeList Up = Parents.getParents(*S);
  while (!Up.empty()) {
    const DynTypedNode &N = Up[0];
    if (const auto *FD = N.get<FunctionDecl>())
      return FD;
    if (const auto *D = N.get<Decl>())
      return dyn_cast_or_null<FunctionDecl>(D->getParentFunctionOrMethod());
    Up = Parents.getParents(N);
  }
  return nullptr;
}

} // namespace

void enable(bool On) {
  TheLog = Log();
  TheLog.On = On;
}

bool enabled() { return TheLog.On; }

void hit(llvm::StringRef Name, unsigned Value, SourceLocation Loc,
         const ASTContext &Ctx, const Decl *In, const Stmt *At) {
  if (!TheLog.On)
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Spelled = Loc.isValid() ? SM.getExpansionLoc(Loc) : Loc;
  if (!TheLog.Seen.insert({Name.str(), Spelled.getRawEncoding()}).second)
    return;
  LimitHit H;
  H.Name = Name.str();
  H.Value = Value;
  const FunctionDecl *FD = nullptr;
  if (In)
    FD = isa<FunctionDecl>(In) ? cast<FunctionDecl>(In)
                               : dyn_cast_or_null<FunctionDecl>(
                                     In->getParentFunctionOrMethod());
  if (!FD && At)
    FD = functionAround(At, Ctx);
  while (FD && isa<CXXMethodDecl>(FD) && cast<CXXMethodDecl>(FD)->getParent()->isLambda())
    FD = dyn_cast_or_null<FunctionDecl>(
        cast<CXXMethodDecl>(FD)->getParent()->getParentFunctionOrMethod());
  if (FD)
    H.Function = FD->getQualifiedNameAsString();
  if (Spelled.isValid()) {
    PresumedLoc P = SM.getPresumedLoc(Spelled);
    if (P.isValid()) {
      llvm::SmallString<256> Path(P.getFilename());
      SM.getFileManager().makeAbsolutePath(Path);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      H.File = Path.str().str();
      H.Line = P.getLine();
      H.Column = P.getColumn();
    }
  }
  TheLog.Hits.push_back(std::move(H));
}

std::vector<LimitHit> take() {
  std::vector<LimitHit> Out = std::move(TheLog.Hits);
  TheLog.Hits.clear();
  TheLog.Seen.clear();
  return Out;
}

std::string describe(const LimitHit &H) {
  std::string S = H.Name + " (" + std::to_string(H.Value) + ")";
  if (!H.Function.empty())
    S += " in '" + H.Function + "'";
  if (!H.File.empty())
    S += " at " + H.File + ":" + std::to_string(H.Line) + ":" + std::to_string(H.Column);
  return S;
}

} // namespace ctxlife::limitlog
