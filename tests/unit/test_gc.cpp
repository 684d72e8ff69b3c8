// The collector: unreachable objects are freed, rooted ones survive with their
// contents, and collections run while other threads are detached.
#include <catch2/catch.hpp>
#include <thread>

#include "runtime_fixture.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/objects.h"

using namespace taipan;

TEST_CASE("garbage is freed, roots survive", "[gc]") {
  Thread& th = test_runtime();
  gc_collect(th);
  size_t base = gc_stats().live_objects;
  ListObject* keep = list_new(th);
  Root root(th, keep);
  for (int i = 0; i < 100000; ++i) {
    TupleObject* t = tuple_new(th, 2);
    t->items[0] = Value::from_small(i);
    t->items[1] = V(str_new(th, "payload"));
    if (i % 1000 == 0) REQUIRE(list_append(th, keep, V(t)) == 0);
  }
  gc_collect(th);
  size_t live = gc_stats().live_objects;
  // The kept list, its storage, 100 tuples and their 100 strings, plus a little slack.
  REQUIRE(live <= base + 2 + 200 + 50);
  REQUIRE(list_size(keep) == 100);
  for (int64_t i = 0; i < 100; ++i) {
    Value t = list_get(keep, i);
    REQUIRE(is_tuple(t));
    REQUIRE(as<TupleObject>(t)->items[0].small() == i * 1000);
    REQUIRE(str_view(as<TupleObject>(t)->items[1]) == "payload");
  }
}

TEST_CASE("a collection does not wait for a detached thread", "[gc]") {
  Thread& th = test_runtime();
  std::atomic<bool> registered{false}, release{false};
  std::thread other([&] {
    Thread* t = thread_register();
    {
      DetachScope detached(*t);
      registered = true;
      while (!release) std::this_thread::yield();
    }
    thread_unregister(t);
  });
  while (!registered) std::this_thread::yield();
  size_t before = gc_stats().collections;
  gc_collect(th);  // must not hang: the other thread is detached
  REQUIRE(gc_stats().collections == before + 1);
  release = true;
  {
    DetachScope detached(th);  // the other thread re-attaches, then unregisters
    other.join();
  }
}

TEST_CASE("a thread at a safepoint is parked during another thread's collection", "[gc]") {
  Thread& th = test_runtime();
  std::atomic<bool> stop{false};
  std::atomic<int> polls{0};
  std::thread other([&] {
    Thread* t = thread_register();
    while (!stop) {
      ListObject* l = list_new(*t);  // garbage
      (void)l;
      safepoint(*t);
      polls++;
    }
    thread_unregister(t);
  });
  while (polls == 0) std::this_thread::yield();
  size_t before = gc_stats().collections;
  for (int i = 0; i < 20; ++i) gc_collect(th);
  int after = polls.load();
  stop = true;
  {
    DetachScope detached(th);
    other.join();
  }
  REQUIRE(gc_stats().collections == before + 20);
  REQUIRE(polls > after);
}
