/* Hermetic stub for lit tests (Pistache 0.0.5 <pistache/prototype.h>). */
#pragma once

#include <memory>
#include <type_traits>

namespace Pistache
{
    /* In a sense, a Prototype is just a class that provides a clone() method */
    template <typename Class>
    struct Prototype
    {
    public:
        virtual ~Prototype()                         = default;
        virtual std::shared_ptr<Class> clone() const = 0;
    };
} // namespace Pistache

#define PROTOTYPE_OF(Base, Class)                \
public:                                          \
    std::shared_ptr<Base> clone() const override \
    {                                            \
        return std::make_shared<Class>(*this);   \
    }
