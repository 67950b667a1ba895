//===--- Runner.cpp - runs the checks over translation units --------------===//

#include "tool/Runner.h"
#include "lib/compat/TidyCompat.h"
#include "tool/ArgFilter.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::tidy;

namespace ctxlife::driver {
namespace {

/// Restricts AST traversal to the main file's own top-level declarations.
class MainFileScope : public ASTConsumer {
public:
  void HandleTranslationUnit(ASTContext &Ctx) override {
    const SourceManager &SM = Ctx.getSourceManager();
    std::vector<Decl *> Scope;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      SourceLocation Loc = D->getBeginLoc();
      if (Loc.isValid() && SM.isInMainFile(SM.getExpansionLoc(Loc)))
        Scope.push_back(D);
    }
    Ctx.setTraversalScope(Scope);
  }
};

/// Appends every file the translation unit read, with the hash of the
/// content it read, to \p Inputs (for the result cache: tool/Cache.h).
/// Leaves \p Inputs empty when a path cannot be recorded.
void recordInputs(CompilerInstance &CI, std::vector<CacheInput> &Inputs) {
  const SourceManager &SM = CI.getSourceManager();
  for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
    // Absolute, but `..` kept: the directories may be symbolic links.
    SmallString<256> Path(It->first.getName());
    CI.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
    std::string Abs = Path.str().str();
    if (StringRef(Abs).contains('\n')) {
      Inputs.clear();
      return;
    }
    std::optional<llvm::MemoryBufferRef> Buffer = It->second->getBufferIfLoaded();
    if (Buffer) {
      Inputs.push_back({contentHash(Buffer->getBuffer()), Abs});
    } else if (auto File = llvm::MemoryBuffer::getFile(Abs, /*IsText=*/false,
                                                       /*RequiresNullTerminator=*/false)) {
      Inputs.push_back({contentHash((*File)->getBuffer()), Abs});
    }
  }
}

class Action : public ASTFrontendAction {
public:
  Action(ClangTidyASTConsumerFactory &Factory, ClangTidyContext &Context,
         std::vector<CacheInput> *Inputs)
      : Factory(Factory), Context(Context), Inputs(Inputs) {}

  void EndSourceFileAction() override {
    if (Inputs)
      recordInputs(getCompilerInstance(), *Inputs);
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef File) override {
    std::unique_ptr<ASTConsumer> Checks = Factory.createASTConsumer(CI, File);
    ClangTidyOptions Opts = Context.getOptionsForFile(File);
    bool WantHeaders = (Opts.HeaderFilterRegex && !Opts.HeaderFilterRegex->empty()) ||
                       Opts.SystemHeaders.value_or(false);
    if (WantHeaders)
      return Checks;
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::make_unique<MainFileScope>());
    Consumers.push_back(std::move(Checks));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

private:
  ClangTidyASTConsumerFactory &Factory;
  ClangTidyContext &Context;
  std::vector<CacheInput> *Inputs;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(ClangTidyContext &Context,
                IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
                std::vector<CacheInput> *Inputs)
      : Context(Context), Factory(Context, std::move(BaseFS)), Inputs(Inputs) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(Factory, Context, Inputs);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // As clang-tidy: code sees __clang_analyzer__ defined.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    // Never load code named by a compile command.
    Invocation->getFrontendOpts().Plugins.clear();
    Invocation->getFrontendOpts().AddPluginActions.clear();
    Invocation->getFrontendOpts().PluginArgs.clear();
    Invocation->getCodeGenOpts().PassPlugins.clear();
    return FrontendActionFactory::runInvocation(Invocation, Files, PCHContainerOps,
                                                DiagConsumer);
  }

private:
  ClangTidyContext &Context;
  ClangTidyASTConsumerFactory Factory;
  std::vector<CacheInput> *Inputs;
};

} // namespace

std::vector<ClangTidyError>
runChecks(ClangTidyContext &Context,
          const tooling::CompilationDatabase &Compilations,
          llvm::ArrayRef<std::string> Files,
          IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
          bool FixesFromNotes, bool &ToolFailed, std::vector<CacheInput> *Inputs) {
  tooling::ClangTool Tool(Compilations, Files,
                          std::make_shared<PCHContainerOperations>(), BaseFS);
  // RemovedArgs, then ExtraArgs / ExtraArgsBefore from the configuration, as
  // clang-tidy does.
  Tool.appendArgumentsAdjuster([&Context](const tooling::CommandLineArguments &Args,
                                          StringRef File) {
    ClangTidyOptions Opts = Context.getOptionsForFile(File);
    tooling::CommandLineArguments Adjusted =
        driver::removeArgs(Args, compat::configRemovedArgs(Opts));
    if (Opts.ExtraArgsBefore) {
      auto I = Adjusted.begin();
      if (I != Adjusted.end() && !StringRef(*I).starts_with("-"))
        ++I;
      Adjusted.insert(I, Opts.ExtraArgsBefore->begin(), Opts.ExtraArgsBefore->end());
    }
    if (Opts.ExtraArgs)
      Adjusted.insert(Adjusted.end(), Opts.ExtraArgs->begin(), Opts.ExtraArgs->end());
    return Adjusted;
  });
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());
  Tool.appendArgumentsAdjuster([](const tooling::CommandLineArguments &Args, StringRef) {
    std::vector<std::string> Dropped;
    return dropCodeLoadingFlags(Args, Dropped);
  });

  ClangTidyDiagnosticConsumer DiagConsumer(Context, nullptr, true, FixesFromNotes);
  auto DE = compat::attachDiagnostics(Context, DiagConsumer);
  Tool.setDiagnosticConsumer(&DiagConsumer);
  ActionFactory Factory(Context, std::move(BaseFS), Inputs);
  ToolFailed = Tool.run(&Factory) != 0;
  return DiagConsumer.take();
}

} // namespace ctxlife::driver
