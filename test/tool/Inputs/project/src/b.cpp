#include "app.h"
app::Request *g_b;
void handle_b(app::Request *req) { g_b = req; }
