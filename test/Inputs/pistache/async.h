/* Hermetic stub for lit tests. Mirrors names/signatures of Pistache 0.0.5
 * <pistache/async.h> (Async::Promise and friends); not the real
 * implementation. Continuations passed to then() may run later on another
 * thread. */
#pragma once

#include <chrono>
#include <exception>
#include <functional>
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace Pistache::Async
{
    class Error : public std::runtime_error
    {
    public:
        explicit Error(const char* what)
            : std::runtime_error(what)
        { }
        explicit Error(const std::string& what)
            : std::runtime_error(what)
        { }
    };

    template <typename T>
    class Promise;

    class PromiseBase
    {
    public:
        virtual ~PromiseBase()           = default;
        virtual bool isPending() const   = 0;
        virtual bool isFulfilled() const = 0;
        virtual bool isRejected() const  = 0;

        bool isSettled() const { return isFulfilled() || isRejected(); }
    };

    namespace detail
    {
        template <typename Func>
        struct FunctionTrait : public FunctionTrait<decltype(&Func::operator())>
        { };

        template <typename R, typename Class, typename... Args>
        struct FunctionTrait<R (Class::*)(Args...) const>
        {
            typedef R ReturnType;
            static constexpr size_t Arity = sizeof...(Args);
        };

        template <typename R, typename Class, typename... Args>
        struct FunctionTrait<R (Class::*)(Args...)>
        {
            typedef R ReturnType;
            static constexpr size_t Arity = sizeof...(Args);
        };

        template <typename R, typename... Args>
        struct FunctionTrait<R (*)(Args...)>
        {
            typedef R ReturnType;
            static constexpr size_t Arity = sizeof...(Args);
        };

        template <typename T>
        struct RemovePromise
        {
            typedef T Type;
        };

        template <typename T>
        struct RemovePromise<Promise<T>>
        {
            typedef T Type;
        };
    } // namespace detail

    namespace Private
    {
        struct InternalRethrow
        {
            explicit InternalRethrow(std::exception_ptr _exc)
                : exc(std::move(_exc))
            { }

            std::exception_ptr exc;
        };

        struct IgnoreException
        {
            void operator()(std::exception_ptr) const { }
        };

        struct NoExcept
        {
            void operator()(std::exception_ptr) const { std::terminate(); }
        };

        struct Throw
        {
            void operator()(std::exception_ptr exc) const
            {
                throw InternalRethrow(std::move(exc));
            }
        };

        struct Core;
    } // namespace Private

    class Resolver
    {
    public:
        Resolver() = default;
        Resolver(const Resolver& other) = delete;
        Resolver& operator=(const Resolver& other) = delete;
        Resolver(Resolver&& other)                 = default;
        Resolver& operator=(Resolver&& other) = default;

        template <typename Arg>
        bool operator()(Arg&& arg) const
        {
            (void)arg;
            return true;
        }
        bool operator()() const { return true; }
        Resolver clone() { return Resolver(); }
    };

    class Rejection
    {
    public:
        Rejection() = default;
        Rejection(const Rejection& other) = delete;
        Rejection& operator=(const Rejection& other) = delete;
        Rejection(Rejection&& other)                 = default;
        Rejection& operator=(Rejection&& other) = default;

        template <typename Exc>
        bool operator()(Exc exc) const
        {
            (void)exc;
            return true;
        }
        Rejection clone() { return Rejection(); }
    };

    template <typename T>
    class Deferred
    {
    public:
        Deferred() = default;
        Deferred(Resolver _resolver, Rejection _reject)
            : resolver(std::move(_resolver))
            , rejection(std::move(_reject))
        { }
        template <typename U>
        bool resolve(U&& arg)
        {
            return resolver(std::forward<U>(arg));
        }
        template <typename... Args>
        void emplaceResolve(Args&&...) { }
        template <typename Exc>
        bool reject(Exc exc)
        {
            return rejection(exc);
        }

    private:
        Resolver resolver;
        Rejection rejection;
    };

    template <>
    class Deferred<void>
    {
    public:
        Deferred() = default;
        Deferred(Resolver _resolver, Rejection _reject)
            : resolver(std::move(_resolver))
            , rejection(std::move(_reject))
        { }
        void resolve() { resolver(); }
        template <typename Exc>
        void reject(Exc _exc)
        {
            rejection(std::move(_exc));
        }

    private:
        Resolver resolver;
        Rejection rejection;
    };

    static constexpr Private::IgnoreException IgnoreException {};
    static constexpr Private::NoExcept NoExcept {};
    static constexpr Private::Throw Throw {};

    /// Move-only handle to an asynchronous result.
    template <typename T>
    class Promise : public PromiseBase
    {
    public:
        template <typename U>
        friend class Promise;

        template <typename Func>
        explicit Promise(Func func)
        {
            Resolver resolver;
            Rejection rejection;
            if constexpr (std::is_invocable_v<Func&, Resolver&, Rejection&>)
                func(resolver, rejection);
            else if constexpr (std::is_invocable_v<Func&, Deferred<T>>)
                func(Deferred<T>(std::move(resolver), std::move(rejection)));
            else
                (void)func;
        }

        Promise(const Promise<T>& other) = delete;
        Promise& operator=(const Promise<T>& other) = delete;
        Promise(Promise<T>&& other)                 = default;
        Promise& operator=(Promise<T>&& other) = default;
        ~Promise() override                        = default;

        template <typename U>
        static Promise<T> resolved(U&& value)
        {
            (void)value;
            return Promise<T>();
        }
        static Promise<void> resolved() { return Promise<void>(); }
        template <typename Exc>
        static Promise<T> rejected(Exc exc)
        {
            (void)exc;
            return Promise<T>();
        }

        bool isPending() const override { return false; }
        bool isFulfilled() const override { return true; }
        bool isRejected() const override { return false; }

        template <typename ResolveFunc, typename RejectFunc>
        auto then(ResolveFunc resolveFunc, RejectFunc rejectFunc)
            -> Promise<typename detail::RemovePromise<
                typename detail::FunctionTrait<ResolveFunc>::ReturnType>::Type>
        {
            (void)resolveFunc, (void)rejectFunc;
            typedef typename detail::RemovePromise<
                typename detail::FunctionTrait<ResolveFunc>::ReturnType>::Type RetType;
            return Promise<RetType>();
        }

    private:
        Promise() = default;
        std::shared_ptr<Private::Core> core_;
    };

    template <typename T>
    class Barrier
    {
    public:
        explicit Barrier(Promise<T>& promise)
            : promise_(promise)
        { }
        void wait() { }
        template <class Rep, class Period>
        bool wait_for(const std::chrono::duration<Rep, Period>& timeout)
        {
            (void)timeout;
            return true;
        }

    private:
        Promise<T>& promise_;
    };
} // namespace Pistache::Async
