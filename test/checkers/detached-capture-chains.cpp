// No silent limits (docs/user-guide.md#analysis-limits): chains of 100 local
// aliases, of 100 helpers written in call order and of 100 function template
// instantiations each end in the finding they end in at length 3; helpers
// and aliases that do nothing wrong stay quiet at the same length. (Before
// the worklist and the memoised tracer, findings vanished from 6 or 7 links.)
// RUN: %python %S/Inputs/chains.py detached-capture 100 > %t.src.cpp
// RUN: %check_ctxlife %t.src.cpp ctxlife-detached-capture %t -- %stubflags
