// Raising exceptions from C++ and printing them (vm/error.h).
//
// A raise sets Thread::exc. As CPython's _PyErr_SetObject does, an exception raised
// while another is being handled gets that one as its __context__ (unless it already is
// the same object, and without creating a cycle in the context chain).
//
// print_exception renders the whole report into one string first (chained exceptions,
// tracebacks with source lines and CPython 3.11's '^'/'~' position markers, the final
// "Type: message" line, SyntaxError's caret display, exception groups in CPython 3.11's nested boxes) and writes it in one go: to sys.stderr.write when sys is set up, else to the
// C stderr. Source files are read once per name and cached (under a mutex).
#include <algorithm>
#include <cctype>
#include <cinttypes>
#include <cstdint>
#include <cstdarg>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "builtins/exceptions.h"
#include "vm/abstract.h"
#include "vm/error.h"
#include "vm/function.h"
#include "vm/gc.h"
#include "vm/handles.h"
#include "vm/typeobject.h"

namespace taipan {

// ------------------------------------------------------------------ raising

// Links exc.__context__ to the exception being handled, cutting cycles as CPython does.
static void set_context(Thread& th, Value exc) {
  Value handled = th.handled_exc;
  if (handled.is_empty() || handled.is(exc) || !is_exception(exc) || !is_exception(handled))
    return;
  auto* e = as<ExceptionObject>(exc);
  if (!e->context.is_empty()) return;
  // Break a cycle: if exc appears in handled's context chain, unlink it there.
  Value o = handled;
  int guard = 0;
  while (is_exception(o) && guard++ < 10000) {
    auto* oe = as<ExceptionObject>(o);
    if (oe->context.is(exc)) {
      oe->context = Value();
      break;
    }
    o = oe->context;
  }
  e->context = handled;
}

static Value set_pending(Thread& th, Value exc) {
  set_context(th, exc);
  th.exc = exc;
  return Value();
}

Value exception_new(Thread& th, Type* type, std::string_view msg) {
  Value m = V(str_new(th, msg));
  Root keep(th, m);
  return exception_from_args(th, type, &m, 1);
}

Value raise_str(Thread& th, Type* type, std::string_view msg) {
  Value e = exception_new(th, type, msg);
  if (e.is_empty()) return e;
  return set_pending(th, e);
}

Value raise(Thread& th, Type* type, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n >= 0 && static_cast<size_t>(n) >= sizeof buf) {
    std::string big(static_cast<size_t>(n) + 1, '\0');
    va_start(ap, fmt);
    std::vsnprintf(big.data(), big.size(), fmt, ap);
    va_end(ap);
    big.resize(static_cast<size_t>(n));
    return raise_str(th, type, big);
  }
  return raise_str(th, type, std::string_view(buf, n < 0 ? 0 : static_cast<size_t>(n)));
}

Value raise_value(Thread& th, Value exc) {
  if (is_type(exc) && is_subtype(as<Type>(exc), Exc_BaseException)) {
    Value inst = call0(th, exc);
    if (inst.is_empty()) return inst;
    if (!is_exception(inst))
      return raise(th, Exc_TypeError,
                   "calling %s should have returned an instance of BaseException, not %s",
                   type_qualified_name(as<Type>(exc)).c_str(), type_name(inst));
    return set_pending(th, inst);
  }
  if (is_exception(exc)) return set_pending(th, exc);
  return raise(th, Exc_TypeError, "exceptions must derive from BaseException");
}

Value raise_args(Thread& th, Type* type, const Value* args, size_t n) {
  Value e = exception_from_args(th, type, args, n);
  if (e.is_empty()) return e;
  return set_pending(th, e);
}

Value raise_key_error(Thread& th, Value key) { return raise_args(th, Exc_KeyError, &key, 1); }

Value raise_stop_iteration(Thread& th, Value value) {
  if (value.is_empty()) return raise_args(th, Exc_StopIteration, nullptr, 0);
  return raise_args(th, Exc_StopIteration, &value, 1);
}

Value raise_no_memory(Thread& th) { return raise_args(th, Exc_MemoryError, nullptr, 0); }

bool exc_matches(Thread& th, Type* type) {
  Value e = th.exc;
  if (e.is_empty()) return false;
  return isinstance(e, type);
}

const char* type_name(Value v) { return type_of(v)->name->data; }

// ------------------------------------------------------------------ source lines

namespace {
std::mutex& g_source_mu = *new std::mutex;  // never destroyed (daemon threads at exit)
std::unordered_map<std::string, std::vector<std::string>> g_source_cache;
}  // namespace

// Line `lineno` (1-based) of file `filename`, or false when unavailable.
static bool source_line(const std::string& filename, int lineno, std::string* out) {
  if (filename.empty() || filename[0] == '<' || lineno < 1) return false;
  std::lock_guard<std::mutex> lk(g_source_mu);
  auto it = g_source_cache.find(filename);
  if (it == g_source_cache.end()) {
    std::vector<std::string> lines;
    std::ifstream in(filename, std::ios::binary);
    if (in) {
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
      }
    }
    it = g_source_cache.emplace(filename, std::move(lines)).first;
  }
  if (static_cast<size_t>(lineno) > it->second.size()) return false;
  *out = it->second[static_cast<size_t>(lineno) - 1];
  return true;
}

static std::string strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\f\v\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\f\v\r\n");
  return s.substr(b, e - b + 1);
}

// ------------------------------------------------------------------ position markers

// The marker line CPython 3.11 prints under a traceback's source line. The instruction's
// range [col, end_col) (UTF-8 bytes of `src`) gets '^'; when it lies on one line and is a
// binary operation or a subscript, the operands get '~' and only the operator (or the
// "[...]") gets '^'. Nothing when the range is the whole stripped line without anchors.
// The anchors come from a scan of the segment (CPython re-parses it): the root of an
// expression is the depth-0 binary operator of lowest precedence (rightmost of equals,
// leftmost for '**'); any depth-0 comparison, boolean operator, keyword, comma or
// assignment means "no anchors", as does a unary operator above a '**' root.
namespace {

bool ident_byte(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

struct OpScan {
  size_t pos = 0, len = 0;
  int prec = 0;
};

// Binary operator at s[i] and its precedence (0: not one we anchor).
int binop_at(std::string_view s, size_t i, size_t* len) {
  char c = s[i], n = i + 1 < s.size() ? s[i + 1] : '\0';
  *len = 1;
  if ((c == '*' || c == '/' || c == '<' || c == '>') && n == c) {
    *len = 2;
    if (i + 2 < s.size() && s[i + 2] == '=') return -1;  // augmented assignment
    return c == '*' ? 8 : c == '/' ? 6 : 4;
  }
  if (c == '<' || c == '>' || c == '=' || c == '!' || c == ',' || c == ':' || c == ';') return -1;
  if (n == '=') return -1;  // augmented assignment
  switch (c) {
    case '|': return 1;
    case '^': return 2;
    case '&': return 3;
    case '+': case '-': return 5;
    case '*': case '/': case '%': case '@': return 6;
    default: return 0;
  }
}

// Sets [*left, *right) (bytes of seg) to get '^' among '~'; false when not anchored.
bool caret_anchors(std::string_view seg, size_t* left, size_t* right) {
  static const std::unordered_set<std::string_view> kStop = {
      "and", "or", "not", "if", "else", "lambda", "in", "is", "for", "await", "yield", "async"};
  std::vector<std::pair<size_t, bool>> open;  // bracket position, group paren?
  std::vector<bool> is_group(seg.size(), false);  // ')' closing a parenthesized group
  OpScan root;
  bool prev_operand = false, unary_before_root = false, any_unary = false;
  size_t last_sub_open = std::string_view::npos, last_close = std::string_view::npos;
  size_t i = 0;
  while (i < seg.size()) {
    unsigned char c = static_cast<unsigned char>(seg[i]);
    if (c == ' ' || c == '\t' || c == '\f') {
      ++i;
      continue;
    }
    if (c == '#') return false;
    if (c == '\'' || c == '"') {
      size_t q = (i + 2 < seg.size() && seg[i + 1] == seg[i] && seg[i + 2] == seg[i]) ? 3 : 1;
      std::string_view quote = seg.substr(i, q);
      size_t j = i + q;
      while (j < seg.size() && seg.substr(j, q) != quote) j += seg[j] == '\\' ? 2 : 1;
      if (j >= seg.size()) return false;
      i = j + q;
      prev_operand = true;
      continue;
    }
    if (ident_byte(c) || (c == '.' && i + 1 < seg.size() && std::isdigit(static_cast<unsigned char>(seg[i + 1])))) {
      size_t j = i;
      bool num = std::isdigit(c) || c == '.';
      bool hex = num && i + 1 < seg.size() && c == '0' && (seg[i + 1] | 0x20) == 'x';
      while (j < seg.size() && (ident_byte(static_cast<unsigned char>(seg[j])) || (num && seg[j] == '.'))) {
        if (num && !hex && (seg[j] | 0x20) == 'e' && j + 1 < seg.size() &&
            (seg[j + 1] == '+' || seg[j + 1] == '-'))
          ++j;
        ++j;
      }
      std::string_view word = seg.substr(i, j - i);
      if (open.empty() && kStop.count(word)) return false;
      // A string prefix (r'', b"") is part of the string operand that follows.
      prev_operand = true;
      i = j;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      bool group = c == '(' && !prev_operand;
      if (open.empty() && c == '[' && prev_operand) last_sub_open = i;
      open.push_back({i, group});
      prev_operand = false;
      ++i;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (open.empty()) return false;
      if (open.back().second) is_group[i] = true;
      open.pop_back();
      if (open.empty()) last_close = i;
      prev_operand = true;
      ++i;
      continue;
    }
    if (!open.empty()) {
      ++i;
      continue;
    }
    if (c == '.') {  // attribute access: the name that follows continues the operand
      prev_operand = false;
      ++i;
      continue;
    }
    size_t len = 0;
    int prec = binop_at(seg, i, &len);
    if (prec < 0) return false;
    if (prec == 0) {
      if (c == '~' && !prev_operand) prec = 7;
      else return false;
    }
    if (!prev_operand) {  // unary + - ~
      if (c != '+' && c != '-' && c != '~') return false;
      any_unary = true;
      ++i;
      continue;
    }
    if (root.len == 0 || prec < root.prec || (prec == root.prec && prec != 8)) {
      root = {i, len, prec};
      unary_before_root = any_unary;
    }
    prev_operand = false;
    i += len;
  }
  if (!open.empty()) return false;
  if (root.len == 0) {
    if (any_unary || last_sub_open == std::string_view::npos || last_close + 1 != seg.size())
      return false;
    *left = last_sub_open;
    *right = seg.size();
    return true;
  }
  if (root.prec == 8 && unary_before_root) return false;
  // The operands' own ranges leave out the parentheses of a parenthesized operand.
  size_t left_end = root.pos;
  for (;;) {
    while (left_end > 0 && std::isspace(static_cast<unsigned char>(seg[left_end - 1]))) --left_end;
    if (left_end > 0 && is_group[left_end - 1]) --left_end;
    else break;
  }
  size_t right_start = root.pos + root.len;
  for (;;) {
    while (right_start < seg.size() && std::isspace(static_cast<unsigned char>(seg[right_start]))) ++right_start;
    if (right_start < seg.size() && seg[right_start] == '(') ++right_start;
    else break;
  }
  // As CPython 3.11's C printer (its traceback.py differs after a ')'): the first
  // character between the operands that is neither a space nor ')', two wide when
  // followed by a non-space before the right operand.
  size_t l = left_end;
  while (l < right_start && (std::isspace(static_cast<unsigned char>(seg[l])) || seg[l] == ')')) ++l;
  if (l >= right_start) return false;
  size_t r = l + 1;
  if (r < right_start && !std::isspace(static_cast<unsigned char>(seg[r]))) ++r;
  *left = l;
  *right = std::min(r, seg.size());
  return true;
}

// Characters (UTF-8 lead bytes) in s[0, n).
size_t char_count(std::string_view s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n && i < s.size(); i++)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++k;
  return k;
}

}  // namespace

// The marker line (without "\n") for source line `src` and position p, or "".
static std::string position_markers(const std::string& src, const Position& p) {
  if (p.line < 0 || p.end_line < 0 || p.col < 0 || p.end_col < 0) return "";
  std::string_view line(src);
  size_t lead_b = line.find_first_not_of(" \t\f\v\r\n");
  if (lead_b == std::string_view::npos) return "";
  size_t trail_b = line.find_last_not_of(" \t\f\v\r\n") + 1;
  size_t lead = char_count(line, lead_b);
  size_t stripped_len = char_count(line, trail_b) - lead;
  size_t cb = std::min<size_t>(static_cast<size_t>(p.col), line.size());
  size_t start = char_count(line, cb), end;
  size_t left = 0, right = 0;
  bool anchored = false;
  if (p.line == p.end_line) {
    size_t eb = std::min<size_t>(static_cast<size_t>(p.end_col), line.size());
    if (eb < cb) return "";
    end = char_count(line, eb);
    std::string_view seg = line.substr(cb, eb - cb);
    size_t lb, rb;
    if (caret_anchors(seg, &lb, &rb) && rb > lb) {
      left = char_count(seg, lb);
      right = char_count(seg, rb);
      anchored = true;
    }
  } else {
    end = lead + stripped_len;
  }
  if (end < start || start < lead) return "";
  if (end - start >= stripped_len && !anchored) return "";
  std::string m = "    " + std::string(start - lead, ' ');
  size_t width = end - start;
  for (size_t k = 0; k < width; k++) m += (anchored && (k < left || k >= right)) ? '~' : '^';
  return m;
}

// Markers for a traceback entry: its instruction's position, when the frame's code is
// known and the position starts on the printed line.
static std::string tb_markers(const TracebackObject* t, int lineno, const std::string& src) {
  if (!t->frame.is_obj() || type_of(t->frame) != FrameType) return "";
  const CodeObject* co = as<FrameObject>(t->frame)->code;
  if (!co || !co->positions || t->lasti < 0 || t->lasti >= co->ninsns) return "";
  const Position& p = co->positions[t->lasti];
  if (p.line != lineno) return "";
  return position_markers(src, p);
}

// ------------------------------------------------------------------ suggestions

// "Did you mean" for AttributeError and NameError, as CPython 3.11's
// Python/suggestions.c: the closest candidate by a Levenshtein distance where a case
// change costs 1 and any other edit 2, accepted when at most about a third of the
// characters change.
namespace {
constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::string best_suggestion(const std::vector<std::string>& names, std::string_view name) {
  if (names.size() >= kMaxCandidates) return "";
  size_t best_dist = SIZE_MAX;
  const std::string* best = nullptr;
  for (const std::string& item : names) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_dist != SIZE_MAX) max_distance = std::min(max_distance, best_dist - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (!best || d < best_dist) {
      best = &item;
      best_dist = d;
    }
  }
  return best ? *best : "";
}

void dict_key_names(DictObject* d, std::vector<std::string>* out) {
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v))
    if (is_str(k)) out->emplace_back(str_view(k));
}

// The suggestion for a pending-free AttributeError/NameError `exc`, or "".
std::string suggestion_for(Thread& th, Value exc) {
  if (!is_exception(exc)) return "";
  auto* e = as<ExceptionObject>(exc);
  Type* t = type_of(exc);
  Value name = e->extra[EX_NAME_NAME];
  if (is_subtype(t, Exc_AttributeError)) {
    Value obj = e->extra[EX_ATTR_OBJ];
    if (name.is_empty() || !is_str(name) || obj.is_empty()) return "";
    Root keep(th, exc);
    Value dir = call_special(th, obj, str_intern("__dir__"), nullptr, 0);
    if (dir.is_empty()) {
      clear_exc(th);
      return "";
    }
    Root keep_dir(th, dir);
    std::vector<std::string> names;
    Value it = get_iter(th, dir);
    if (it.is_empty()) {
      clear_exc(th);
      return "";
    }
    Root keep_it(th, it);
    for (;;) {
      Value x = iter_next(th, it);
      if (x.is_empty()) break;
      if (is_str(x)) names.emplace_back(str_view(x));
    }
    clear_exc(th);
    std::sort(names.begin(), names.end());
    return best_suggestion(names, str_view(name));
  }
  if (t == Exc_NameError) {
    std::string n;
    if (!name.is_empty() && is_str(name)) {
      n = std::string(str_view(name));
    } else {
      // The interpreter's message: "name 'x' is not defined".
      TupleObject* a = e->args;
      if (!a || a->size != 1 || !is_str(a->items[0])) return "";
      std::string_view m = str_view(a->items[0]);
      if (m.substr(0, 6) != "name '" || m.size() < 22 || m.substr(m.size() - 16) != "' is not defined")
        return "";
      n = std::string(m.substr(6, m.size() - 22));
    }
    // The innermost traceback entry's frame.
    Value tb = e->traceback, frame;
    while (tb.is_obj() && type_of(tb) == TracebackType) {
      frame = as<TracebackObject>(tb)->frame;
      tb = as<TracebackObject>(tb)->next;
    }
    if (!frame.is_obj() || type_of(frame) != FrameType) return "";
    auto* f = as<FrameObject>(frame);
    std::vector<std::string> names;
    if (f->locals.is_obj() && is_dict(f->locals)) {
      dict_key_names(reinterpret_cast<DictObject*>(f->locals.obj()), &names);
      std::string s = best_suggestion(names, n);
      if (!s.empty()) return s;
    }
    if (f->globals) {
      names.clear();
      dict_key_names(f->globals, &names);
      std::string s = best_suggestion(names, n);
      if (!s.empty()) return s;
      names.clear();
      if (DictObject* b = builtins_for_globals(th, f->globals)) dict_key_names(b, &names);
      return best_suggestion(names, n);
    }
  }
  return "";
}

}  // namespace

// ------------------------------------------------------------------ printing

namespace {

// CPython's layout for exception groups: each line of a group's report, and of every
// exception nested in it, is prefixed by an indent (two spaces per group level) and a
// "| " margin, and numbered boxes separate the nested exceptions. As CPython, at most
// kMaxGroupWidth exceptions of a group and kMaxGroupDepth levels of groups are shown.
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;
// Chained and nested exceptions deeper than this are left out (CPython's recursion limit
// plays this role).
constexpr int kMaxNesting = 200;

struct Printer {
  Thread& th;
  std::string out;
  std::unordered_set<uint64_t> seen;
  int group_depth = 0;
  bool need_close = false;  // the innermost group's closing line is still to be written
  int nesting = 0;

  std::string indent() const { return std::string(static_cast<size_t>(2 * group_depth), ' '); }
  const char* margin() const { return group_depth ? "| " : ""; }
  // Writes text (one line, ending in '\n') behind the indent and margin.
  void line(const std::string& text) {
    out += indent();
    out += margin();
    out += text;
  }

  // str(v) as text; `fallback` when str() raises.
  std::string safe_str(Value v, const char* fallback) {
    Value s = str_of(th, v);
    if (s.is_empty()) {
      clear_exc(th);
      return fallback;
    }
    return std::string(str_view(s));
  }

  void traceback(Value tb, bool group) {
    if (tb.is_empty() || is_none(tb)) return;
    std::string header_margin = margin();
    if (group && group_depth == 1) header_margin = "+ ";
    out += indent() + header_margin +
           (group ? "Exception Group Traceback (most recent call last):\n"
                  : "Traceback (most recent call last):\n");
    std::string last_file, last_name;
    int last_line = -1;
    int repeat = 0;
    auto flush_repeats = [&]() {
      if (repeat > 3) {
        int more = repeat - 3;
        line("  [Previous line repeated " + std::to_string(more) + " more time" +
             (more == 1 ? "" : "s") + "]\n");
      }
    };
    for (int guard = 0; tb.is_obj() && type_of(tb) == TracebackType && guard < 1000000; ++guard) {
      auto* t = as<TracebackObject>(tb);
      std::string file = t->filename ? std::string(str_view(t->filename)) : "<unknown>";
      std::string name = t->name ? std::string(str_view(t->name)) : "?";
      int lno = t->lineno;
      if (file == last_file && name == last_name && lno == last_line) {
        ++repeat;
      } else {
        flush_repeats();
        repeat = 1;
        last_file = file;
        last_name = name;
        last_line = lno;
      }
      if (repeat <= 3) {
        line("  File \"" + file + "\", line " + std::to_string(lno) + ", in " + name + "\n");
        std::string src;
        if (source_line(file, lno, &src)) {
          std::string s = strip(src);
          if (!s.empty()) line("    " + s + "\n");
          std::string m = tb_markers(t, lno, src);
          if (!s.empty() && !m.empty()) line(m + "\n");
        }
      }
      tb = t->next;
    }
    flush_repeats();
  }

  // The "File" line gets the margin; the source text and carets do not (as CPython).
  void syntax_error_details(ExceptionObject* e) {
    Value fn = e->extra[EX_SYNTAX_FILENAME];
    Value ln = e->extra[EX_SYNTAX_LINENO];
    int64_t lineno = 0;
    if (ln.is_empty() || !int_to_i64(ln, &lineno)) return;
    std::string file = (!fn.is_empty() && is_str(fn)) ? std::string(str_view(fn)) : "<string>";
    line("  File \"" + file + "\", line " + std::to_string(lineno) + "\n");
    Value tx = e->extra[EX_SYNTAX_TEXT];
    if (tx.is_empty() || !is_str(tx)) return;
    std::string text(str_view(tx));
    int64_t offset = 0, end_offset = -1, end_lineno = lineno;
    bool has_offset = !e->extra[EX_SYNTAX_OFFSET].is_empty() &&
                      int_to_i64(e->extra[EX_SYNTAX_OFFSET], &offset);
    if (!e->extra[EX_SYNTAX_END_OFFSET].is_empty())
      int_to_i64(e->extra[EX_SYNTAX_END_OFFSET], &end_offset);
    if (!e->extra[EX_SYNTAX_END_LINENO].is_empty())
      int_to_i64(e->extra[EX_SYNTAX_END_LINENO], &end_lineno);
    // Strip leading whitespace, shifting the offsets with it.
    size_t lead = 0;
    while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t' || text[lead] == '\f'))
      ++lead;
    std::string body = text.substr(lead);
    while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.pop_back();
    // Only the first line of multi-line text is shown.
    size_t nl = body.find('\n');
    if (nl != std::string::npos) body = body.substr(0, nl);
    out += "    " + body + "\n";
    if (!has_offset) return;
    int64_t len = static_cast<int64_t>(body.size());
    if (end_lineno > lineno) end_offset = static_cast<int64_t>(text.size()) -
                                          (!text.empty() && text.back() == '\n' ? 1 : 0);
    int64_t col = offset - 1 - static_cast<int64_t>(lead);
    int64_t end_col = end_offset - 1 - static_cast<int64_t>(lead);
    if (col < 0) return;
    if (col > len) col = len;
    if (end_col > len + 1) end_col = len + 1;
    int64_t carets = (end_offset == -1 || end_col <= col) ? 1 : end_col - col;
    out += "    " + std::string(static_cast<size_t>(col), ' ') +
           std::string(static_cast<size_t>(carets), '^') + "\n";
  }

  // One note: each of its lines behind the margin, then a newline (as CPython).
  void note(Value n) {
    Value s = is_str(n) ? n : str_of(th, n);
    if (s.is_empty()) {
      clear_exc(th);
      out += "<note str() failed>";
    } else {
      std::string_view text = str_view(s);
      size_t start = 0;
      while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        line(std::string(text.substr(start, end - start)));
        start = end;
      }
    }
    out += "\n";
  }

  void notes(Value exc) {
    static StrObject* notes_name = str_intern("__notes__");
    Value ns = getattr_opt(th, exc, notes_name);
    if (ns.is_empty()) {
      clear_exc(th);
      return;
    }
    Root keep(th, ns);
    if (is_list(ns)) {
      for (int64_t i = 0;; ++i) {
        Value n = list_get(as<ListObject>(ns), i);
        if (n.is_empty()) break;
        Root keep_n(th, n);
        note(n);
      }
      return;
    }
    // Any other sequence (a str too, as CPython) gives one note per item.
    Type* nt = type_of(ns);
    if (nt->getitem && !(nt->flags & TF_DICT_SUBCLASS)) {
      int64_t len = length(th, ns);
      for (int64_t i = 0; i < len; ++i) {
        Value n = getitem(th, ns, Value::from_small(i));
        if (n.is_empty()) break;
        Root keep_n(th, n);
        note(n);
      }
      clear_exc(th);
      return;
    }
    Value r = repr(th, ns);
    if (r.is_empty()) {
      clear_exc(th);
      line("<__notes__ repr() failed>\n");
      return;
    }
    line(std::string(str_view(r)) + "\n");
  }

  void exception_line(Value exc) {
    Type* t = type_of(exc);
    std::string stype = type_qualified_name(t);
    if (is_exception(exc) && is_subtype(t, Exc_SyntaxError)) {
      auto* e = as<ExceptionObject>(exc);
      syntax_error_details(e);
      Value msg = e->extra[EX_SYNTAX_MSG];
      std::string m = (msg.is_empty() || is_none(msg)) ? "<no detail available>"
                                                        : safe_str(msg, "<exception str() failed>");
      line(stype + ": " + m + "\n");
    } else {
      std::string s = safe_str(exc, "<exception str() failed>");
      std::string hint = suggestion_for(th, exc);
      if (!hint.empty()) s += ". Did you mean: '" + hint + "'?";
      line(s.empty() ? stype + "\n" : stype + ": " + s + "\n");
    }
    if (is_exception(exc)) notes(exc);
  }

  // One exception without its chain: traceback, then "Type: message" and notes.
  void print_one(Value exc) {
    if (is_exception(exc)) traceback(as<ExceptionObject>(exc)->traceback, is_exception_group(exc));
    exception_line(exc);
  }

  void print_chained(Value exc, const char* message) {
    bool saved = need_close;
    print_recursive(exc);
    need_close = saved;
    line("\n");
    line(message);
    line("\n");
  }

  void cause_and_context(Value exc) {
    seen.insert(exc.bits());
    if (!is_exception(exc) || nesting > kMaxNesting) return;
    auto* e = as<ExceptionObject>(exc);
    Value cause = e->cause, context = e->context;
    if (!cause.is_empty()) {
      if (is_exception(cause) && !seen.count(cause.bits()))
        print_chained(cause, "The above exception was the direct cause of the following exception:\n");
      return;
    }
    if (e->suppress_context) return;
    if (!context.is_empty() && is_exception(context) && !seen.count(context.bits()))
      print_chained(context, "During handling of the above exception, another exception occurred:\n");
  }

  void print_group(Value eg) {
    if (group_depth > kMaxGroupDepth) {
      line("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
      return;
    }
    if (group_depth == 0) group_depth = 1;
    print_one(eg);
    TupleObject* excs = exception_group_excs(eg);
    int64_t num = excs->size;
    int64_t n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
    need_close = false;
    for (int64_t i = 0; i < n; ++i) {
      bool last = i == n - 1;
      if (last) need_close = true;  // unless a nested group closes the box itself
      bool truncated = i >= kMaxGroupWidth;
      out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
             (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
      ++group_depth;
      if (!truncated) {
        print_recursive(excs->items[i]);
      } else {
        int64_t more = num - kMaxGroupWidth;
        line("and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
      }
      if (last && need_close) {
        out += indent() + "+------------------------------------\n";
        need_close = false;
      }
      --group_depth;
    }
    if (group_depth == 1) group_depth = 0;
  }

  void print_recursive(Value exc) {
    Root keep(th, exc);
    ++nesting;
    cause_and_context(exc);
    if (is_exception_group(exc))
      print_group(exc);
    else
      print_one(exc);
    --nesting;
  }
};

}  // namespace

void print_exception(Thread& th, Value exc) {
  Root keep(th, exc);
  Value saved = take_exc(th);
  Root keep_saved(th, saved);
  Printer p{th, {}, {}};
  p.print_recursive(exc);
  bool written = false;
  if (g_runtime.sys) {
    DictObject* d = g_runtime.sys->dict;
    Value err = d ? dict_get_str(d, sym::stderr) : Value();
    if (!err.is_empty() && !is_none(err)) {
      Root keep_err(th, err);
      Value s = V(str_new(th, p.out));
      Value r = call_method(th, err, sym::write, &s, 1);
      if (!r.is_empty()) {
        written = true;
        Value f = call_method(th, err, sym::flush, nullptr, 0);
        if (f.is_empty()) clear_exc(th);
      } else {
        clear_exc(th);
      }
    }
  }
  if (!written) {
    std::fflush(stdout);
    std::fwrite(p.out.data(), 1, p.out.size(), stderr);
    std::fflush(stderr);
  }
  th.exc = saved;
}

}  // namespace taipan
