/* Hermetic stub for lit tests (Pistache 0.0.5 <pistache/flags.h>). */
#pragma once

#include <type_traits>

namespace Pistache
{
    template <typename T>
    class Flags
    {
    public:
        typedef typename std::underlying_type<T>::type Type;
        Flags()
            : val(T::None)
        { }
        explicit Flags(T _val)
            : val(_val)
        { }
        bool hasFlag(T flag) const
        {
            return static_cast<Type>(val) & static_cast<Type>(flag);
        }
        Flags<T>& setFlag(T flag)
        {
            val = static_cast<T>(static_cast<Type>(val) | static_cast<Type>(flag));
            return *this;
        }

    private:
        T val;
    };
} // namespace Pistache

#define DECLARE_FLAGS_OPERATORS(T)                                        \
    inline T operator~(T value)                                           \
    {                                                                     \
        return static_cast<T>(~static_cast<std::underlying_type_t<T>>(value)); \
    }                                                                     \
    inline T operator|(T lhs, T rhs)                                      \
    {                                                                     \
        return static_cast<T>(static_cast<std::underlying_type_t<T>>(lhs) | \
                              static_cast<std::underlying_type_t<T>>(rhs)); \
    }                                                                     \
    inline T operator&(T lhs, T rhs)                                      \
    {                                                                     \
        return static_cast<T>(static_cast<std::underlying_type_t<T>>(lhs) & \
                              static_cast<std::underlying_type_t<T>>(rhs)); \
    }
