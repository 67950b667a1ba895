#include <grpcpp/grpcpp.h>
#include <string>
std::string g_peer;
void handler(grpc::ServerContext *ctx) { g_peer = ctx->peer(); }
