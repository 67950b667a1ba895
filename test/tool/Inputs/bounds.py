"""bounds.py <bound> <n>: writes a translation unit whose analysis needs <n>
steps of the bound <bound> of lib/model/Limits.h (docs/user-guide.md#analysis-limits).
Past the bound the analysis stops there and says so; within it, the finding
(or, for SignalHelperDepth, the quiet verdict) is the same as for a short
chain.

  StorageDepth       a global reached through <n> nested members;
  SignalHelperDepth  a handler loop that waits, and exits on a helper calling
                     a helper ... <n> deep, the last of which checks for
                     cancellation.
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
else:
    sys.exit("bounds.py: unknown bound " + bound)

print("\n".join(out))
