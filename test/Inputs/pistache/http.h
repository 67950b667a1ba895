/* Hermetic stub for lit tests. Mirrors names/signatures of Pistache 0.0.5
 * <pistache/http.h>; not the real implementation.
 *
 * Lifetime notes: onRequest() receives the Request by const reference
 * (owned by the connection's parser, invalid once onRequest returns) and
 * the ResponseWriter by value (move-only); keeping a pointer/reference to
 * either beyond onRequest is a bug, move the ResponseWriter instead. */
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include <pistache/async.h>
#include <pistache/cookie.h>
#include <pistache/http_defs.h>
#include <pistache/http_headers.h>
#include <pistache/mime.h>
#include <pistache/net.h>
#include <pistache/prototype.h>
#include <pistache/tcp.h>

namespace Pistache::Http
{
    namespace details
    {
        struct prototype_tag
        { };

        template <typename P>
        struct IsHttpPrototype
        {
            template <typename U>
            static auto test(U*) -> decltype(typename U::tag());
            template <typename U>
            static auto test(...) -> std::false_type;

            static constexpr bool value = std::is_same<decltype(test<P>(nullptr)), prototype_tag>::value;
        };
    } // namespace details

#define HTTP_PROTOTYPE(Class)                   \
    PROTOTYPE_OF(Pistache::Tcp::Handler, Class) \
    typedef Pistache::Http::details::prototype_tag tag;

    class Message
    {
    public:
        Message() = default;
        explicit Message(Version version);

        Message(const Message& other) = default;
        Message& operator=(const Message& other) = default;

        Message(Message&& other) = default;
        Message& operator=(Message&& other) = default;

        Version version() const;
        Code code() const;

        const std::string& body() const;
        std::string body();

        const CookieJar& cookies() const;
        CookieJar& cookies();
        const Header::Collection& headers() const;
        Header::Collection& headers();

    protected:
        Version version_ = Version::Http11;
        Code code_       = Code::Ok;

        std::string body_;

        CookieJar cookies_;
        Header::Collection headers_;
    };

    namespace Uri
    {
        class Query
        {
        public:
            Query();
            explicit Query(
                std::initializer_list<std::pair<const std::string, std::string>> params);

            void add(std::string name, std::string value);
            std::optional<std::string> get(const std::string& name) const;
            bool has(const std::string& name) const;
            std::string as_str() const;

            void clear() { params.clear(); }

            std::unordered_map<std::string, std::string>::const_iterator
            parameters_begin() const
            {
                return params.begin();
            }
            std::unordered_map<std::string, std::string>::const_iterator
            parameters_end() const
            {
                return params.end();
            }
            std::vector<std::string> parameters() const;

        private:
            std::unordered_map<std::string, std::string> params;
        };
    } // namespace Uri

    class Request : public Message
    {
    public:
        Request() = default;

        Request(const Request& other) = default;
        Request& operator=(const Request& other) = default;

        Request(Request&& other) = default;
        Request& operator=(Request&& other) = default;

        Method method() const;
        const std::string& resource() const;

        const Uri::Query& query() const;

        const Address& address() const;

        void copyAddress(const Address& address) { address_ = address; }

        std::chrono::milliseconds timeout() const;

    private:
        Method method_ = Method::Get;
        std::string resource_;
        Uri::Query query_;
        Address address_;
        std::chrono::milliseconds timeout_ = std::chrono::milliseconds(0);
    };

    class Handler;
    class ResponseWriter;

    class Timeout
    {
    public:
        Timeout(Timeout&& other) = default;
        Timeout& operator=(Timeout&& other) = default;
        ~Timeout();

        template <typename Duration>
        void arm(Duration duration)
        {
            (void)duration;
        }
        void disarm();
        bool isArmed() const;

    private:
        Timeout() = default;
        friend class ResponseWriter;
    };

    class Response : public Message
    {
    public:
        Response() = default;
        explicit Response(Version version);

        Response(const Response& other) = default;
        Response& operator=(const Response& other) = default;
        Response(Response&& other)                 = default;
        Response& operator=(Response&& other) = default;
    };

    class ResponseStream
    {
    public:
        ResponseStream(ResponseStream&& other) = default;
        ResponseStream& operator=(ResponseStream&& other) = default;

        template <typename T>
        friend ResponseStream& operator<<(ResponseStream& stream, const T& val)
        {
            (void)val;
            return stream;
        }

        std::streamsize write(const char* data, std::streamsize sz);
        const Header::Collection& headers() const;
        void flush();
        void ends();

    private:
        ResponseStream() = default;
        friend class ResponseWriter;
    };

    inline ResponseStream& operator<<(ResponseStream& stream,
                                      ResponseStream& (*func)(ResponseStream&))
    {
        return (*func)(stream);
    }

    inline ResponseStream& ends(ResponseStream& stream)
    {
        stream.ends();
        return stream;
    }

    inline ResponseStream& flush(ResponseStream& stream)
    {
        stream.flush();
        return stream;
    }

    class ResponseWriter final
    {
    public:
        static constexpr size_t DefaultStreamSize = 512;

        friend class Handler;

        ResponseWriter& operator=(const ResponseWriter& other) = delete;

        ResponseWriter(ResponseWriter&& other);
        ResponseWriter& operator=(ResponseWriter&& other) = default;

        void setMime(const Mime::MediaType& mime);

        Async::Promise<ssize_t>
        sendMethodNotAllowed(const std::vector<Http::Method>& supportedMethods);

        Async::Promise<ssize_t> send(Code code, const std::string& body = "",
                                     const Mime::MediaType& mime = Mime::MediaType());

        template <size_t N>
        Async::Promise<ssize_t>
        send(Code code, const char (&arr)[N],
             const Mime::MediaType& mime = Mime::MediaType())
        {
            return sendImpl(code, arr, N - 1, mime);
        }

        Async::Promise<ssize_t> send(Code code, const char* data, const size_t size,
                                     const Mime::MediaType& mime = Mime::MediaType());

        ResponseStream stream(Code code, size_t streamSize = DefaultStreamSize);

        template <typename Duration>
        void timeoutAfter(Duration duration)
        {
            timeout_.arm(duration);
        }

        const CookieJar& cookies() const;
        CookieJar& cookies();

        const Header::Collection& headers() const;
        Header::Collection& headers();

        Timeout& timeout();

        std::shared_ptr<Tcp::Peer> peer() const;

        ssize_t getResponseSize() const { return sent_bytes_; }
        Code getResponseCode() const { return response_.code(); }

        ResponseWriter clone() const;

        std::shared_ptr<Tcp::Peer> getPeer() const;

    private:
        ResponseWriter(const ResponseWriter& other);

        Async::Promise<ssize_t> sendImpl(Code code, const char* data,
                                         const size_t size,
                                         const Mime::MediaType& mime);

        Response response_;
        std::weak_ptr<Tcp::Peer> peer_;
        Timeout timeout_;
        ssize_t sent_bytes_ = 0;
    };

    Async::Promise<ssize_t>
    serveFile(ResponseWriter& writer, const std::string& fileName,
              const Mime::MediaType& contentType = Mime::MediaType());

    class Handler : public Tcp::Handler
    {
    public:
        static constexpr const char* ParserData = "__Parser";

        virtual void onRequest(const Request& request, ResponseWriter response) = 0;

        virtual void onTimeout(const Request& request, ResponseWriter response);

        void setMaxRequestSize(size_t value);
        size_t getMaxRequestSize() const;
        void setMaxResponseSize(size_t value);
        size_t getMaxResponseSize() const;

        template <typename Duration>
        void setHeaderTimeout(Duration timeout)
        {
            headerTimeout_ = std::chrono::duration_cast<std::chrono::milliseconds>(timeout);
        }

        template <typename Duration>
        void setBodyTimeout(Duration timeout)
        {
            bodyTimeout_ = std::chrono::duration_cast<std::chrono::milliseconds>(timeout);
        }

        std::chrono::milliseconds getHeaderTimeout() const { return headerTimeout_; }
        std::chrono::milliseconds getBodyTimeout() const { return bodyTimeout_; }

        ~Handler() override = default;

    private:
        void onConnection(const std::shared_ptr<Tcp::Peer>& peer) override;
        void onInput(const char* buffer, size_t len,
                     const std::shared_ptr<Tcp::Peer>& peer) override;

    private:
        size_t maxRequestSize_  = Const::DefaultMaxRequestSize;
        size_t maxResponseSize_ = Const::DefaultMaxResponseSize;

        std::chrono::milliseconds headerTimeout_ = Const::DefaultHeaderTimeout;
        std::chrono::milliseconds bodyTimeout_   = Const::DefaultBodyTimeout;
    };

    template <typename H, typename... Args>
    std::shared_ptr<H> make_handler(Args&&... args)
    {
        static_assert(std::is_base_of<Handler, H>::value,
                      "An http handler must inherit from the Http::Handler class");
        static_assert(details::IsHttpPrototype<H>::value,
                      "An http handler must be an http prototype, did you forget the "
                      "HTTP_PROTOTYPE macro ?");

        return std::make_shared<H>(std::forward<Args>(args)...);
    }
} // namespace Pistache::Http
