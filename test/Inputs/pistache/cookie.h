/* Hermetic stub for lit tests (Pistache 0.0.5 <pistache/cookie.h>, subset). */
#pragma once

#include <map>
#include <optional>
#include <string>

namespace Pistache::Http
{
    struct Cookie
    {
        Cookie(std::string name, std::string value)
            : name(std::move(name))
            , value(std::move(value))
        { }
        std::string name;
        std::string value;
        std::optional<std::string> path;
        std::optional<std::string> domain;
        bool secure   = false;
        bool httpOnly = false;
    };

    class CookieJar
    {
    public:
        CookieJar() = default;
        void add(const Cookie& cookie);
        void removeCookie(const std::string& name);
        void addFromRaw(const char* str, size_t len);
        Cookie get(const std::string& name) const;
        bool has(const std::string& name) const;

    private:
        std::map<std::string, std::map<std::string, Cookie>> cookies;
    };
} // namespace Pistache::Http
