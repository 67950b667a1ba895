// Hermetic stub: basic_file_body lives in file_body.hpp in this stub.
#ifndef BOOST_BEAST_HTTP_BASIC_FILE_BODY_HPP
#define BOOST_BEAST_HTTP_BASIC_FILE_BODY_HPP
#include <boost/beast/http/file_body.hpp>
#endif
