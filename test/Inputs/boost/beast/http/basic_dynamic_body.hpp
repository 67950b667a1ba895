// Hermetic stub: basic_dynamic_body lives in dynamic_body.hpp in this stub.
#ifndef BOOST_BEAST_HTTP_BASIC_DYNAMIC_BODY_HPP
#define BOOST_BEAST_HTTP_BASIC_DYNAMIC_BODY_HPP
#include <boost/beast/http/dynamic_body.hpp>
#endif
