// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <pplx/pplxtasks.h> (non-Windows pplx); not the real
// implementation. Continuations passed to then()/create_task() run later on
// a thread pool: anything they capture by reference must outlive them.
#ifndef PPLXTASKS_H
#define PPLXTASKS_H

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace pplx {

enum task_group_status { not_complete, completed, canceled };
typedef task_group_status task_status;

template <typename _Type>
class task;
template <>
class task<void>;

class cancellation_token {
 public:
  static cancellation_token none();
  cancellation_token(const cancellation_token&) = default;
  cancellation_token& operator=(const cancellation_token&) = default;
  bool is_cancelable() const;
  bool is_canceled() const;
  bool operator==(const cancellation_token&) const;
  bool operator!=(const cancellation_token&) const;

 private:
  cancellation_token() = default;
};

class cancellation_token_source {
 public:
  cancellation_token_source();
  cancellation_token get_token() const;
  void cancel() const;
};

class task_continuation_context {
 public:
  static task_continuation_context use_default();
  static task_continuation_context use_arbitrary();
};

class task_options {
 public:
  task_options() {}
  task_options(cancellation_token ct) { (void)ct; }
  task_options(task_continuation_context cc) { (void)cc; }
};

class invalid_operation : public std::exception {};
class task_canceled : public std::exception {};

namespace details {

template <typename T>
struct _UnwrapTaskType {
  typedef T _Type;
};
template <typename T>
struct _UnwrapTaskType<task<T> > {
  typedef T _Type;
};

// Result of a continuation given the antecedent's value type.
template <typename _Function, typename _ReturnType, typename = void>
struct _ContinuationResult {
  typedef std::invoke_result_t<_Function, task<_ReturnType> > type;
};
template <typename _Function, typename _ReturnType>
struct _ContinuationResult<
    _Function, _ReturnType,
    std::enable_if_t<std::is_invocable_v<_Function, _ReturnType> > > {
  typedef std::invoke_result_t<_Function, _ReturnType> type;
};
template <typename _Function>
struct _ContinuationResult<_Function, void,
                           std::enable_if_t<std::is_invocable_v<_Function> > > {
  typedef std::invoke_result_t<_Function> type;
};
template <typename _Function>
struct _ContinuationResult<
    _Function, void,
    std::enable_if_t<!std::is_invocable_v<_Function> &&
                     std::is_invocable_v<_Function, task<void> > > > {
  typedef std::invoke_result_t<_Function, task<void> > type;
};

template <typename _Function, typename _ReturnType>
struct _ContinuationTypeTraits {
  typedef task<typename _UnwrapTaskType<typename _ContinuationResult<
      std::decay_t<_Function>, _ReturnType>::type>::_Type>
      _TaskOfType;
};

template <typename _Ty, typename = void>
struct _TaskTypeFromParam {
  typedef typename _UnwrapTaskType<std::invoke_result_t<_Ty> >::_Type _Type;
};

}  // namespace details

template <typename _ResultType>
class task_completion_event {
 public:
  task_completion_event() : _M_Impl(std::make_shared<int>(0)) {}
  bool set(_ResultType _Result) const {
    (void)_Result;
    return true;
  }
  template <typename _E>
  bool set_exception(_E _Except) const {
    (void)_Except;
    return true;
  }
  bool set_exception(std::exception_ptr _ExceptionPtr) const {
    (void)_ExceptionPtr;
    return true;
  }

 private:
  std::shared_ptr<int> _M_Impl;
};

template <>
class task_completion_event<void> {
 public:
  task_completion_event() : _M_Impl(std::make_shared<int>(0)) {}
  bool set() const { return true; }
  template <typename _E>
  bool set_exception(_E _Except) const {
    (void)_Except;
    return true;
  }

 private:
  std::shared_ptr<int> _M_Impl;
};

namespace details {
template <typename T>
struct _TaskTypeFromParam<task_completion_event<T>, void> {
  typedef T _Type;
};
template <typename T>
struct _TaskTypeFromParam<task<T>, void> {
  typedef T _Type;
};
}  // namespace details

/// Value type: a task is a shared handle to an asynchronous operation.
template <typename _ReturnType>
class task {
 public:
  typedef _ReturnType result_type;

  task() {}
  template <typename _Ty>
  explicit task(_Ty _Param) {
    (void)_Param;
  }
  template <typename _Ty>
  explicit task(_Ty _Param, const task_options& _TaskOptions) {
    (void)_Param, (void)_TaskOptions;
  }
  task(const task& _Other) = default;
  task(task&& _Other) = default;
  task& operator=(const task& _Other) = default;
  task& operator=(task&& _Other) = default;

  template <typename _Function>
  auto then(_Function&& _Func) const ->
      typename details::_ContinuationTypeTraits<_Function,
                                                _ReturnType>::_TaskOfType {
    (void)_Func;
    return {};
  }
  template <typename _Function>
  auto then(_Function&& _Func, task_options _TaskOptions) const ->
      typename details::_ContinuationTypeTraits<_Function,
                                                _ReturnType>::_TaskOfType {
    (void)_Func, (void)_TaskOptions;
    return {};
  }
  template <typename _Function>
  auto then(_Function&& _Func, cancellation_token _CancellationToken,
            task_continuation_context _ContinuationContext =
                task_continuation_context::use_default()) const ->
      typename details::_ContinuationTypeTraits<_Function,
                                                _ReturnType>::_TaskOfType {
    (void)_Func, (void)_CancellationToken, (void)_ContinuationContext;
    return {};
  }

  task_status wait() const { return completed; }
  _ReturnType get() const;
  bool is_done() const { return true; }
  bool is_apartment_aware() const { return false; }

  bool operator==(const task<_ReturnType>& _Rhs) const {
    return _M_Impl == _Rhs._M_Impl;
  }
  bool operator!=(const task<_ReturnType>& _Rhs) const {
    return !operator==(_Rhs);
  }

 private:
  std::shared_ptr<int> _M_Impl;
};

template <>
class task<void> {
 public:
  typedef void result_type;

  task() {}
  template <typename _Ty>
  explicit task(_Ty _Param) {
    (void)_Param;
  }
  template <typename _Ty>
  explicit task(_Ty _Param, const task_options& _TaskOptions) {
    (void)_Param, (void)_TaskOptions;
  }
  task(const task& _Other) = default;
  task(task&& _Other) = default;
  task& operator=(const task& _Other) = default;
  task& operator=(task&& _Other) = default;

  template <typename _Function>
  auto then(_Function&& _Func,
            task_options _TaskOptions = task_options()) const ->
      typename details::_ContinuationTypeTraits<_Function, void>::_TaskOfType {
    (void)_Func, (void)_TaskOptions;
    return {};
  }
  template <typename _Function>
  auto then(_Function&& _Func, cancellation_token _CancellationToken,
            task_continuation_context _ContinuationContext =
                task_continuation_context::use_default()) const ->
      typename details::_ContinuationTypeTraits<_Function, void>::_TaskOfType {
    (void)_Func, (void)_CancellationToken, (void)_ContinuationContext;
    return {};
  }

  task_status wait() const { return completed; }
  void get() const {}
  bool is_done() const { return true; }
  bool is_apartment_aware() const { return false; }

  bool operator==(const task<void>& _Rhs) const {
    return _M_Impl == _Rhs._M_Impl;
  }
  bool operator!=(const task<void>& _Rhs) const { return !operator==(_Rhs); }

 private:
  std::shared_ptr<int> _M_Impl;
};

/// Creates a task from a callable (run asynchronously), a
/// task_completion_event, or another task.
template <typename _Ty>
auto create_task(_Ty _Param, task_options _TaskOptions = task_options())
    -> task<typename details::_TaskTypeFromParam<_Ty>::_Type> {
  return task<typename details::_TaskTypeFromParam<_Ty>::_Type>(
      std::move(_Param), _TaskOptions);
}

template <typename _ReturnType>
task<_ReturnType> create_task(const task<_ReturnType>& _Task) {
  return _Task;
}

template <typename _Ty>
task<_Ty> task_from_result(_Ty _Param,
                           const task_options& _TaskOptions = task_options()) {
  (void)_Param, (void)_TaskOptions;
  return task<_Ty>();
}

inline task<void> task_from_result(
    const task_options& _TaskOptions = task_options()) {
  (void)_TaskOptions;
  return task<void>();
}

template <typename _TaskType, typename _ExType>
task<_TaskType> task_from_exception(
    _ExType _Exception, const task_options& _TaskOptions = task_options()) {
  (void)_Exception, (void)_TaskOptions;
  return task<_TaskType>();
}

template <typename _Iterator>
auto when_all(_Iterator _Begin, _Iterator _End,
              const task_options& _TaskOptions = task_options()) {
  (void)_Begin, (void)_End, (void)_TaskOptions;
  typedef typename std::iterator_traits<_Iterator>::value_type::result_type
      _ElementType;
  if constexpr (std::is_void_v<_ElementType>) {
    return task<void>();
  } else {
    return task<std::vector<_ElementType> >();
  }
}

template <typename _Iterator>
auto when_any(_Iterator _Begin, _Iterator _End,
              const task_options& _TaskOptions = task_options()) {
  (void)_Begin, (void)_End, (void)_TaskOptions;
  typedef typename std::iterator_traits<_Iterator>::value_type::result_type
      _ElementType;
  if constexpr (std::is_void_v<_ElementType>) {
    return task<size_t>();
  } else {
    return task<std::pair<_ElementType, size_t> >();
  }
}

}  // namespace pplx

#endif  // PPLXTASKS_H
