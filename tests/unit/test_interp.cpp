// Unit tests for the interpreter (vm/interp.cpp, vm/call.cpp, vm/generator.cpp,
// vm/build_class.cpp): code runs through compile_to_code + eval_code in a fresh module
// dict, and results are read back from the dict.
#include <catch2/catch.hpp>

#include "runtime_fixture.h"

#include <string>
#include <thread>
#include <vector>

#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/interp.h"
#include "vm/objects.h"
#include "vm/runtime.h"

using namespace taipan;

namespace {

Thread& rt() { return test_runtime(); }

DictObject* fresh_globals(Thread& th) {
  DictObject* g = dict_new(th);
  dict_set_str(th, g, sym::__name__, V(str_intern("__test__")));
  dict_set_str(th, g, sym::__builtins__, V(g_runtime.builtins));
  return g;
}

// Runs src; returns the exception message ("" if none).
std::string run(Thread& th, DictObject* g, const std::string& src) {
  Root keep(th, dict_value(g));
  CodeObject* co = compile_to_code(th, src, "<test>", ParseMode::Exec);
  if (co) {
    Root keep_co(th, co);
    if (!eval_code(th, co, g, Value()).is_empty()) return "";
  }
  Value e = take_exc(th);
  Value s = str_of(th, e);
  std::string out = std::string(type_name(e)) + ": " + (s.is_empty() ? "?" : std::string(str_view(s)));
  clear_exc(th);
  return out;
}

std::string get_repr(Thread& th, DictObject* g, const char* name) {
  Value v = dict_get_str(g, str_intern(name));
  REQUIRE_FALSE(v.is_empty());
  Value r = repr(th, v);
  REQUIRE_FALSE(r.is_empty());
  return std::string(str_view(r));
}

}  // namespace

TEST_CASE("interp: recursion and arithmetic", "[interp]") {
  Thread& th = rt();
  DictObject* g = fresh_globals(th);
  Root keep(th, dict_value(g));
  REQUIRE(run(th, g, "def fib(n):\n  return n if n < 2 else fib(n-1) + fib(n-2)\nr = fib(20)\n") == "");
  REQUIRE(get_repr(th, g, "r") == "6765");
  REQUIRE(run(th, g, "r = (2**40 * 3) // 7 + 1.5 * 2\n") == "");
  REQUIRE(get_repr(th, g, "r") == "471219269049.0");
}

TEST_CASE("interp: argument binding messages", "[interp]") {
  Thread& th = rt();
  DictObject* g = fresh_globals(th);
  Root keep(th, dict_value(g));
  REQUIRE(run(th, g, "def f(a, b=1, /, c=2, *, d, e=3): pass\n") == "");
  CHECK(run(th, g, "f()") == "TypeError: f() missing 1 required positional argument: 'a'");
  CHECK(run(th, g, "f(1, d=1, a=2)") ==
        "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
  CHECK(run(th, g, "f(1, 2, 3, 4, d=1)") ==
        "TypeError: f() takes from 1 to 3 positional arguments but 4 positional arguments (and 1 "
        "keyword-only argument) were given");
  CHECK(run(th, g, "f(1, c=2, zz=3, d=1)") == "TypeError: f() got an unexpected keyword argument 'zz'");
  REQUIRE(run(th, g, "def h(a, *, k, j): pass\n") == "");
  CHECK(run(th, g, "h(1)") == "TypeError: h() missing 2 required keyword-only arguments: 'k' and 'j'");
  REQUIRE(run(th, g, "def x(a, b, c): pass\n") == "");
  CHECK(run(th, g, "x()") == "TypeError: x() missing 3 required positional arguments: 'a', 'b', and 'c'");
  CHECK(run(th, g, "x(1, 2, 3, b=3)") == "TypeError: x() got multiple values for argument 'b'");
  REQUIRE(run(th, g, "class C:\n  def m(self, a): pass\n") == "");
  CHECK(run(th, g, "C().m()") == "TypeError: C.m() missing 1 required positional argument: 'a'");
}

TEST_CASE("interp: generators, closures, classes", "[interp]") {
  Thread& th = rt();
  DictObject* g = fresh_globals(th);
  Root keep(th, dict_value(g));
  REQUIRE(run(th, g,
              "def gen(n):\n"
              "  for i in range(n):\n"
              "    x = yield i\n"
              "  return 'done'\n"
              "def deleg():\n"
              "  r = yield from gen(3)\n"
              "  yield r\n"
              "r = list(deleg())\n") == "");
  CHECK(get_repr(th, g, "r") == "[0, 1, 2, 'done']");
  REQUIRE(run(th, g,
              "def outer():\n"
              "  x = 0\n"
              "  def inc():\n"
              "    nonlocal x\n"
              "    x += 1\n"
              "    return x\n"
              "  return inc\n"
              "i = outer(); i(); r = i()\n") == "");
  CHECK(get_repr(th, g, "r") == "2");
  REQUIRE(run(th, g,
              "class B:\n"
              "  def hi(self): return 'B'\n"
              "class D(B):\n"
              "  def hi(self): return 'D' + super().hi()\n"
              "r = D().hi()\n") == "");
  CHECK(get_repr(th, g, "r") == "'DB'");
}

TEST_CASE("interp: exceptions and RecursionError", "[interp]") {
  Thread& th = rt();
  DictObject* g = fresh_globals(th);
  Root keep(th, dict_value(g));
  REQUIRE(run(th, g,
              "def rec(n): return rec(n + 1)\n"
              "try:\n"
              "  rec(0)\n"
              "except RecursionError as e:\n"
              "  r = str(e)\n") == "");
  CHECK(get_repr(th, g, "r") == "'maximum recursion depth exceeded'");
  REQUIRE(run(th, g,
              "try:\n"
              "  try:\n"
              "    1/0\n"
              "  except ZeroDivisionError:\n"
              "    raise KeyError('k')\n"
              "except KeyError as e:\n"
              "  r = type(e.__context__).__name__\n") == "");
  CHECK(get_repr(th, g, "r") == "'ZeroDivisionError'");
  CHECK(run(th, g, "raise") == "RuntimeError: No active exception to reraise");
}

TEST_CASE("interp: threads run Python in parallel", "[interp][threads]") {
  Thread& th = rt();
  DictObject* g = fresh_globals(th);
  Root keep(th, dict_value(g));
  REQUIRE(run(th, g, "def fib(n):\n  return n if n < 2 else fib(n-1) + fib(n-2)\n") == "");
  Value fib = dict_get_str(g, str_intern("fib"));
  Root keep_fib(th, fib);
  std::vector<int64_t> results(4, -1);
  {
    DetachScope detach(th);
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; i++) {
      ts.emplace_back([&, i] {
        Thread* t = thread_register();
        Value r = call1(*t, fib, Value::from_small(18));
        int64_t out = -1;
        if (!r.is_empty()) int_to_i64(r, &out);
        results[i] = out;
        free_vm_stack(*t);
        thread_unregister(t);
      });
    }
    for (auto& t : ts) t.join();
  }
  for (int64_t r : results) CHECK(r == 2584);
}
