// Unit tests for the containers' C++ API (builtins/list.cpp, dict.cpp, set.cpp, tuple.cpp,
// slice.cpp), including the no-GIL guarantee: many threads mutating one list or one dict
// at once must leave it whole, with the exact final size.
#include <catch2/catch.hpp>

#include "runtime_fixture.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "builtins/containers.h"
#include "builtins/dict.h"
#include "builtins/set.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/objects.h"
#include "vm/runtime.h"

using namespace taipan;

namespace {

Thread& rt() { return test_runtime(); }

Value I(int64_t i) { return Value::from_small(i); }

std::string repr_of(Thread& th, Value v) {
  Value r = repr(th, v);
  REQUIRE_FALSE(r.is_empty());
  return std::string(str_view(r));
}

// Runs fn(thread_index) on n registered threads; the caller detaches while joining.
template <class F>
void run_threads(Thread& th, int n, F fn) {
  std::vector<std::thread> ts;
  {
    DetachScope detached(th);
    for (int k = 0; k < n; ++k)
      ts.emplace_back([k, &fn] {
        Thread* me = thread_register();
        fn(*me, k);
        thread_unregister(me);
      });
    for (auto& t : ts) t.join();
  }
}

}  // namespace

TEST_CASE("list append, get, to_tuple", "[containers]") {
  Thread& th = rt();
  ListObject* l = list_new(th);
  Root keep(th, l);
  for (int i = 0; i < 1000; ++i) REQUIRE(list_append(th, l, I(i)) == 0);
  REQUIRE(list_size(l) == 1000);
  REQUIRE(list_get(l, 0).is(I(0)));
  REQUIRE(list_get(l, 999).is(I(999)));
  REQUIRE(list_get(l, 1000).is_empty());
  REQUIRE(list_get(l, -1).is_empty());
  TupleObject* t = list_to_tuple(th, l);
  REQUIRE(t->size == 1000);
  REQUIRE(t->items[500].is(I(500)));
  Value items[3] = {I(1), I(2), I(3)};
  ListObject* small = list_from(th, items, 3);
  REQUIRE(repr_of(th, V(small)) == "[1, 2, 3]");
  REQUIRE(repr_of(th, V(tuple_from(th, items, 1))) == "(1,)");
  REQUIRE(repr_of(th, V(tuple_new(th, 0))) == "()");
}

TEST_CASE("list extend from tuple and list, sort", "[containers]") {
  Thread& th = rt();
  Value items[5] = {I(5), I(3), I(9), I(1), I(3)};
  ListObject* l = list_new(th);
  Root keep(th, l);
  REQUIRE(list_extend(th, l, V(tuple_from(th, items, 5))) == 0);
  REQUIRE(list_extend(th, l, V(l)) == 0);  // x.extend(x) doubles it
  REQUIRE(list_size(l) == 10);
  REQUIRE(list_sort(th, l, g_None, false) == 0);
  REQUIRE(repr_of(th, V(l)) == "[1, 1, 3, 3, 3, 3, 5, 5, 9, 9]");
  REQUIRE(list_sort(th, l, g_None, true) == 0);
  REQUIRE(repr_of(th, V(l)) == "[9, 9, 5, 5, 3, 3, 3, 3, 1, 1]");
}

TEST_CASE("dict set, get, delete, order, versions", "[containers]") {
  Thread& th = rt();
  DictObject* d = dict_new(th);
  Root keep(th, d);
  uint64_t v0 = dict_version(d);
  REQUIRE(v0 != 0);
  for (int i = 0; i < 100; ++i) REQUIRE(dict_set(th, d, I(i), I(i * i)) == 0);
  REQUIRE(dict_size(d) == 100);
  REQUIRE(dict_version(d) != v0);
  Value out;
  REQUIRE(dict_lookup(th, d, I(7), &out) == 1);
  REQUIRE(out.is(I(49)));
  REQUIRE(dict_lookup(th, d, I(1000), &out) == 0);
  // 7.0 == 7 and hashes equal: the same key.
  REQUIRE(dict_lookup(th, d, Value::from_double(7.0), &out) == 1);
  REQUIRE(dict_del(th, d, I(7)) == 0);
  REQUIRE(dict_lookup(th, d, I(7), &out) == 0);
  REQUIRE(dict_del(th, d, I(7)) == -1);
  REQUIRE(exc_matches(th, Exc_KeyError));
  clear_exc(th);
  REQUIRE(dict_size(d) == 99);
  // Insertion order survives deletes and resizes.
  int64_t pos = 0, expect = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (expect == 7) ++expect;
    REQUIRE(k.is(I(expect)));
    ++expect;
  }
  REQUIRE(expect == 100);

  StrObject* name = str_intern("spam");
  dict_set_str(th, d, name, I(1));
  REQUIRE(dict_get_str(d, name).is(I(1)));
  StrObject* copy = str_new(th, "spam");  // equal, not identical
  REQUIRE(dict_get_str(d, copy).is(I(1)));
  REQUIRE(dict_lookup(th, d, V(copy), &out) == 1);
  uint64_t v1 = dict_version(d);
  dict_set_str(th, d, copy, I(2));
  REQUIRE(dict_version(d) != v1);
  REQUIRE(dict_get_str(d, name).is(I(2)));
  REQUIRE(dict_del_str(th, d, name));
  REQUIRE_FALSE(dict_del_str(th, d, name));
  REQUIRE(dict_get_str(d, name).is_empty());

  DictObject* c = dict_copy(th, d);
  REQUIRE(dict_size(c) == 99);
}

TEST_CASE("dict with tuple keys and unhashable keys", "[containers]") {
  Thread& th = rt();
  DictObject* d = dict_new(th);
  Root keep(th, d);
  Value a[2] = {I(1), I(2)};
  REQUIRE(dict_set(th, d, V(tuple_from(th, a, 2)), I(3)) == 0);
  Value out;
  REQUIRE(dict_lookup(th, d, V(tuple_from(th, a, 2)), &out) == 1);
  REQUIRE(out.is(I(3)));
  REQUIRE(dict_set(th, d, V(list_new(th)), I(1)) == -1);
  REQUIRE(exc_matches(th, Exc_TypeError));
  clear_exc(th);
  REQUIRE(repr_of(th, V(d)) == "{(1, 2): 3}");
}

TEST_CASE("set order matches CPython for small ints", "[containers]") {
  Thread& th = rt();
  SetObject* s = set_new(th, SetType);
  Root keep(th, s);
  for (int i : {3, 1, 2, 100, 9, 1}) REQUIRE(set_add(th, s, I(i)) == 0);
  REQUIRE(set_contains(th, s, I(9)) == 1);
  REQUIRE(set_contains(th, s, I(10)) == 0);
  REQUIRE(repr_of(th, V(s)) == "{1, 2, 3, 100, 9}");
}

TEST_CASE("slice indices", "[containers]") {
  Thread& th = rt();
  Value s = slice_new(th, g_None, g_None, I(-1));
  int64_t start, stop, step;
  REQUIRE(slice_indices(th, as<SliceObject>(s), 5, &start, &stop, &step) == 5);
  REQUIRE(start == 4);
  REQUIRE(stop == -1);
  REQUIRE(step == -1);
  s = slice_new(th, I(1), I(100), I(3));
  REQUIRE(slice_indices(th, as<SliceObject>(s), 10, &start, &stop, &step) == 3);
  s = slice_new(th, g_None, g_None, I(0));
  REQUIRE(slice_indices(th, as<SliceObject>(s), 10, &start, &stop, &step) == -1);
  REQUIRE(exc_matches(th, Exc_ValueError));
  clear_exc(th);
}

TEST_CASE("8 threads appending to one list", "[containers][threads]") {
  Thread& th = rt();
  ListObject* l = list_new(th);
  Root keep(th, l);
  constexpr int kThreads = 8, kPer = 20000;
  run_threads(th, kThreads, [l](Thread& me, int k) {
    for (int i = 0; i < kPer; ++i) {
      list_append(me, l, Value::from_small(int64_t(k) * kPer + i));
      if (i % 256 == 0) safepoint(me);
    }
  });
  REQUIRE(list_size(l) == kThreads * kPer);
  std::vector<char> seen(kThreads * kPer, 0);
  for (int64_t i = 0; i < kThreads * kPer; ++i) {
    Value v = list_get(l, i);
    REQUIRE(v.is_small());
    REQUIRE_FALSE(seen[v.small()]);
    seen[v.small()] = 1;
  }
}

TEST_CASE("8 threads setting keys in one dict", "[containers][threads]") {
  Thread& th = rt();
  DictObject* d = dict_new(th);
  DictObject* shared = dict_new(th);
  Root keep(th, d), keep2(th, shared);
  constexpr int kThreads = 8, kPer = 10000, kShared = 1000;
  run_threads(th, kThreads, [d, shared](Thread& me, int k) {
    for (int i = 0; i < kPer; ++i) {
      dict_set(me, d, Value::from_small(int64_t(k) * kPer + i), Value::from_small(k));
      dict_set(me, shared, Value::from_small(i % kShared), Value::from_small(k));
      Value out;
      if (i % 3 == 0) dict_lookup(me, shared, Value::from_small((i * 7) % kShared), &out);
      if (i % 5 == 0) dict_pop(me, d, Value::from_small(int64_t(k) * kPer + i / 2), &out);
      if (i % 256 == 0) safepoint(me);
    }
  });
  REQUIRE(dict_size(shared) == kShared);
  // Each thread removed its keys k*kPer + i/2 for i % 5 == 0: distinct keys, each
  // inserted before (i/2 <= i), so every pop succeeded.
  int64_t removed_per_thread = kPer / 5;
  REQUIRE(dict_size(d) == kThreads * (kPer - removed_per_thread));
  int64_t pos = 0, n = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    REQUIRE(k.is_small());
    REQUIRE(v.small() == k.small() / kPer);
    ++n;
  }
  REQUIRE(n == dict_size(d));
}

TEST_CASE("threads reading str keys while others write", "[containers][threads]") {
  Thread& th = rt();
  DictObject* d = dict_new(th);
  Root keep(th, d);
  std::vector<StrObject*> names;
  std::atomic<int> bad{0};
  for (int i = 0; i < 64; ++i) names.push_back(str_intern("attr" + std::to_string(i)));
  for (StrObject* n : names) dict_set_str(th, d, n, Value::from_small(0));
  run_threads(th, 8, [d, &names, &bad](Thread& me, int k) {
    for (int i = 0; i < 20000; ++i) {
      StrObject* n = names[(i * 13 + k) % names.size()];
      if (k % 2) {
        dict_set_str(me, d, n, Value::from_small(i));
      } else {
        Value v = dict_get_str(d, n);
        if (!v.is_small()) bad.fetch_add(1);  // Catch2 asserts are not thread-safe
      }
      if (i % 256 == 0) safepoint(me);
    }
  });
  REQUIRE(bad.load() == 0);
  REQUIRE(dict_size(d) == 64);
}

TEST_CASE("8 threads adding to one set", "[containers][threads]") {
  Thread& th = rt();
  SetObject* s = set_new(th, SetType);
  Root keep(th, s);
  run_threads(th, 8, [s](Thread& me, int k) {
    for (int i = 0; i < 10000; ++i) {
      set_add(me, s, Value::from_small(int64_t(k) * 10000 + i));
      set_add(me, s, Value::from_small(-(i % 500) - 1));  // shared keys
      if (i % 256 == 0) safepoint(me);
    }
  });
  REQUIRE(length(th, V(s)) == 8 * 10000 + 500);
}
