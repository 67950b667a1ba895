#include "app.h"
app::Request *g_c;
void handle_c(app::Request *req) { g_c = req; }
