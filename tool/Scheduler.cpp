//===--- Scheduler.cpp - runs workers in parallel, with timeouts ----------===//

#include "tool/Worker.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstring>
#include <thread>

using namespace clang;
using namespace llvm;
using Clock = std::chrono::steady_clock;

namespace ctxlife::driver {
namespace {

std::string quoteForResponseFile(StringRef Arg) {
  std::string Quoted = "\"";
  for (char C : Arg) {
    if (C == '"' || C == '\\')
      Quoted += '\\';
    Quoted += C;
  }
  Quoted += '"';
  return Quoted;
}

bool writeFile(const Twine &Path, StringRef Text) {
  std::error_code EC;
  raw_fd_ostream OS(Path.str(), EC, sys::fs::OF_None);
  if (EC)
    return false;
  OS << Text;
  return !OS.has_error();
}

std::string readFile(const Twine &Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

/// The job: a compile_commands.json holding the file's final commands.
std::string jobText(const Job &J) {
  json::Array Commands;
  for (const tooling::CompileCommand &C : J.Commands)
    Commands.push_back(json::Object{{"directory", C.Directory},
                                    {"file", J.File},
                                    {"arguments", json::Array(C.CommandLine)}});
  std::string Text;
  raw_string_ostream OS(Text);
  OS << json::Value(std::move(Commands));
  return Text;
}

/// `SIGSEGV (Segmentation fault)` from the description Wait() gives.
std::string describeSignal(StringRef Description) {
  static const std::pair<int, const char *> Names[] = {
      {SIGSEGV, "SIGSEGV"}, {SIGABRT, "SIGABRT"}, {SIGBUS, "SIGBUS"},
      {SIGILL, "SIGILL"},   {SIGFPE, "SIGFPE"},   {SIGKILL, "SIGKILL"},
      {SIGTERM, "SIGTERM"}, {SIGINT, "SIGINT"},   {SIGPIPE, "SIGPIPE"},
      {SIGTRAP, "SIGTRAP"}, {SIGSYS, "SIGSYS"},   {SIGXCPU, "SIGXCPU"},
      {SIGQUIT, "SIGQUIT"}, {SIGXFSZ, "SIGXFSZ"}};
  for (auto [Number, Name] : Names)
    if (const char *Text = ::strsignal(Number); Text && Description.starts_with(Text))
      return (Twine(Name) + " (" + Description + ")").str();
  return Description.str();
}

std::string minutesSeconds(double Seconds) {
  auto Whole = static_cast<unsigned>(std::lround(Seconds));
  std::string Out;
  raw_string_ostream(Out) << Whole / 60 << ":" << format("%02u", Whole % 60);
  return Out;
}

/// One line on a terminal's standard error, redrawn in place.
class Progress {
public:
  Progress(bool Enabled, size_t Total) : Enabled(Enabled), Total(Total) {}

  void update(size_t Done, unsigned Findings, bool Force) {
    if (!Enabled)
      return;
    Clock::time_point Now = Clock::now();
    if (!Force && Now - LastDraw < std::chrono::milliseconds(250))
      return;
    LastDraw = Now;
    double Elapsed = std::chrono::duration<double>(Now - Start).count();
    std::string Line;
    raw_string_ostream OS(Line);
    OS << "ctxlife: [" << Done << "/" << Total << "] " << Findings
       << (Findings == 1 ? " finding, " : " findings, ") << minutesSeconds(Elapsed)
       << " elapsed";
    if (Done > 0 && Done < Total)
      OS << ", ~" << minutesSeconds(Elapsed / Done * (Total - Done)) << " remaining";
    errs() << "\r" << Line << "\x1b[K";
    errs().flush();
  }

  void clear() {
    if (Enabled)
      errs() << "\r\x1b[K";
  }

private:
  bool Enabled;
  size_t Total;
  Clock::time_point Start = Clock::now();
  Clock::time_point LastDraw;
};

struct Running {
  size_t Index;
  sys::ProcessInfo Process;
  Clock::time_point Started;
};

} // namespace

std::vector<TUResult> runJobs(const Settings &S, const std::vector<Job> &Jobs,
                              FindingStore &Store) {
  std::vector<TUResult> Results(Jobs.size());
  for (size_t I = 0; I < Jobs.size(); ++I)
    Results[I].File = Jobs[I].File;

  SmallString<128> TempDir;
  if (std::error_code EC = sys::fs::createUniqueDirectory("ctxlife", TempDir)) {
    for (TUResult &R : Results)
      R.Detail = "cannot create a temporary directory: " + EC.message();
    return Results;
  }
  auto TempFile = [&](const Twine &Name) {
    SmallString<256> P(TempDir);
    sys::path::append(P, Name);
    return P.str().str();
  };

  // The worker gets the user's options (everything before `--`) from a
  // response file, plus its job.
  std::string Options;
  for (const std::string &A : S.ForwardedArgs)
    Options += quoteForResponseFile(A) + "\n";
  std::string OptionsFile = TempFile("options.rsp");
  writeFile(OptionsFile, Options);
  std::string Self = sys::fs::getMainExecutable(S.Argv0.c_str(),
                                                reinterpret_cast<void *>(&runJobs));

  unsigned Parallel = S.Jobs ? S.Jobs : hardware_concurrency().compute_thread_count();
  Parallel = std::max(1u, std::min<unsigned>(Parallel, Jobs.size()));
  Progress Bar(!S.Quiet && sys::Process::StandardErrIsDisplayed(), Jobs.size());

  std::vector<Running> Active;
  size_t Next = 0;
  size_t Done = 0;
  unsigned Findings = 0;

  auto Finish = [&](size_t Index, int ReturnCode, StringRef Message, bool Expired) {
    TUResult &R = Results[Index];
    std::string Name = std::to_string(Index);
    R.Stderr = readFile(TempFile("out-" + Name + ".txt")) +
               readFile(TempFile("err-" + Name + ".txt"));
    if (Expired) {
      R.Status = TUResult::TimedOut;
      R.Detail = "timed out after " + std::to_string(S.Timeout) + " s (--timeout)";
    } else if (ReturnCode == 0) {
      std::string Error;
      std::string Report = TempFile("report-" + Name + ".jsonl");
      if (!readWorkerReport(Report, R, Store, Index, Error)) {
        R.Status = TUResult::WorkerFailed;
        R.Detail = Error;
      }
      Findings += R.Findings;
    } else if (ReturnCode == -2) {
      R.Status = TUResult::Crashed;
      R.Detail = describeSignal(Message);
    } else {
      R.Status = TUResult::WorkerFailed;
      R.Detail = ReturnCode == -1 ? ("could not run the worker: " + Message).str()
                                  : "the worker exited with status " + std::to_string(ReturnCode);
    }
    ++Done;
  };

  while (Done < Jobs.size()) {
    while (Active.size() < Parallel && Next < Jobs.size()) {
      size_t Index = Next++;
      std::string Name = std::to_string(Index);
      std::string JobFile = TempFile("job-" + Name + ".json");
      std::string Report = TempFile("report-" + Name + ".jsonl");
      std::string Out = TempFile("out-" + Name + ".txt");
      std::string Err = TempFile("err-" + Name + ".txt");
      if (!writeFile(JobFile, jobText(Jobs[Index]))) {
        Finish(Index, -1, "cannot write " + JobFile, false);
        continue;
      }
      std::string OptionsArg = "@" + OptionsFile;
      std::string JobArg = "--ctxlife-worker=" + JobFile;
      std::string ReportArg = "--ctxlife-report=" + Report;
      StringRef Args[] = {Self, OptionsArg, JobArg, ReportArg};
      std::optional<StringRef> Redirects[] = {StringRef(), StringRef(Out), StringRef(Err)};
      std::string Error;
      bool Failed = false;
      sys::ProcessInfo PI = sys::ExecuteNoWait(Self, Args, std::nullopt, Redirects,
                                               0, &Error, &Failed);
      if (Failed || PI.Pid == sys::ProcessInfo::InvalidPid) {
        Finish(Index, -1, Error, false);
        continue;
      }
      Active.push_back({Index, PI, Clock::now()});
    }

    bool Progressed = false;
    for (auto It = Active.begin(); It != Active.end();) {
      std::string Message;
      sys::ProcessInfo Status = sys::Wait(It->Process, 0u, &Message);
      if (Status.Pid == 0) {
        bool Expired = S.Timeout && Clock::now() - It->Started > std::chrono::seconds(S.Timeout);
        if (!Expired) {
          ++It;
          continue;
        }
        ::kill(It->Process.Pid, SIGKILL);
        sys::Wait(It->Process, std::nullopt);
        Finish(It->Index, -2, "", /*Expired=*/true);
      } else {
        Finish(It->Index, Status.ReturnCode, Message, false);
      }
      It = Active.erase(It);
      Progressed = true;
    }
    Bar.update(Done, Findings, Progressed);
    if (!Progressed)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  Bar.clear();
  if (sys::fs::remove_directories(TempDir))
    warning("cannot remove the temporary directory " + TempDir);
  return Results;
}

} // namespace ctxlife::driver
