// Hermetic stub: basic_parser lives in parser.hpp in this stub.
#ifndef BOOST_BEAST_HTTP_BASIC_PARSER_HPP
#define BOOST_BEAST_HTTP_BASIC_PARSER_HPP
#include <boost/beast/http/parser.hpp>
#endif
