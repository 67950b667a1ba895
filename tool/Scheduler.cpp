//===--- Scheduler.cpp - runs workers in parallel, with timeouts ----------===//

#include "tool/Worker.h"
#include "tool/JobFile.h"
#include "tool/Signals.h"
#include "tool/TempDir.h"
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

std::string oneDecimal(double Seconds) {
  std::string Out;
  raw_string_ostream(Out) << format("%.1f", Seconds);
  return Out;
}

struct Running {
  size_t Index;
  sys::ProcessInfo Process;
  Clock::time_point Started;
};

/// Runs the workers: at most -j at once, each killed after --timeout, with
/// results from the cache where it has them.
class Scheduler {
public:
  Scheduler(const Settings &S, const std::vector<Job> &Jobs, FindingStore &Store,
            ResultCache *Cache, const TempDir &Temp)
      : S(S), Jobs(Jobs), Store(Store), Cache(Cache), Temp(Temp),
        Results(Jobs.size()),
        Bar(!S.Quiet && sys::Process::StandardErrIsDisplayed(), Jobs.size()) {
    for (size_t I = 0; I < Jobs.size(); ++I)
      Results[I].File = Jobs[I].File;
  }

  std::vector<TUResult> run() {
    // The worker gets the user's options (everything before `--`) from a
    // response file, plus its job.
    std::string Options;
    for (const std::string &A : S.ForwardedArgs)
      Options += quoteForResponseFile(A) + "\n";
    OptionsFile = tempFile("options.rsp");
    writeFile(OptionsFile, Options);
    Self = sys::fs::getMainExecutable(S.Argv0.c_str(), reinterpret_cast<void *>(&runJobs));
    unsigned Parallel = S.Jobs ? S.Jobs : hardware_concurrency().compute_thread_count();
    Parallel = std::max(1u, std::min<unsigned>(Parallel, Jobs.size()));
    while (Done < Jobs.size()) {
      if (interruptSignal()) {
        stopAll();
        break;
      }
      while (Active.size() < Parallel && Next < Jobs.size())
        start(Next++);
      bool Progressed = poll();
      Bar.update(Done, Findings, Progressed);
      if (!Progressed)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    Bar.clear();
    return std::move(Results);
  }

private:
  std::string tempFile(const Twine &Name) const { return Temp.file(Name); }

  /// Interrupted (Signals.h): stops the workers that run and marks them and
  /// the jobs not started yet; what finished is kept.
  void stopAll() {
    for (Running &Worker : Active) {
      ::kill(Worker.Process.Pid, SIGKILL);
      sys::Wait(Worker.Process, std::nullopt);
      finish(Worker.Index, -2, "", false, 0);
    }
    Active.clear();
    for (; Next < Jobs.size(); ++Next, ++Done) {
      Results[Next].Status = TUResult::Interrupted;
      Results[Next].Detail = "interrupted";
    }
  }

  /// --verbose: one line per translation unit, above the progress line.
  void tell(size_t Index, const std::string &What) {
    if (!S.Verbose)
      return;
    Bar.clear();
    errs() << "ctxlife: " << Jobs[Index].File << ": " << What << "\n";
  }

  /// --verbose: the analysis bounds the unit reached (docs/user-guide.md).
  void tellLimits(size_t Index) {
    for (const LimitHit &H : Results[Index].Limits)
      tell(Index, "analysis limit hit: " + limitlog::describe(H));
  }

  /// Takes the result from the cache, or starts a worker.
  void start(size_t Index) {
    if (Cache)
      if (std::optional<CachedResult> Hit = Cache->lookup(Jobs[Index]))
        if (takeFromCache(Index, *Hit))
          return;
    std::string Name = std::to_string(Index);
    std::string JobFile = tempFile("job-" + Name + ".job");
    std::string Report = tempFile("report-" + Name + ".jsonl");
    std::string Out = tempFile("out-" + Name + ".txt");
    std::string Err = tempFile("err-" + Name + ".txt");
    if (!writeFile(JobFile, encodeJob(Jobs[Index]))) {
      finish(Index, -1, "cannot write " + JobFile, false, 0);
      return;
    }
    std::string OptionsArg = "@" + OptionsFile;
    std::string JobArg = "--ctxlife-worker=" + JobFile;
    std::string ReportArg = "--ctxlife-report=" + Report;
    std::string InputsArg = "--ctxlife-inputs=" + tempFile("inputs-" + Name + ".txt");
    SmallVector<StringRef, 5> Args = {Self, OptionsArg, JobArg, ReportArg};
    if (Cache && Cache->caches(Jobs[Index]))
      Args.push_back(InputsArg);
    std::optional<StringRef> Redirects[] = {StringRef(), StringRef(Out), StringRef(Err)};
    std::string Error;
    bool Failed = false;
    sys::ProcessInfo PI =
        sys::ExecuteNoWait(Self, Args, std::nullopt, Redirects, 0, &Error, &Failed);
    if (Failed || PI.Pid == sys::ProcessInfo::InvalidPid) {
      finish(Index, -1, Error, false, 0);
      return;
    }
    Active.push_back({Index, PI, Clock::now()});
  }

  /// Collects the workers that ended and kills the ones out of time.
  bool poll() {
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
        finish(It->Index, -2, "", /*Expired=*/true, S.Timeout);
      } else {
        finish(It->Index, Status.ReturnCode, Message, false,
               std::chrono::duration<double>(Clock::now() - It->Started).count());
      }
      It = Active.erase(It);
      Progressed = true;
    }
    return Progressed;
  }

  void finish(size_t Index, int ReturnCode, StringRef Message, bool Expired, double Seconds) {
    TUResult &R = Results[Index];
    std::string Name = std::to_string(Index);
    R.Stderr = readFile(tempFile("out-" + Name + ".txt")) +
               readFile(tempFile("err-" + Name + ".txt"));
    if (Expired) {
      R.Status = TUResult::TimedOut;
      R.Detail = "timed out after " + std::to_string(S.Timeout) + " s (--timeout)";
    } else if (ReturnCode == 0) {
      std::string Error;
      if (!readWorkerReport(tempFile("report-" + Name + ".jsonl"), R, Store, Index, Error)) {
        R.Status = TUResult::WorkerFailed;
        R.Detail = Error;
      }
      Findings += R.Findings;
    } else if (ReturnCode == -2 && interruptSignal()) {
      // Stopped with the driver (Ctrl-C reaches the whole process group).
      R.Status = TUResult::Interrupted;
      R.Detail = "interrupted";
    } else if (ReturnCode == -2) {
      R.Status = TUResult::Crashed;
      R.Detail = describeSignal(Message);
    } else {
      R.Status = TUResult::WorkerFailed;
      R.Detail = ReturnCode == -1 ? ("could not run the worker: " + Message).str()
                                  : "the worker exited with status " + std::to_string(ReturnCode);
    }
    if (Cache && R.Status == TUResult::Analyzed)
      Cache->store(Jobs[Index], readFile(tempFile("inputs-" + Name + ".txt")),
                   {readFile(tempFile("report-" + Name + ".jsonl")), R.Stderr, Seconds});
    tell(Index, R.Status == TUResult::Analyzed
                    ? "analyzed (" + oneDecimal(Seconds) + "s)"
                    : "not analyzed: " + (R.Detail.empty() ? "compile errors" : R.Detail));
    tellLimits(Index);
    ++Done;
  }

  /// A result from the cache: as if a worker had just reported it.
  bool takeFromCache(size_t Index, const CachedResult &Hit) {
    TUResult &R = Results[Index];
    std::string Error;
    if (!parseWorkerReport(Hit.Report, R, Store, Index, Error)) {
      R = TUResult();
      R.File = Jobs[Index].File;
      return false;
    }
    R.Stderr = Hit.Stderr;
    R.FromCache = true;
    Findings += R.Findings;
    tell(Index, "from the cache (analyzed in " + oneDecimal(Hit.Seconds) + "s)");
    tellLimits(Index);
    ++Done;
    return true;
  }

  const Settings &S;
  const std::vector<Job> &Jobs;
  FindingStore &Store;
  ResultCache *Cache;
  const TempDir &Temp;
  std::string OptionsFile, Self;
  std::vector<TUResult> Results;
  Progress Bar;
  std::vector<Running> Active;
  size_t Next = 0, Done = 0;
  unsigned Findings = 0;
};

} // namespace

std::vector<TUResult> runJobs(const Settings &S, const std::vector<Job> &Jobs,
                              FindingStore &Store, ResultCache *Cache) {
  TempDir &Temp = runTempDir();
  if (std::error_code EC = Temp.error()) {
    std::vector<TUResult> Results(Jobs.size());
    for (size_t I = 0; I < Jobs.size(); ++I) {
      Results[I].File = Jobs[I].File;
      Results[I].Detail = "cannot create a temporary directory: " + EC.message();
    }
    return Results;
  }
  return Scheduler(S, Jobs, Store, Cache, Temp).run();
}

} // namespace ctxlife::driver
