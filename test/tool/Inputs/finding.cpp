#include <grpcpp/grpcpp.h>
grpc::ServerContext *g_active;
void handler(grpc::ServerContext *ctx) { g_active = ctx; }
