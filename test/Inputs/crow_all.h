// Hermetic stub for lit tests: Crow's amalgamated single header. Forwards
// to the <crow.h> stub.
#pragma once
#include "crow.h"
