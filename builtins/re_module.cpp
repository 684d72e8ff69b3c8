// The `_pcre` module: PCRE2 (8-bit code units) compiling and matching for stdlib/re.
//
// stdlib/re/_parser.py translates Python's regex syntax into PCRE2's and does all the
// error reporting; this file compiles the translated text and runs matches, returning
// group spans as Python indices. str patterns and subjects use UTF + UCP (taipan's str
// is UTF-8 already, so subjects are matched in place); bytes patterns use neither.
//
// Positions: PCRE2 works in byte offsets, Python in code points. ASCII strs and bytes
// need no conversion; for other strs a cursor counts code points from the last
// converted offset, so a scan over the whole string costs O(n) conversions in total
// (matches move forward; groups and lookbehinds only step back a little).
//
// Threads: a pcre2_code is immutable and shared. match() with PCRE2_ANCHORED would not
// use the JIT, so Pattern.match and fullmatch get their own anchored compilations, made
// on first use and published by compare-and-swap (a racing loser frees its copy). Match
// data, the match context and the JIT stack are per OS thread (thread_local, only used
// within one call: no fiber switch happens inside a match). Matching runs attached: a
// detach/attach pair would cost more than most matches take; the price is that a
// pathologically slow match delays other threads' collections until it ends.
//
// re.Match is a native type here (the hot path of scripts is search/match/finditer and
// group access); its expand() goes back to re._expand for template parsing.
//
// Surrogates: a str may hold lone surrogates (3-byte sequences that are not valid
// UTF-8). PCRE2_MATCH_INVALID_UTF makes matching safe on them; they match nothing.
#define PCRE2_CODE_UNIT_WIDTH 8
#include "builtins/re_module.h"

#include <pcre2.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <string>

#include "builtins/bytes.h"
#include "builtins/containers.h"
#include "builtins/exceptions.h"
#include "builtins/str_impl.h"
#include "builtins/unicode.h"
#include "vm/abstract.h"
#include "vm/descr.h"
#include "vm/error.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/objects.h"
#include "vm/runtime.h"
#include "vm/typeobject.h"

namespace taipan {

// Modes of a match call (stdlib/re passes them): which compilation, and whether an
// empty match at the start position is refused (Python's rule after an empty match).
enum : int64_t { kSearch = 0, kMatch = 1, kFullMatch = 2, kModeMask = 3, kNotEmptyAtStart = 4 };

struct PcreCode {
  std::string source;  // the translated pattern
  uint32_t options = 0;
  bool is_bytes = false;
  uint32_t groups = 0;
  std::atomic<pcre2_code*> variants[3] = {};  // indexed by kSearch/kMatch/kFullMatch

  ~PcreCode() {
    for (auto& v : variants) pcre2_code_free(v.load());
  }
};

namespace {

// The Python flag bits stdlib/re passes (re.IGNORECASE etc.).
constexpr int64_t kPyIgnoreCase = 2, kPyMultiline = 8, kPyDotAll = 16;

void code_finalize(Object* o) { delete static_cast<PcreCodeObject*>(o)->impl; }

void code_trace(Object* o, Tracer& t) {
  auto* c = static_cast<PcreCodeObject*>(o);
  t.visit(c->groupindex);
  t.visit(c->names);
  t.visit(c->close);
}

// Compiles one variant; null with *err/*erroff set on failure.
pcre2_code* compile_variant(const PcreCode& c, int mode, int* err, PCRE2_SIZE* erroff) {
  pcre2_compile_context* cc = pcre2_compile_context_create(nullptr);
  pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
  pcre2_set_compile_extra_options(cc, c.is_bytes ? 0 : PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES);
  uint32_t opts = c.options;
  if (mode != kSearch) opts |= PCRE2_ANCHORED;
  if (mode == kFullMatch) opts |= PCRE2_ENDANCHORED;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(c.source.data()), c.source.size(),
                                   opts, err, erroff, cc);
  pcre2_compile_context_free(cc);
  // The JIT is an optimization: a pattern it cannot handle still matches interpreted.
  if (code) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  return code;
}

pcre2_code* get_variant(PcreCode* c, int mode) {
  pcre2_code* code = c->variants[mode].load(std::memory_order_acquire);
  if (code) return code;
  int err;
  PCRE2_SIZE off;
  code = compile_variant(*c, mode, &err, &off);
  if (!code) return nullptr;  // compiled once as kSearch already: cannot happen in practice
  pcre2_code* expected = nullptr;
  if (!c->variants[mode].compare_exchange_strong(expected, code, std::memory_order_acq_rel)) {
    pcre2_code_free(code);
    return expected;
  }
  return code;
}

// Per-thread matching state; grown as patterns with more groups come along.
struct MatchState {
  pcre2_match_data* md = nullptr;
  uint32_t pairs = 0;
  pcre2_match_context* mctx = nullptr;
  pcre2_jit_stack* jit_stack = nullptr;

  ~MatchState() {
    pcre2_match_data_free(md);
    pcre2_match_context_free(mctx);
    pcre2_jit_stack_free(jit_stack);
  }
  bool prepare(uint32_t need) {
    if (!mctx) {
      mctx = pcre2_match_context_create(nullptr);
      // Python has no backtracking limit: a pathological pattern runs long rather than
      // fails. The JIT stack lives on the heap (fiber C stacks are small).
      pcre2_set_match_limit(mctx, 0xFFFFFFFFu);
      pcre2_set_depth_limit(mctx, 0xFFFFFFFFu);
      jit_stack = pcre2_jit_stack_create(32 * 1024, 64 * 1024 * 1024, nullptr);
      if (jit_stack) pcre2_jit_stack_assign(mctx, nullptr, jit_stack);
    }
    if (pairs < need) {
      pcre2_match_data_free(md);
      md = pcre2_match_data_create(need, nullptr);
      pairs = md ? need : 0;
    }
    return md != nullptr && mctx != nullptr;
  }
};

MatchState& match_state() {
  static thread_local MatchState st;
  return st;
}

// A subject: its bytes, and code point <-> byte conversion for non-ASCII strs.
struct Subject {
  const char* data;
  size_t size;
  bool identity;  // bytes or ASCII str: index == byte offset
  // Conversion cursor: byte offset `cb` is code point `cc`.
  size_t cb = 0;
  int64_t cc = 0;

  int64_t to_index(size_t off) {
    if (identity) return static_cast<int64_t>(off);
    while (cb < off) {
      if ((static_cast<unsigned char>(data[cb]) & 0xC0) != 0x80) ++cc;
      ++cb;
    }
    while (cb > off) {
      --cb;
      if ((static_cast<unsigned char>(data[cb]) & 0xC0) != 0x80) --cc;
    }
    return cc;
  }
};

PcreCode* code_of(Thread& th, Value v) {
  if (!v.is_obj() || v.obj()->type != PcreCodeType) {
    raise(th, Exc_TypeError, "expected a compiled pattern code, not %s", type_name(v));
    return nullptr;
  }
  return as<PcreCodeObject>(v)->impl;
}

// The subject for a code: str for str patterns, bytes-like for bytes patterns (the type
// check is done in stdlib/re, with CPython's messages; this one guards the VM).
bool subject_of(Thread& th, PcreCode* c, Value s, Subject* out) {
  if (c->is_bytes) {
    if (is_bytes(s)) {
      auto* b = as<BytesObject>(s);
      *out = Subject{b->data, static_cast<size_t>(b->size), true};
      return true;
    }
  } else if (is_str(s)) {
    auto* t = as<StrObject>(s);
    *out = Subject{t->data, static_cast<size_t>(t->byte_length), t->ascii};
    return true;
  }
  raise(th, Exc_TypeError, "subject of the wrong type for this pattern: %s", type_name(s));
  return false;
}

// Byte offset of index i of a subject (0 <= i <= length).
size_t byte_offset(Value s, const Subject& sub, int64_t i) {
  if (sub.identity) return static_cast<size_t>(i);
  return str_offset(as<StrObject>(s), i);
}

// Runs one match; 1 matched, 0 no match, -1 raised.
int run_match(Thread& th, pcre2_code* code, MatchState& st, const Subject& sub, size_t end,
              size_t start, uint32_t opts) {
  int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(sub.data), end, start, opts, st.md,
                       st.mctx);
  if (rc >= 0) return 1;
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  PCRE2_UCHAR buf[256];
  pcre2_get_error_message(rc, buf, sizeof buf);
  raise(th, Exc_RuntimeError, "regular expression matching failed: %s",
        reinterpret_cast<const char*>(buf));
  return -1;
}

// The spans of the last match as a tuple (start0, end0, start1, end1, ...); -1 unset.
Value spans_tuple(Thread& th, MatchState& st, uint32_t groups, Subject& sub) {
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.md);
  int64_t n = 2 * (static_cast<int64_t>(groups) + 1);
  TupleObject* t = tuple_new(th, n);
  for (int64_t i = 0; i < n; i++) {
    PCRE2_SIZE o = ov[i];
    int64_t v = o == PCRE2_UNSET ? -1 : sub.to_index(o);
    t->items[i] = Value::from_small(v);
  }
  return V(t);
}

// A re.Match for the last match.
Value new_match(Thread& th, MatchState& st, uint32_t groups, Subject& sub, Value code,
                Value pattern, Value string, Value text, int64_t pos, int64_t endpos) {
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.md);
  int64_t n = 2 * (static_cast<int64_t>(groups) + 1);
  auto* m = gc_new<PcreMatchObject>(th, PcreMatchType, sizeof(int64_t) * static_cast<size_t>(2 * n));
  m->pattern = pattern;
  m->code = code;
  m->string = string;
  m->text = text;
  m->pos = pos;
  m->endpos = endpos;
  m->groups = groups;
  for (int64_t i = 0; i < n; i++) {
    PCRE2_SIZE o = ov[i];
    if (o == PCRE2_UNSET) {
      m->spans[i] = m->spans[n + i] = -1;
    } else {
      m->spans[i] = sub.to_index(o);
      m->spans[n + i] = static_cast<int64_t>(o);
    }
  }
  return V(m);
}

// ---- functions

// compile(source, flags, groupindex, names, close, /): source is the translated pattern
// (str or bytes); flags the Python flags; the rest is what Match needs from the parser
// (see PcreCodeObject). Returns the code, or (message, byte offset) when PCRE2 refused it.
Value compile_impl(Thread& th, const Value* a) {
  int64_t flags;
  if (!index_to_i64(th, a[1], &flags)) return Value();
  auto* c = new PcreCode();
  if (is_str(a[0])) {
    c->source = std::string(str_view(a[0]));
    c->options = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
  } else if (is_bytes(a[0])) {
    auto* b = as<BytesObject>(a[0]);
    c->source = std::string(b->data, static_cast<size_t>(b->size));
    c->is_bytes = true;
  } else {
    delete c;
    return raise(th, Exc_TypeError, "first argument must be string or compiled pattern");
  }
  c->options |= PCRE2_ALT_CIRCUMFLEX | PCRE2_NEVER_BACKSLASH_C;
  if (flags & kPyIgnoreCase) c->options |= PCRE2_CASELESS;
  if (flags & kPyMultiline) c->options |= PCRE2_MULTILINE;
  if (flags & kPyDotAll) c->options |= PCRE2_DOTALL;
  int err = 0;
  PCRE2_SIZE off = 0;
  pcre2_code* code = compile_variant(*c, kSearch, &err, &off);
  if (!code) {
    delete c;
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(err, buf, sizeof buf);
    Value items[2] = {str_value(th, reinterpret_cast<const char*>(buf)),
                      Value::from_small(static_cast<int64_t>(off))};
    return V(tuple_from(th, items, 2));
  }
  c->variants[kSearch].store(code, std::memory_order_relaxed);
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &c->groups);
  if (!is_dict(a[2]) || !is_tuple(a[3]) || !is_tuple(a[4]) ||
      as<TupleObject>(a[3])->size <= static_cast<int64_t>(c->groups) ||
      as<TupleObject>(a[4])->size <= static_cast<int64_t>(c->groups)) {
    delete c;
    return raise(th, Exc_TypeError, "compile(): bad group tables");
  }
  auto* o = gc_new<PcreCodeObject>(th, PcreCodeType);
  o->impl = c;
  o->groupindex = a[2];
  o->names = a[3];
  o->close = a[4];
  return V(o);
}

// Clamps pos/endpos (already ints) to [0, len] as Python does.
bool bounds(Thread& th, Value vpos, Value vend, int64_t len, int64_t* pos, int64_t* end) {
  if (!index_to_i64(th, vpos, pos, true) || !index_to_i64(th, vend, end, true)) return false;
  if (*pos < 0) *pos = 0;
  if (*pos > len) *pos = len;
  if (*end < 0) *end = 0;
  if (*end > len) *end = len;
  return true;
}

int64_t subject_length(Value s, const Subject& sub) {
  return sub.identity ? static_cast<int64_t>(sub.size) : as<StrObject>(s)->length;
}

// match(code, string, pos, endpos, mode, pattern=None, original=None, mpos=0, /): None
// when nothing matched; else the spans tuple when pattern is None, or a re.Match for
// pattern (string: `original`, Match.pos: mpos, clamped).
Value match_impl(Thread& th, const Value* a) {
  PcreCode* c = code_of(th, a[0]);
  if (!c) return Value();
  Subject sub;
  if (!subject_of(th, c, a[1], &sub)) return Value();
  int64_t pos, endpos, mode;
  if (!bounds(th, a[2], a[3], subject_length(a[1], sub), &pos, &endpos)) return Value();
  if (!index_to_i64(th, a[4], &mode)) return Value();
  if (pos > endpos) return g_None;
  pcre2_code* code = get_variant(c, static_cast<int>(mode & kModeMask));
  MatchState& st = match_state();
  if (!code || !st.prepare(c->groups + 1)) return raise_no_memory(th);
  size_t start = byte_offset(a[1], sub, pos);
  size_t end = endpos == pos ? start : byte_offset(a[1], sub, endpos);
  sub.cb = start;
  sub.cc = pos;
  int r = run_match(th, code, st, sub, end, start, (mode & kNotEmptyAtStart) ? PCRE2_NOTEMPTY_ATSTART : 0);
  if (r < 0) return Value();
  if (r == 0) return g_None;
  if (is_none(a[5])) return spans_tuple(th, st, c->groups, sub);
  int64_t mpos;
  if (!index_to_i64(th, a[7], &mpos, true)) return Value();
  mpos = std::clamp<int64_t>(mpos, 0, subject_length(a[1], sub));
  return new_match(th, st, c->groups, sub, a[0], a[5], is_none(a[6]) ? a[1] : a[6], a[1], mpos,
                   endpos);
}

// The loop behind scan/findall/split: successive non-overlapping matches over
// [pos, endpos) by Python 3.7+'s rule (an empty match may not start where the previous
// match ended empty), at most count of them (0: all), calling each(ovector) after each.
// No Python code runs inside (each only allocates), so nothing needs rooting. false: raised.
template <class F>
bool scan_matches(Thread& th, PcreCode* c, Value s, Subject& sub, int64_t pos, int64_t endpos,
                  int64_t count, F each) {
  if (pos > endpos) return true;
  pcre2_code* code = get_variant(c, kSearch);
  MatchState& st = match_state();
  if (!code || !st.prepare(c->groups + 1)) {
    raise_no_memory(th);
    return false;
  }
  size_t start = byte_offset(s, sub, pos);
  size_t end = byte_offset(s, sub, endpos);
  sub.cb = start;
  sub.cc = pos;
  uint32_t opts = 0;
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.md);
  for (int64_t n = 0; count <= 0 || n < count; n++) {
    if (start > end) break;
    int r = run_match(th, code, st, sub, end, start, opts);
    if (r < 0) return false;
    if (r == 0) break;
    if (!each(st, ov)) return false;
    // \K can put a match's start after its end; step on from the later of the two.
    size_t s0 = ov[0], e0 = ov[1];
    start = e0 > s0 ? e0 : s0;
    opts = e0 == s0 ? PCRE2_NOTEMPTY_ATSTART : 0;
  }
  return true;
}

// subject[bs:be] (byte offsets) as str or bytes.
Value slice_of(Thread& th, Value s, const Subject& sub, size_t bs, size_t be) {
  if (be < bs) be = bs;
  std::string_view v(sub.data + bs, be - bs);
  if (!is_str(s)) return V(bytes_new(th, v));
  if (sub.identity) return V(str_new_known(th, v, static_cast<int64_t>(v.size()), true));
  int64_t n = uni::count_code_points(v.data(), v.size());
  return V(str_new_known(th, v, n, n == static_cast<int64_t>(v.size())));
}

struct ScanArgs {
  PcreCode* c;
  Subject sub;
  int64_t pos, endpos;
};

bool scan_args(Thread& th, const Value* a, ScanArgs* out) {
  out->c = code_of(th, a[0]);
  if (!out->c || !subject_of(th, out->c, a[1], &out->sub)) return false;
  return bounds(th, a[2], a[3], subject_length(a[1], out->sub), &out->pos, &out->endpos);
}

// scan(code, string, pos, endpos, count, pattern=None, original=None, /): the spans
// tuples (or, given pattern, re.Match objects) of the matches scan_matches finds.
Value scan_impl(Thread& th, const Value* a) {
  ScanArgs sa;
  int64_t count;
  if (!scan_args(th, a, &sa) || !index_to_i64(th, a[4], &count)) return Value();
  ListObject* out = list_new(th);
  Value text = a[1], original = is_none(a[6]) ? a[1] : a[6];
  bool ok = scan_matches(th, sa.c, text, sa.sub, sa.pos, sa.endpos, count,
                         [&](MatchState& st, PCRE2_SIZE*) {
                           Value t = is_none(a[5])
                                         ? spans_tuple(th, st, sa.c->groups, sa.sub)
                                         : new_match(th, st, sa.c->groups, sa.sub, a[0], a[5],
                                                     original, text, sa.pos, sa.endpos);
                           return list_append(th, out, t) >= 0;
                         });
  return ok ? V(out) : Value();
}

// findall(code, string, pos, endpos, /): Pattern.findall's list (group 0, group 1, or
// tuples of all groups; '' for groups that did not participate).
Value findall_impl(Thread& th, const Value* a) {
  ScanArgs sa;
  if (!scan_args(th, a, &sa)) return Value();
  ListObject* out = list_new(th);
  uint32_t groups = sa.c->groups;
  Value s = a[1];
  auto piece = [&](PCRE2_SIZE* ov, uint32_t g) {
    if (ov[2 * g] == PCRE2_UNSET) return slice_of(th, s, sa.sub, 0, 0);
    return slice_of(th, s, sa.sub, ov[2 * g], ov[2 * g + 1]);
  };
  bool ok = scan_matches(th, sa.c, s, sa.sub, sa.pos, sa.endpos, 0,
                         [&](MatchState&, PCRE2_SIZE* ov) {
                           Value v;
                           if (groups <= 1) {
                             v = piece(ov, groups);
                           } else {
                             TupleObject* t = tuple_new(th, groups);
                             for (uint32_t g = 0; g < groups; g++) t->items[g] = piece(ov, g + 1);
                             v = V(t);
                           }
                           return list_append(th, out, v) >= 0;
                         });
  return ok ? V(out) : Value();
}

// split(code, string, maxsplit, /): Pattern.split's list (maxsplit >= 0).
Value split_impl(Thread& th, const Value* a) {
  PcreCode* c = code_of(th, a[0]);
  Subject sub;
  int64_t maxsplit;
  if (!c || !subject_of(th, c, a[1], &sub) || !index_to_i64(th, a[2], &maxsplit)) return Value();
  ListObject* out = list_new(th);
  Value s = a[1];
  size_t last = 0;
  bool ok = scan_matches(th, c, s, sub, 0, subject_length(s, sub), maxsplit,
                         [&](MatchState&, PCRE2_SIZE* ov) {
                           if (list_append(th, out, slice_of(th, s, sub, last, ov[0])) < 0)
                             return false;
                           for (uint32_t g = 1; g <= c->groups; g++) {
                             Value v = ov[2 * g] == PCRE2_UNSET
                                           ? g_None
                                           : slice_of(th, s, sub, ov[2 * g], ov[2 * g + 1]);
                             if (list_append(th, out, v) < 0) return false;
                           }
                           last = ov[1] > last ? ov[1] : last;
                           return true;
                         });
  if (!ok || list_append(th, out, slice_of(th, s, sub, last, sub.size)) < 0) return Value();
  return V(out);
}

Value jit_impl(Thread& th, const Value* a) {
  PcreCode* c = code_of(th, a[0]);
  if (!c) return Value();
  size_t size = 0;
  pcre2_pattern_info(c->variants[kSearch].load(), PCRE2_INFO_JITSIZE, &size);
  return bool_value(size != 0);
}


// ---- re.Match

PcreMatchObject* match_of(Value v) { return as<PcreMatchObject>(v); }

void match_trace(Object* o, Tracer& t) {
  auto* m = static_cast<PcreMatchObject*>(o);
  t.visit(m->pattern);
  t.visit(m->code);
  t.visit(m->string);
  t.visit(m->text);
}

// The group number a group() argument names: an int (or __index__) or a group name.
// -1 when raised (IndexError "no such group").
int64_t group_index(Thread& th, PcreMatchObject* m, Value g) {
  int64_t i = -1;
  if (g.is_small()) {
    i = g.small();
  } else if (is_str(g)) {
    Value gi = as<PcreCodeObject>(m->code)->groupindex;
    Value out;
    int r = dict_lookup(th, as<DictObject>(gi), g, &out);
    if (r < 0) return -1;
    if (r == 1 && out.is_small()) i = out.small();
  } else if (is_int(g) || type_of(g)->index) {
    bool overflow = false;
    if (is_int(g)) {
      if (!int_to_i64(g, &i, &overflow)) i = -1;
    } else if (!index_to_i64(th, g, &i, true)) {
      clear_exc(th);
      i = -1;
    }
  }
  if (i < 0 || i > m->groups) {
    raise(th, Exc_IndexError, "no such group");
    return -1;
  }
  return i;
}

// The text of group i, or dflt when it did not participate.
Value group_value(Thread& th, PcreMatchObject* m, int64_t i, Value dflt) {
  int64_t n = 2 * (m->groups + 1);
  int64_t s = m->spans[2 * i], e = m->spans[2 * i + 1];
  if (s < 0) return dflt;
  int64_t bs = m->spans[n + 2 * i], be = m->spans[n + 2 * i + 1];
  if (be < bs) be = bs;  // \K can end a match before its start
  if (e < s) e = s;
  if (is_bytes(m->text)) {
    auto* b = as<BytesObject>(m->text);
    if (bs == 0 && be == b->size && b->type == BytesType) return m->text;
    return V(bytes_new(th, std::string_view(b->data + bs, static_cast<size_t>(be - bs))));
  }
  auto* t = as<StrObject>(m->text);
  if (bs == 0 && be == t->byte_length && t->type == StrType) return m->text;
  std::string_view v(t->data + bs, static_cast<size_t>(be - bs));
  return V(str_new_known(th, v, e - s, t->ascii || uni::all_ascii(v.data(), v.size())));
}

Value m_group(Thread& th, const Value* a) {
  auto* m = match_of(a[0]);
  auto* args = as<TupleObject>(a[1]);
  if (args->size == 0) return group_value(th, m, 0, g_None);
  if (args->size == 1) {
    int64_t i = group_index(th, m, args->items[0]);
    if (i < 0) return Value();
    return group_value(th, m, i, g_None);
  }
  TupleObject* t = tuple_new(th, args->size);
  for (int64_t k = 0; k < args->size; k++) t->items[k] = g_None;
  Root keep(th, V(t));
  for (int64_t k = 0; k < args->size; k++) {
    int64_t i = group_index(th, m, args->items[k]);
    if (i < 0) return Value();
    Value v = group_value(th, m, i, g_None);
    if (v.is_empty()) return Value();
    t->items[k] = v;
  }
  return V(t);
}

Value m_getitem(Thread& th, Value self, Value key) {
  auto* m = match_of(self);
  int64_t i = group_index(th, m, key);
  if (i < 0) return Value();
  return group_value(th, m, i, g_None);
}

Value m_groups(Thread& th, const Value* a) {
  auto* m = match_of(a[0]);
  TupleObject* t = tuple_new(th, m->groups);
  for (int64_t k = 0; k < m->groups; k++) t->items[k] = g_None;
  for (int64_t k = 0; k < m->groups; k++) t->items[k] = group_value(th, m, k + 1, a[1]);
  return V(t);
}

Value m_groupdict(Thread& th, const Value* a) {
  auto* m = match_of(a[0]);
  DictObject* d = dict_new(th);
  Root keep(th, V(d));
  Value gi = as<PcreCodeObject>(m->code)->groupindex;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(as<DictObject>(gi), &pos, &k, &v)) {
    if (!v.is_small()) continue;
    Value g = group_value(th, m, v.small(), a[1]);
    if (dict_set(th, d, k, g) < 0) return Value();
  }
  return V(d);
}

Value m_start(Thread& th, const Value* a) {
  int64_t i = group_index(th, match_of(a[0]), a[1]);
  if (i < 0) return Value();
  return Value::from_small(match_of(a[0])->spans[2 * i]);
}

Value m_end(Thread& th, const Value* a) {
  int64_t i = group_index(th, match_of(a[0]), a[1]);
  if (i < 0) return Value();
  return Value::from_small(match_of(a[0])->spans[2 * i + 1]);
}

Value span_tuple(Thread& th, PcreMatchObject* m, int64_t i) {
  Value items[2] = {Value::from_small(m->spans[2 * i]), Value::from_small(m->spans[2 * i + 1])};
  return V(tuple_from(th, items, 2));
}

Value m_span(Thread& th, const Value* a) {
  int64_t i = group_index(th, match_of(a[0]), a[1]);
  if (i < 0) return Value();
  return span_tuple(th, match_of(a[0]), i);
}

Value m_expand(Thread& th, const Value* a) {
  Value re = import_module(th, "re");
  if (re.is_empty()) return Value();
  Value fn = getattr(th, re, str_intern("_expand"));
  if (fn.is_empty()) return Value();
  return call2(th, fn, a[0], a[1]);
}

Value m_self(Thread&, const Value* a) { return a[0]; }

Value m_getitem_method(Thread& th, const Value* a) { return m_getitem(th, a[0], a[1]); }

Value m_re(Thread&, Value self) { return match_of(self)->pattern; }
Value m_string(Thread&, Value self) { return match_of(self)->string; }
Value m_pos(Thread&, Value self) { return Value::from_small(match_of(self)->pos); }
Value m_endpos(Thread&, Value self) { return Value::from_small(match_of(self)->endpos); }

// The group that closed last: the greatest end, ties going to the group whose ')' comes
// later in the pattern (an enclosing group closes after the groups inside it).
int64_t last_index(PcreMatchObject* m) {
  auto* close = as<TupleObject>(as<PcreCodeObject>(m->code)->close);
  int64_t best = -1, best_end = -1, best_rank = -1;
  for (int64_t i = 1; i <= m->groups; i++) {
    if (m->spans[2 * i] < 0) continue;
    int64_t e = m->spans[2 * i + 1];
    Value r = close->items[i];
    int64_t rank = r.is_small() ? r.small() : 0;
    if (e > best_end || (e == best_end && rank > best_rank)) {
      best = i;
      best_end = e;
      best_rank = rank;
    }
  }
  return best;
}

Value m_lastindex(Thread&, Value self) {
  int64_t i = last_index(match_of(self));
  return i < 0 ? g_None : Value::from_small(i);
}

Value m_lastgroup(Thread&, Value self) {
  auto* m = match_of(self);
  int64_t i = last_index(m);
  if (i < 0) return g_None;
  return as<TupleObject>(as<PcreCodeObject>(m->code)->names)->items[i];
}

Value m_regs(Thread& th, Value self) {
  auto* m = match_of(self);
  TupleObject* t = tuple_new(th, m->groups + 1);
  for (int64_t k = 0; k <= m->groups; k++) t->items[k] = g_None;
  Root keep(th, V(t));
  for (int64_t k = 0; k <= m->groups; k++) t->items[k] = span_tuple(th, m, k);
  return V(t);
}

Value m_repr(Thread& th, Value self) {
  auto* m = match_of(self);
  Value g = group_value(th, m, 0, g_None);
  if (g.is_empty()) return Value();
  Value r = repr(th, g);
  if (r.is_empty()) return Value();
  // CPython formats the group with %.50R: its repr cut to 50 characters.
  auto* rs = as<StrObject>(r);
  std::string_view text = str_view(rs);
  if (rs->length > 50) text = text.substr(0, str_offset(rs, 50));
  char head[64];
  snprintf(head, sizeof head, "<re.Match object; span=(%lld, %lld), match=",
           static_cast<long long>(m->spans[0]), static_cast<long long>(m->spans[1]));
  std::string out(head);
  out.append(text);
  out += '>';
  return str_value(th, out);
}

Value m_repr_method(Thread& th, const Value* a) { return m_repr(th, a[0]); }

const NativeDef kMatchMethods[] = {
    {"group(self, *args)", m_group},
    {"groups(self, default=None)", m_groups},
    {"groupdict(self, default=None)", m_groupdict},
    {"start(self, group=0, /)", m_start},
    {"end(self, group=0, /)", m_end},
    {"span(self, group=0, /)", m_span},
    {"expand(self, template)", m_expand},
    {"__getitem__(self, key, /)", m_getitem_method},
    {"__repr__(self, /)", m_repr_method},
    {"__copy__(self)", m_self},
    {"__deepcopy__(self, memo, /)", m_self},
    {"__class_getitem__(cls, item, /)", container_class_getitem, NF_CLASSMETHOD},
    {},
};

const GetSetDef kMatchGetSets[] = {
    {"re", m_re},
    {"string", m_string},
    {"pos", m_pos},
    {"endpos", m_endpos},
    {"lastindex", m_lastindex},
    {"lastgroup", m_lastgroup},
    {"regs", m_regs},
    {},
};

const NativeDef kPcreFunctions[] = {
    {"compile(source, flags, groupindex, names, close, /)", compile_impl},
    {"match(code, string, pos, endpos, mode, pattern=None, original=None, mpos=0, /)",
     match_impl},
    {"scan(code, string, pos, endpos, count, pattern=None, original=None, /)", scan_impl},
    {"findall(code, string, pos, endpos, /)", findall_impl},
    {"split(code, string, maxsplit, /)", split_impl},
    {"jit(code, /)", jit_impl},
    {},
};

}  // namespace

int init_pcre_module(Thread& th, ModuleObject* m) {
  PcreCodeType->finalize = code_finalize;
  PcreCodeType->trace = code_trace;
  PcreMatchType->trace = match_trace;
  PcreMatchType->repr = m_repr;
  PcreMatchType->getitem = m_getitem;
  PcreMatchType->module = V(str_intern("re"));
  // Builtin types were finished at startup, before this module existed: add the
  // descriptors to the type's dict here (once per import of _pcre).
  Type* t = PcreMatchType;
  for (const NativeDef* d = kMatchMethods; d->sig; ++d)
    dict_set_str(th, t->dict, str_intern(native_name(d)), native_method_descr_new(th, t, d));
  for (const GetSetDef* g = kMatchGetSets; g->name; ++g)
    dict_set_str(th, t->dict, str_intern(g->name), getset_new(th, t, g));
  dict_set_str(th, t->dict, str_intern("__module__"), t->module);
  dict_set_str(th, t->dict, str_intern("__doc__"),
               V(str_intern("The result of re.match() and re.search().")));
  type_modified(th, t, nullptr);
  dict_set_str(th, m->dict, str_intern("Match"), V(PcreMatchType));
  add_native_functions(th, m->dict, kPcreFunctions, V(str_intern("_pcre")));
  dict_set_str(th, m->dict, str_intern("SEARCH"), Value::from_small(kSearch));
  dict_set_str(th, m->dict, str_intern("MATCH"), Value::from_small(kMatch));
  dict_set_str(th, m->dict, str_intern("FULLMATCH"), Value::from_small(kFullMatch));
  dict_set_str(th, m->dict, str_intern("NOTEMPTY_ATSTART"), Value::from_small(kNotEmptyAtStart));
  return 0;
}

}  // namespace taipan
