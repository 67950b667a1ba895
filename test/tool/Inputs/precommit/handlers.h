#pragma once
#include "app/request.h"
#include <string>

// Copies what it needs: fine.
inline std::string describe(const app::Request &req) { return std::to_string(req.id); }
