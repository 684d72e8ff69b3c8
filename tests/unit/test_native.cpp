// Unit tests for the native signature parser and argument binder (vm/native.cpp): the
// bound argument slots and CPython 3.11's argument error messages.
#include <catch2/catch.hpp>

#include "runtime_fixture.h"

#include <string>
#include <vector>

#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/native.h"
#include "vm/objects.h"
#include "vm/runtime.h"

using namespace taipan;

namespace {

Thread& rt() { return test_runtime(); }

// Records what the binder passed, as text: "a=1 b=None c=<empty> args=(2,)".
std::string g_seen;
int g_nparams = 0;

std::string show(Thread& th, Value v) {
  if (v.is_empty()) return "<empty>";
  Value r = repr(th, v);
  if (r.is_empty()) {
    clear_exc(th);
    return "<repr failed>";
  }
  return std::string(str_view(r));
}

Value record(Thread& th, const Value* a) {
  g_seen.clear();
  for (int i = 0; i < g_nparams; ++i) {
    if (i) g_seen += " ";
    g_seen += show(th, a[i]);
  }
  return g_None;
}

// Calls def with small-int positional args and keyword args (name, int) and returns
// either the recorded slots or "TypeError: message".
std::string run(const NativeDef& def, int nparams, std::vector<int64_t> pos,
                std::vector<std::pair<const char*, int64_t>> kw = {}, Value self = Value()) {
  Thread& th = rt();
  g_nparams = nparams;
  std::vector<Value> args;
  for (int64_t p : pos) args.push_back(Value::from_small(p));
  TupleObject* kwnames = nullptr;
  if (!kw.empty()) {
    kwnames = tuple_new(th, static_cast<int64_t>(kw.size()));
    for (size_t i = 0; i < kw.size(); ++i) {
      kwnames->items[i] = V(str_intern(kw[i].first));
      args.push_back(Value::from_small(kw[i].second));
    }
  }
  Value r = call_native(th, &def, self, args.data(), pos.size(), kwnames);
  if (r.is_empty()) {
    Value e = take_exc(th);
    Value msg = str_of(th, e);
    if (msg.is_empty()) return "<str failed>";
    return std::string(type_name(e)) + ": " + std::string(str_view(msg));
  }
  return g_seen;
}

std::string err(const std::string& s) { return s; }

const NativeDef kLen = {"len(obj, /)", record};
const NativeDef kRound = {"round(number, ndigits=None)", record};
const NativeDef kPow = {"pow(base, exp, mod=None)", record};
const NativeDef kSorted = {"sorted(iterable, /, *, key=None, reverse=False)", record};
const NativeDef kDivmod = {"divmod(x, y, /)", record};
const NativeDef kGetattr = {"getattr(object, name, default=?, /)", record};
const NativeDef kPrint = {"print(*args, sep=' ', end='\\n', file=None, flush=False)", record};
const NativeDef kMax = {"max(*args, key=?, default=?)", record};
const NativeDef kAppend = {"append(self, object, /)", record};
const NativeDef kClear = {"clear(self, /)", record};
const NativeDef kKw = {"f(a, b=2, **kwargs)", record};
const NativeDef kSort = {"sort(self, /, *, key=None, reverse=False)", record};

}  // namespace

TEST_CASE("native: binding fills slots and defaults", "[native]") {
  CHECK(run(kRound, 2, {5}) == "5 None");
  CHECK(run(kRound, 2, {5, 2}) == "5 2");
  CHECK(run(kRound, 2, {}, {{"number", 1}, {"ndigits", 3}}) == "1 3");
  CHECK(run(kGetattr, 3, {1, 2}) == "1 2 <empty>");
  CHECK(run(kPrint, 5, {1, 2}) == "(1, 2) ' ' '\\n' None False");
  CHECK(run(kPrint, 5, {}, {{"flush", 1}}) == "() ' ' '\\n' None 1");
  CHECK(run(kMax, 3, {4}) == "(4,) <empty> <empty>");
  CHECK(run(kKw, 3, {1}, {{"z", 9}}) == "1 2 {'z': 9}");
  CHECK(run(kKw, 3, {1, 5}) == "1 5 <empty>");
  CHECK(run(kSorted, 3, {7}, {{"reverse", 1}}) == "7 None 1");
}

TEST_CASE("native: CPython 3.11 argument errors", "[native]") {
  CHECK(err(run(kLen, 1, {1, 2})) == "TypeError: len() takes exactly one argument (2 given)");
  CHECK(err(run(kLen, 1, {})) == "TypeError: len() takes exactly one argument (0 given)");
  CHECK(err(run(kLen, 1, {1}, {{"x", 1}})) == "TypeError: len() takes no keyword arguments");
  CHECK(err(run(kRound, 2, {1, 2, 3})) == "TypeError: round() takes at most 2 arguments (3 given)");
  CHECK(err(run(kRound, 2, {}, {{"number", 1}, {"ndigits", 2}, {"x", 3}})) ==
        "TypeError: round() takes at most 2 keyword arguments (3 given)");
  CHECK(err(run(kRound, 2, {1}, {{"number", 2}})) ==
        "TypeError: argument for round() given by name ('number') and position (1)");
  CHECK(err(run(kRound, 2, {}, {{"x", 1}})) ==
        "TypeError: round() missing required argument 'number' (pos 1)");
  CHECK(err(run(kPow, 3, {})) == "TypeError: pow() missing required argument 'base' (pos 1)");
  CHECK(err(run(kPow, 3, {1})) == "TypeError: pow() missing required argument 'exp' (pos 2)");
  CHECK(err(run(kSorted, 3, {})) == "TypeError: sorted expected 1 argument, got 0");
  CHECK(err(run(kSorted, 3, {1, 2})) == "TypeError: sorted expected 1 argument, got 2");
  CHECK(err(run(kSorted, 3, {1}, {{"x", 1}})) ==
        "TypeError: 'x' is an invalid keyword argument for sorted()");
  CHECK(err(run(kDivmod, 2, {1})) == "TypeError: divmod expected 2 arguments, got 1");
  CHECK(err(run(kGetattr, 3, {1})) == "TypeError: getattr expected at least 2 arguments, got 1");
  CHECK(err(run(kGetattr, 3, {1, 2, 3, 4})) ==
        "TypeError: getattr expected at most 3 arguments, got 4");
  CHECK(err(run(kPrint, 5, {}, {{"x", 1}})) ==
        "TypeError: 'x' is an invalid keyword argument for print()");
}

TEST_CASE("native: methods count without self", "[native]") {
  Thread& th = rt();
  Value self = V(list_new(th));
  CHECK(err(run(kAppend, 2, {}, {}, self)) ==
        "TypeError: list.append() takes exactly one argument (0 given)");
  CHECK(err(run(kAppend, 2, {1, 2}, {}, self)) ==
        "TypeError: list.append() takes exactly one argument (2 given)");
  CHECK(err(run(kAppend, 2, {1}, {{"x", 1}}, self)) ==
        "TypeError: list.append() takes no keyword arguments");
  CHECK(err(run(kClear, 1, {1}, {}, self)) == "TypeError: list.clear() takes no arguments (1 given)");
  CHECK(err(run(kSort, 3, {1}, {}, self)) == "TypeError: sort() takes no positional arguments");
  CHECK(err(run(kSort, 3, {}, {{"foo", 1}}, self)) ==
        "TypeError: 'foo' is an invalid keyword argument for sort()");
  CHECK(run(kAppend, 2, {7}, {}, self) == "[] 7");
}

TEST_CASE("native: name of a signature", "[native]") {
  rt();
  CHECK(std::string(native_name(&kRound)) == "round");
  CHECK(std::string(native_name(&kSorted)) == "sorted");
}
