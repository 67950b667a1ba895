/* Hermetic stub for lit tests. Mirrors names/signatures of Pistache 0.0.5
 * <pistache/mime.h> (subset); not the real implementation. */
#pragma once

#include <string>

namespace Pistache::Http::Mime
{
    enum class Type { None, Star, Text, Image, Audio, Video, Application, Message, Multipart, Ext };

    enum class Subtype {
        None,
        Star,
        Plain,
        Html,
        Xhtml,
        Xml,
        Javascript,
        Css,
        OctetStream,
        Json,
        JsonSchema,
        JsonSchemaInstance,
        FormUrlEncoded,
        FormData,
        Png,
        Gif,
        Bmp,
        Jpeg,
        Ext
    };

    enum class Suffix { None, Json, Ber, Der, Fastinfoset, Wbxml, Zip, Xml, Ext };

    class MediaType
    {
    public:
        enum Parse { DoParse, DontParse };

        MediaType() = default;
        explicit MediaType(std::string raw, Parse parse = DontParse);
        MediaType(Mime::Type top, Mime::Subtype sub)
            : top_(top)
            , sub_(sub)
        { }
        MediaType(Mime::Type top, Mime::Subtype sub, Mime::Suffix suffix)
            : top_(top)
            , sub_(sub)
            , suffix_(suffix)
        { }

        static MediaType fromString(const std::string& str);
        static MediaType fromString(std::string&& str);
        static MediaType fromRaw(const char* str, size_t len);
        static MediaType fromFile(const char* fileName);

        Mime::Type top() const { return top_; }
        Mime::Subtype sub() const { return sub_; }
        Mime::Suffix suffix() const { return suffix_; }
        std::string toString() const;
        bool isValid() const;

        bool operator==(const MediaType& other) const
        {
            return top_ == other.top_ && sub_ == other.sub_ && suffix_ == other.suffix_;
        }
        bool operator!=(const MediaType& other) const { return !operator==(other); }

    private:
        Mime::Type top_       = Type::None;
        Mime::Subtype sub_    = Subtype::None;
        Mime::Suffix suffix_  = Suffix::None;
    };
} // namespace Pistache::Http::Mime

#define MIME(top, sub)                                               \
    Pistache::Http::Mime::MediaType(Pistache::Http::Mime::Type::top, \
                                    Pistache::Http::Mime::Subtype::sub)

#define MIME3(top, sub, suffix)                                         \
    Pistache::Http::Mime::MediaType(Pistache::Http::Mime::Type::top,    \
                                    Pistache::Http::Mime::Subtype::sub, \
                                    Pistache::Http::Mime::Suffix::suffix)
