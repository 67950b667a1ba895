// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// NOLINT comments naming this check (or a glob matching it) suppress a
// finding; NOLINT comments naming other checks do not.
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <map>
#include <string>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

grpc::ServerContext *g_active;
std::vector<grpc::ServerContext *> g_all;
std::map<int, const void *> g_by_id;
const void *g_p;

void keep(const void *p) { g_p = p; }
#define PUBLISH(x) g_active = (x)

class NolintImpl final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    // Suppressed.
    g_active = ctx; // NOLINT
    g_active = ctx; // NOLINT(ctxlife-long-lived-store)
    g_active = ctx; // NOLINT(ctxlife-*)
    g_active = ctx; // NOLINT(*)
    g_active = ctx; // NOLINT(bugprone-*, ctxlife-long-lived-store)
    g_active = ctx; // NOLINT(ctxlife-long-*)
    // NOLINTNEXTLINE
    g_all.push_back(ctx);
    // NOLINTNEXTLINE(ctxlife-long-lived-store)
    g_all.push_back(ctx);
    // NOLINTNEXTLINE(ctxlife-*)
    g_by_id[1] = ctx;
    // NOLINTNEXTLINE(readability-*,ctxlife-*)
    keep(ctx);
    keep(ctx); // NOLINT(ctxlife-long-lived-store)
    PUBLISH(ctx); // NOLINT(ctxlife-long-lived-store)

    // Not suppressed: other checks.
    g_active = ctx; // NOLINT(bugprone-dangling-handle)
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_active' and outlives the request [ctxlife-long-lived-store]
    g_active = ctx; // NOLINT(ctxlife-other-check)
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_active' and outlives the request [ctxlife-long-lived-store]
    g_active = ctx; // NOLINT(ctxlife-long-lived-store-extra)
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_active' and outlives the request [ctxlife-long-lived-store]
    // NOLINTNEXTLINE(readability-identifier-naming)
    g_all.push_back(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_all' and outlives the request [ctxlife-long-lived-store]
    // NOLINTNEXTLINE applies to the next line only.
    // NOLINTNEXTLINE(ctxlife-long-lived-store)

    g_by_id[2] = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_by_id' and outlives the request [ctxlife-long-lived-store]
    keep(ctx); // NOLINT(misc-*)
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: request context 'ctx' of type 'grpc::ServerContext *' is passed to 'keep', which stores it in global 'g_p' where it outlives the request [ctxlife-long-lived-store]
    PUBLISH(ctx); // NOLINT(misc-*)
    // (The stored text in a macro is checked by long-lived-store-patterns.cpp.)
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: request context '{{.*}}ctx{{.*}}' of type 'grpc::ServerContext *' is stored in global 'g_active' and outlives the request [ctxlife-long-lived-store]

    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    // NOLINTBEGIN(ctxlife-long-lived-store)
    g_active = ctx;
    g_all.push_back(ctx);
    keep(writer);
    // NOLINTEND(ctxlife-long-lived-store)

    // NOLINTBEGIN(ctxlife-*)
    g_by_id[3] = writer;
    // NOLINTEND(ctxlife-*)

    // NOLINTBEGIN
    g_by_id[4] = ctx;
    // NOLINTEND

    // NOLINTBEGIN(cert-*)
    g_by_id[5] = writer;
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'writer' of type 'grpc::ServerWriter<helloworld::HelloReply> *' is stored in global 'g_by_id' and outlives the request [ctxlife-long-lived-store]
    // NOLINTEND(cert-*)

    // After the block ends, findings are reported again.
    g_active = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_active' and outlives the request [ctxlife-long-lived-store]
    return grpc::Status::OK;
  }
};

// A NOLINT on the declaration of the context does not hide stores of it.
grpc::Status handler(grpc::ServerContext *ctx) { // NOLINT(ctxlife-long-lived-store)
  keep(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: request context 'ctx' of type 'grpc::ServerContext *' is passed to 'keep', which stores it in global 'g_p' where it outlives the request [ctxlife-long-lived-store]
  g_active = ctx;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_active' and outlives the request [ctxlife-long-lived-store]
  return grpc::Status::OK;
}
