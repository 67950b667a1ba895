#include <grpcpp/grpcpp.h>
inline grpc::ServerContext *g_in_header;
inline void keep_in_header(grpc::ServerContext *ctx) { g_in_header = ctx; }
