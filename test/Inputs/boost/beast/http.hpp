// Hermetic stub for lit tests. Mirrors the public names/signatures of
// Boost.Beast 1.74 <boost/beast/http.hpp>; not the real implementation.
#ifndef BOOST_BEAST_HTTP_HPP
#define BOOST_BEAST_HTTP_HPP

#include <boost/beast/http/basic_dynamic_body.hpp>
#include <boost/beast/http/basic_file_body.hpp>
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/dynamic_body.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/fields.hpp>
#include <boost/beast/http/file_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/vector_body.hpp>
#include <boost/beast/http/verb.hpp>
#include <boost/beast/http/write.hpp>

#endif  // BOOST_BEAST_HTTP_HPP
