// Hermetic stub for lit tests. Mirrors names of cpprestsdk 2.10.18
// <cpprest/details/basic_types.h> for the non-UTF16 (Linux) configuration.
#pragma once

#include <cstdint>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace utility {
typedef uint64_t size64_t;
typedef char char_t;
typedef std::string string_t;
typedef std::ostringstream ostringstream_t;
typedef std::ofstream ofstream_t;
typedef std::ostream ostream_t;
typedef std::istream istream_t;
typedef std::ifstream ifstream_t;
typedef std::istringstream istringstream_t;
typedef std::stringstream stringstream_t;
}  // namespace utility

typedef char utf8char;
typedef std::string utf8string;
typedef std::stringstream utf8stringstream;
typedef std::ostringstream utf8ostringstream;
typedef std::ostream utf8ostream;
typedef std::istream utf8istream;
typedef std::istringstream utf8istringstream;

typedef char16_t utf16char;
typedef std::u16string utf16string;

#define _XPLATSTR(x) x

#ifndef _TURN_OFF_PLATFORM_STRING
#define U(x) _XPLATSTR(x)
#endif

#define _ASYNCRTIMP
#define _ASYNCRTIMP_TYPEDEP
