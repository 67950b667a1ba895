/* Hermetic stub for lit tests. Mirrors names/signatures of Pistache 0.0.5
 * <pistache/http_headers.h>; not the real implementation. */
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include <pistache/http_header.h>

namespace Pistache::Http::Header
{
    class Collection
    {
    public:
        Collection() = default;

        template <typename H>
        typename std::enable_if<IsHeader<H>::value, std::shared_ptr<const H>>::type
        get() const
        {
            return std::static_pointer_cast<const H>(get(H::Name));
        }
        template <typename H>
        typename std::enable_if<IsHeader<H>::value, std::shared_ptr<H>>::type get()
        {
            return std::static_pointer_cast<H>(get(H::Name));
        }

        template <typename H>
        typename std::enable_if<IsHeader<H>::value, std::shared_ptr<const H>>::type
        tryGet() const
        {
            return std::static_pointer_cast<const H>(tryGet(H::Name));
        }
        template <typename H>
        typename std::enable_if<IsHeader<H>::value, std::shared_ptr<H>>::type
        tryGet()
        {
            return std::static_pointer_cast<H>(tryGet(H::Name));
        }

        Collection& add(const std::shared_ptr<Header>& header);
        Collection& addRaw(const Raw& raw);

        template <typename H, typename... Args>
        typename std::enable_if<IsHeader<H>::value, Collection&>::type
        add(Args&&... args)
        {
            return add(std::make_shared<H>(std::forward<Args>(args)...));
        }

        template <typename H>
        typename std::enable_if<IsHeader<H>::value, bool>::type remove()
        {
            return remove(H::Name);
        }

        std::shared_ptr<const Header> get(const std::string& name) const;
        std::shared_ptr<Header> get(const std::string& name);
        Raw getRaw(const std::string& name) const;

        std::shared_ptr<const Header> tryGet(const std::string& name) const;
        std::shared_ptr<Header> tryGet(const std::string& name);
        std::optional<Raw> tryGetRaw(const std::string& name) const;

        template <typename H>
        typename std::enable_if<IsHeader<H>::value, bool>::type has() const
        {
            return has(H::Name);
        }
        bool has(const std::string& name) const;

        std::vector<std::shared_ptr<Header>> list() const;

        bool remove(const std::string& name);
        void clear();

    private:
        std::unordered_map<std::string, std::shared_ptr<Header>> headers;
        std::unordered_map<std::string, Raw> rawHeaders;
    };
} // namespace Pistache::Http::Header
