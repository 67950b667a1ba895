//===--- Text.cpp - clang-tidy's text, printed in pieces ------------------===//

#include "tool/Redirect.h"
#include "tool/formats/Formats.h"

using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

/// handleErrors prints each diagnostic on its own (its reporter keeps no
/// state from one to the next but the files it has read), so printing the
/// run in pieces gives the same text as printing it at once.
constexpr size_t PieceSize = 256;

class TextSink : public Sink {
public:
  TextSink(ClangTidyContext &Context, IntrusiveRefCntPtr<vfs::FileSystem> BaseFS,
           FixBehaviour Fix, bool Print)
      : Context(Context), BaseFS(std::move(BaseFS)), Fix(Fix), Print(Print) {}

  void diagnostic(const ClangTidyError &E, const Finding &, DiagnosticKind) override {
    Pending.push_back(E);
    if (Fix == FB_NoFix && Pending.size() >= PieceSize)
      flush();
  }

  void end(const Report &) override { flush(); }

private:
  void flush() {
    if (Pending.empty())
      return;
    unsigned WarningsAsErrors = 0;
    {
      std::optional<Redirect> Discard;
      if (!Print)
        Discard.emplace(1, "/dev/null");
      handleErrors(Pending, Context, Fix, WarningsAsErrors, BaseFS);
    }
    Pending.clear();
  }

  ClangTidyContext &Context;
  IntrusiveRefCntPtr<vfs::FileSystem> BaseFS;
  FixBehaviour Fix;
  bool Print;
  std::vector<ClangTidyError> Pending;
};

} // namespace

std::unique_ptr<Sink> makeTextSink(ClangTidyContext &Context,
                                   IntrusiveRefCntPtr<vfs::FileSystem> BaseFS,
                                   FixBehaviour Fix, bool Print) {
  return std::make_unique<TextSink>(Context, std::move(BaseFS), Fix, Print);
}

} // namespace ctxlife::driver
