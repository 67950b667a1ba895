// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/http/verb.hpp>; not the real implementation.
#ifndef BOOST_BEAST_HTTP_VERB_HPP
#define BOOST_BEAST_HTTP_VERB_HPP

#include <iosfwd>

#include <boost/beast/core/string_type.hpp>

namespace boost {
namespace beast {
namespace http {

enum class verb {
  unknown = 0,
  delete_, get, head, post, put, connect, options, trace,
  copy, lock, mkcol, move, propfind, proppatch, search, unlock, bind, rebind,
  unbind, acl, report, mkactivity, checkout, merge, msearch, notify, subscribe,
  unsubscribe, patch, purge, mkcalendar, link, unlink
};

verb string_to_verb(string_view s);
string_view to_string(verb v);
std::ostream& operator<<(std::ostream& os, verb v);

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_VERB_HPP
