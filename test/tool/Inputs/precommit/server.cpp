#include "app/handlers.h"

#include <string>

std::string g_last;

void handle(app::Request *req) { g_last = describe(*req); }
