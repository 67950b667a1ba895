// Hermetic stub for lit tests (cpprestsdk 2.10.18 <cpprest/uri.h>).
#pragma once
#include "cpprest/base_uri.h"
#include "cpprest/uri_builder.h"
