// Hermetic stub for lit tests (cpprestsdk 2.10.18 <pplx/pplx.h>).
#ifndef _PPLX_H
#define _PPLX_H
#include "pplx/pplxtasks.h"
#endif
