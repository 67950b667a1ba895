#include "app.h"
int g_id;
void handle(app::Request *req) { g_id = req->id; }
