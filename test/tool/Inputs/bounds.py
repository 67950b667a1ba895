"""bounds.py <bound> <n>: writes a translation unit whose analysis needs <n>
steps of the bound <bound> of lib/model/Limits.h (docs/user-guide.md#analysis-limits).
Past the bound the analysis stops there and says so; within it, the finding
(or, for SignalHelperDepth, the quiet verdict) is the same as for a short
chain.

  StorageDepth       a global reached through <n> nested members;
  SignalHelperDepth  a handler loop that waits, and exits on a helper calling
                     a helper ... <n> deep, the last of which checks for
                     cancellation.
  WrapperDepth       a handler calling a helper calling a helper ... <n> deep,
                     the last of which calls another service with a fresh
                     client context.

Chains that have no bound any more (followed on a worklist, each function
once), each with a variant that breaks the chain at its end:
  CompletionChain    a detached task of the gRPC callback API that uses the
                     context and completes the request through <n> helpers
                     (the last calls Finish); "CompletionChain-broken": the
                     last helper only logs.
  LoopHelperChain    a request handler calling a helper calling a helper ...
                     <n> deep, the last of which waits in a loop that only
                     a plain flag ends (defined in call order).
  JoinChain          a session whose destructor joins the thread running its
                     handlers through <n> member functions, and the owner
                     that destroys it; "JoinChain-broken": the last member
                     does not join.
"""
import sys

bound, n = sys.argv[1], int(sys.argv[2])
out = []
emit = out.append

if bound == "StorageDepth":
    emit("#include <grpcpp/grpcpp.h>")
    emit('#include "helloworld.grpc.pb.h"')
    emit("struct S0 { grpc::ServerContext *ctx; };")
    for i in range(1, n):
        emit("struct S%d { S%d s; };" % (i, i - 1))
    emit("S%d g_state;" % (n - 1))
    emit("class Deep final : public helloworld::Greeter::Service {")
    emit("  grpc::Status SayHello(grpc::ServerContext *ctx, const helloworld::HelloRequest *,")
    emit("                        helloworld::HelloReply *) override {")
    emit("    g_state%s.ctx = ctx;" % (".s" * (n - 1)))
    emit("    return grpc::Status::OK;")
    emit("  }")
    emit("};")
elif bound == "SignalHelperDepth":
    emit("#include <grpcpp/grpcpp.h>")
    emit('#include "helloworld.grpc.pb.h"')
    emit("#include <condition_variable>")
    emit("#include <mutex>")
    emit("grpc::ServerContext *g_current;")
    for i in range(1, n + 1):
        emit("bool stop%d();" % i)
    for i in range(1, n):
        emit("bool stop%d() { return stop%d(); }" % (i, i + 1))
    emit("bool stop%d() { return g_current->IsCancelled(); }" % n)
    emit("class Loop final : public helloworld::Greeter::Service {")
    emit("  grpc::Status SayHello(grpc::ServerContext *ctx, const helloworld::HelloRequest *,")
    emit("                        helloworld::HelloReply *) override {")
    emit("    std::mutex m;")
    emit("    std::condition_variable cv;")
    emit("    for (;;) {")
    emit("      std::unique_lock<std::mutex> lk(m);")
    emit("      cv.wait(lk);")
    emit("      if (stop1())")
    emit("        break;")
    emit("    }")
    emit("    return grpc::Status::OK;")
    emit("  }")
    emit("};")
elif bound == "WrapperDepth":
    emit("#include <grpcpp/grpcpp.h>")
    emit('#include "helloworld.grpc.pb.h"')
    emit("#include <memory>")
    emit("#include <string>")
    emit("std::unique_ptr<helloworld::Greeter::Stub> g_stub;")
    # Defined in call order: each helper is seen before the one it calls.
    for i in range(1, n + 1):
        emit("std::string fetch%d(const std::string &user);" % i)
    for i in range(1, n):
        emit("std::string fetch%d(const std::string &user) { return fetch%d(user); }" % (i, i + 1))
    emit("std::string fetch%d(const std::string &user) {" % n)
    emit("  grpc::ClientContext context;")
    emit("  helloworld::HelloRequest request;")
    emit("  request.set_name(user);")
    emit("  helloworld::HelloReply reply;")
    emit("  g_stub->SayHello(&context, request, &reply);")
    emit("  return reply.message();")
    emit("}")
    emit("class Front final : public helloworld::Greeter::Service {")
    emit("  grpc::Status SayHello(grpc::ServerContext *ctx, const helloworld::HelloRequest *req,")
    emit("                        helloworld::HelloReply *reply) override {")
    emit("    reply->set_message(fetch1(req->name()));")
    emit("    return grpc::Status::OK;")
    emit("  }")
    emit("};")
elif bound in ("CompletionChain", "CompletionChain-broken"):
    emit("#include <grpcpp/grpcpp.h>")
    emit('#include "helloworld.grpc.pb.h"')
    emit("#include <string>")
    emit("#include <thread>")
    emit("void log_line(const std::string &s);")
    for i in range(1, n + 1):
        emit("void done%d(grpc::ServerUnaryReactor *reactor);" % i)
    for i in range(1, n):
        emit("void done%d(grpc::ServerUnaryReactor *reactor) { done%d(reactor); }" % (i, i + 1))
    if bound == "CompletionChain":
        emit("void done%d(grpc::ServerUnaryReactor *reactor) { reactor->Finish(grpc::Status::OK); }" % n)
    else:
        emit("void done%d(grpc::ServerUnaryReactor *) { log_line(\"done\"); }" % n)
    emit("class Later final : public helloworld::Greeter::CallbackService {")
    emit("  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,")
    emit("                                     const helloworld::HelloRequest *,")
    emit("                                     helloworld::HelloReply *) override {")
    emit("    auto *reactor = ctx->DefaultReactor();")
    emit("    std::thread([ctx, reactor] {")
    emit("      log_line(ctx->peer());")
    emit("      done1(reactor);")
    emit("    }).detach();")
    emit("    return reactor;")
    emit("  }")
    emit("};")
elif bound == "LoopHelperChain":
    emit("#include <grpcpp/grpcpp.h>")
    emit('#include "helloworld.grpc.pb.h"')
    emit("#include <condition_variable>")
    emit("#include <mutex>")
    emit("bool g_ready;")
    for i in range(1, n + 1):
        emit("void wait%d();" % i)
    for i in range(1, n):
        emit("void wait%d() { wait%d(); }" % (i, i + 1))
    emit("void wait%d() {" % n)
    emit("  std::mutex m;")
    emit("  std::condition_variable cv;")
    emit("  for (;;) {")
    emit("    std::unique_lock<std::mutex> lk(m);")
    emit("    cv.wait(lk);")
    emit("    if (g_ready)")
    emit("      break;")
    emit("  }")
    emit("}")
    emit("class Waiter final : public helloworld::Greeter::Service {")
    emit("  grpc::Status SayHello(grpc::ServerContext *ctx, const helloworld::HelloRequest *,")
    emit("                        helloworld::HelloReply *) override {")
    emit("    wait1();")
    emit("    return grpc::Status::OK;")
    emit("  }")
    emit("};")
elif bound in ("JoinChain", "JoinChain-broken"):
    emit("#include <boost/asio.hpp>")
    emit("#include <memory>")
    emit("#include <thread>")
    emit("#include <vector>")
    emit("namespace net = boost::asio;")
    emit("class Engine {")
    emit("public:")
    emit("  ~Engine() { stop1(); }")
    emit("  void start() {")
    emit("    net::post(ioc_, [this] { tick(); });")
    emit("    workers_.emplace_back([this] { ioc_.run(); });")
    emit("  }")
    emit("  void tick();")
    for i in range(1, n):
        emit("  void stop%d() { stop%d(); }" % (i, i + 1))
    if bound == "JoinChain":
        emit("  void stop%d() {" % n)
        emit("    ioc_.stop();")
        emit("    for (std::thread &t : workers_)")
        emit("      t.join();")
        emit("  }")
    else:
        emit("  void stop%d() { ioc_.stop(); }" % n)
    emit("private:")
    emit("  net::io_context ioc_;")
    emit("  std::vector<std::thread> workers_;")
    emit("};")
    emit("class Owner {")
    emit("public:")
    emit("  void restart() {")
    emit("    engine_ = std::make_unique<Engine>();")
    emit("    engine_->start();")
    emit("  }")
    emit("private:")
    emit("  std::unique_ptr<Engine> engine_;")
    emit("};")
else:
    sys.exit("bounds.py: unknown bound " + bound)

print("\n".join(out))
