/* Hermetic stub for lit tests. Mirrors names/signatures of Pistache 0.0.5
 * <pistache/http_header.h> (subset of header classes); not the real
 * implementation. */
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <type_traits>
#include <vector>

#include <pistache/http_defs.h>
#include <pistache/mime.h>
#include <pistache/net.h>

#define NAME(header_name)                            \
    static constexpr const char* Name = header_name; \
    const char* name() const override { return Name; }

namespace Pistache::Http::Header
{
    class Header
    {
    public:
        virtual ~Header()                = default;
        virtual const char* name() const = 0;

        virtual void parse(const std::string& data);
        virtual void parseRaw(const char* str, size_t len);

        virtual void write(std::ostream& stream) const = 0;
    };

    template <typename H>
    struct IsHeader
    {
        template <typename T>
        static std::true_type test(decltype(&T::Name));
        template <typename T>
        static std::false_type test(...);

        static constexpr bool value = std::is_base_of<Header, H>::value && std::is_same<decltype(test<H>(nullptr)), std::true_type>::value;
    };

    class Allow : public Header
    {
    public:
        NAME("Allow")
        Allow() = default;
        explicit Allow(const std::vector<Http::Method>& methods)
            : methods_(methods)
        { }
        explicit Allow(Http::Method method) { methods_.push_back(method); }
        void write(std::ostream& os) const override;
        void addMethod(Http::Method method) { methods_.push_back(method); }

    private:
        std::vector<Http::Method> methods_;
    };

    class AccessControlAllowOrigin : public Header
    {
    public:
        NAME("Access-Control-Allow-Origin")
        AccessControlAllowOrigin() = default;
        explicit AccessControlAllowOrigin(const char* URI)
            : uri_(URI)
        { }
        explicit AccessControlAllowOrigin(const std::string& URI)
            : uri_(URI)
        { }
        void write(std::ostream& os) const override;
        std::string uri() const { return uri_; }

    private:
        std::string uri_;
    };

    class Connection : public Header
    {
    public:
        NAME("Connection")
        Connection() = default;
        explicit Connection(ConnectionControl control)
            : control_(control)
        { }
        void write(std::ostream& os) const override;
        ConnectionControl control() const { return control_; }

    private:
        ConnectionControl control_ = ConnectionControl::KeepAlive;
    };

    class ContentLength : public Header
    {
    public:
        NAME("Content-Length")
        ContentLength() = default;
        explicit ContentLength(uint64_t val)
            : value_(val)
        { }
        void write(std::ostream& os) const override;
        uint64_t value() const { return value_; }

    private:
        uint64_t value_ = 0;
    };

    class Authorization : public Header
    {
    public:
        NAME("Authorization")
        enum class Method { Basic, Bearer, Other };
        Authorization() = default;
        explicit Authorization(std::string&& val)
            : value_(std::move(val))
        { }
        explicit Authorization(const std::string& val)
            : value_(val)
        { }
        void write(std::ostream& os) const override;
        std::string value() const { return value_; }
        Method getMethod() const;
        std::string getBasicUser() const;
        std::string getBasicPassword() const;

    private:
        std::string value_;
    };

    class ContentType : public Header
    {
    public:
        NAME("Content-Type")
        ContentType() = default;
        explicit ContentType(const Mime::MediaType& mime)
            : mime_(mime)
        { }
        explicit ContentType(std::string raw_mime_str)
            : mime_(std::move(raw_mime_str))
        { }
        void write(std::ostream& os) const override;
        void setMime(const Mime::MediaType& mime) { mime_ = mime; }
        Mime::MediaType mime() const { return mime_; }

    private:
        Mime::MediaType mime_;
    };

    class Host : public Header
    {
    public:
        NAME("Host")
        Host() = default;
        explicit Host(const std::string& host);
        explicit Host(const std::string& host, Port port);
        void write(std::ostream& os) const override;
        std::string host() const { return host_; }
        Port port() const { return port_; }

    private:
        std::string host_;
        Port port_;
    };

    class Location : public Header
    {
    public:
        NAME("Location")
        Location() = default;
        explicit Location(const std::string& location)
            : location_(location)
        { }
        void write(std::ostream& os) const override;
        std::string location() const { return location_; }

    private:
        std::string location_;
    };

    class Server : public Header
    {
    public:
        NAME("Server")
        Server() = default;
        explicit Server(const std::vector<std::string>& tokens)
            : tokens_(tokens)
        { }
        explicit Server(const std::string& token) { tokens_.push_back(token); }
        explicit Server(const char* token) { tokens_.emplace_back(token); }
        void write(std::ostream& os) const override;
        std::vector<std::string> tokens() const { return tokens_; }

    private:
        std::vector<std::string> tokens_;
    };

    class UserAgent : public Header
    {
    public:
        NAME("User-Agent")
        UserAgent() = default;
        explicit UserAgent(const char* ua)
            : ua_(ua)
        { }
        explicit UserAgent(const std::string& ua)
            : ua_(ua)
        { }
        void write(std::ostream& os) const override;
        std::string agent() const { return ua_; }

    private:
        std::string ua_;
    };

    class Raw
    {
    public:
        Raw(std::string name, std::string value)
            : name_(std::move(name))
            , value_(std::move(value))
        { }
        const std::string& name() const { return name_; }
        const std::string& value() const { return value_; }

    private:
        std::string name_;
        std::string value_;
    };
} // namespace Pistache::Http::Header
