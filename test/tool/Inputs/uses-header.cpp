#include "header.h"
void handler(grpc::ServerContext *ctx) { keep_in_header(ctx); }
