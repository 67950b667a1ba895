//===--- JobFile.cpp - a translation unit handed to a worker --------------===//

#include "tool/JobFile.h"

using namespace clang::tooling;
using namespace llvm;

namespace ctxlife::driver {
namespace {

constexpr StringRef Magic = "ctxlife-job-1\n";

void put(std::string &Out, StringRef Bytes) {
  Out += std::to_string(Bytes.size());
  Out += ':';
  Out += Bytes;
}

/// Reads one `<length>:<bytes>` from the front of \p Text.
std::optional<std::string> take(StringRef &Text) {
  auto [Length, Rest] = Text.split(':');
  size_t N;
  if (Length.getAsInteger(10, N) || Rest.size() < N || Length.size() == Text.size())
    return std::nullopt;
  std::string Bytes = Rest.take_front(N).str();
  Text = Rest.drop_front(N);
  return Bytes;
}

std::optional<size_t> takeCount(StringRef &Text) {
  std::optional<std::string> S = take(Text);
  size_t N;
  if (!S || StringRef(*S).getAsInteger(10, N))
    return std::nullopt;
  return N;
}

class JobDatabase : public CompilationDatabase {
public:
  explicit JobDatabase(Job J) : J(std::move(J)) {}
  std::vector<CompileCommand> getCompileCommands(StringRef File) const override {
    return File == J.File ? J.Commands : std::vector<CompileCommand>();
  }
  std::vector<std::string> getAllFiles() const override { return {J.File}; }
  std::vector<CompileCommand> getAllCompileCommands() const override { return J.Commands; }

private:
  Job J;
};

} // namespace

std::string encodeJob(const Job &J) {
  std::string Out = Magic.str();
  put(Out, J.File);
  put(Out, std::to_string(J.Commands.size()));
  for (const CompileCommand &C : J.Commands) {
    put(Out, C.Directory);
    put(Out, std::to_string(C.CommandLine.size()));
    for (const std::string &A : C.CommandLine)
      put(Out, A);
  }
  return Out;
}

std::optional<Job> decodeJob(StringRef Text) {
  if (!Text.consume_front(Magic))
    return std::nullopt;
  Job J;
  std::optional<std::string> File = take(Text);
  std::optional<size_t> Commands = takeCount(Text);
  if (!File || !Commands)
    return std::nullopt;
  J.File = *File;
  for (size_t I = 0; I < *Commands; ++I) {
    CompileCommand C;
    std::optional<std::string> Directory = take(Text);
    std::optional<size_t> Args = takeCount(Text);
    if (!Directory || !Args)
      return std::nullopt;
    C.Directory = *Directory;
    C.Filename = J.File;
    for (size_t A = 0; A < *Args; ++A) {
      std::optional<std::string> Arg = take(Text);
      if (!Arg)
        return std::nullopt;
      C.CommandLine.push_back(std::move(*Arg));
    }
    J.Commands.push_back(std::move(C));
  }
  if (!Text.empty())
    return std::nullopt;
  return J;
}

std::unique_ptr<CompilationDatabase> jobDatabase(Job J) {
  return std::make_unique<JobDatabase>(std::move(J));
}

} // namespace ctxlife::driver
