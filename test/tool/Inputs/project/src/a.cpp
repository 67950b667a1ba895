#include "app.h"
app::Request *g_a;
void handle_a(app::Request *req) { g_a = req; }
