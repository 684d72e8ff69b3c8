// Disassembler: renders instructions with their arguments decoded by ArgKind (from
// vm/opcodes.def), so a new opcode shows up here without edits.
#include "parser/disasm.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

#include "vm/opcodes.h"

namespace taipan {

namespace {

// repr() of a float: shortest round-trip digits, fixed notation when the decimal
// exponent is in [-4, 16), else d.ddde+XX. `dot_zero` adds ".0" to integral values
// (float repr does, the parts of a complex repr do not).
std::string float_repr(double d, bool dot_zero) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, r.ptr);
  std::string sign;
  if (s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  size_t e = s.find('e');
  int exp = std::stoi(s.substr(e + 1));
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (s[i] != '.') digits.push_back(s[i]);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exp + 1) {
      out = digits + std::string(static_cast<size_t>(exp + 1 - digits.size()), '0');
      if (dot_zero) out += ".0";
    } else {
      out = digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return sign + out;
}

std::string quote(const std::string& s, bool is_bytes) {
  bool has_sq = s.find('\'') != std::string::npos;
  bool has_dq = s.find('"') != std::string::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = is_bytes ? "b" : "";
  out.push_back(q);
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else {
      out.push_back(static_cast<char>(c));  // printable ASCII, or UTF-8 of a str
    }
  }
  out.push_back(q);
  return out;
}

std::string code_repr(const CodeUnit& c) {
  return "<code object " + c.name + ", file \"" + c.filename + "\", line " +
         std::to_string(c.firstlineno) + ">";
}

std::string arg_text(const CodeUnit& c, Op op, uint32_t arg) {
  auto at = [](const std::vector<std::string>& v, uint32_t i) {
    return i < v.size() ? v[i] : std::string("<bad index>");
  };
  switch (kOpInfo[static_cast<int>(op)].kind) {
    case ArgKind::NONE:
    case ArgKind::U:
      return {};
    case ArgKind::JUMP:
      return "to " + std::to_string(arg);
    case ArgKind::CONST:
      return arg < c.consts.size() ? const_repr(c.consts[arg]) : "<bad index>";
    case ArgKind::NAME:
      return at(c.names, arg);
    case ArgKind::LOCAL:
      return at(c.varnames, arg);
    case ArgKind::DEREF:
      return arg < c.cellvars.size() ? c.cellvars[arg] : at(c.freevars, arg - c.cellvars.size());
    case ArgKind::CMP:
      return arg < static_cast<uint32_t>(CmpOp::COUNT_) ? kCmpOpInfo[arg].symbol : "?";
    case ArgKind::BINOP: {
      bool inplace = arg >= kInplaceOffset;
      uint32_t b = inplace ? arg - kInplaceOffset : arg;
      if (b >= static_cast<uint32_t>(BinOp::COUNT_)) return "?";
      return std::string(kBinOpInfo[b].symbol) + (inplace ? "=" : "");
    }
  }
  return {};
}

void disassemble_one(const CodeUnit& c, std::string& out) {
  out += "Disassembly of <code " + c.name + ", file \"" + c.filename + "\", line " +
         std::to_string(c.firstlineno) + ">:\n";
  std::set<uint32_t> targets;
  for (const ExcEntry& e : c.exctable) targets.insert(e.target);
  {
    uint32_t ext = 0;
    for (uint32_t w : c.code) {
      Op op = insn_op(w);
      uint32_t arg = (ext << 24) | insn_arg(w);
      ext = op == Op::EXTENDED_ARG ? arg : 0;
      if (static_cast<int>(op) < static_cast<int>(Op::COUNT_) &&
          kOpInfo[static_cast<int>(op)].kind == ArgKind::JUMP)
        targets.insert(arg);
    }
  }
  int last_line = -2;
  uint32_t ext = 0;
  char buf[256];
  for (size_t i = 0; i < c.code.size(); ++i) {
    uint32_t w = c.code[i];
    Op op = insn_op(w);
    uint32_t arg = (ext << 24) | insn_arg(w);
    ext = op == Op::EXTENDED_ARG ? arg : 0;
    int line = i < c.positions.size() ? c.positions[i].line : -1;
    std::string linecol = "    ";
    if (line != last_line) {
      if (last_line != -2) out += "\n";
      linecol = line >= 0 ? std::to_string(line) : "--";
      while (linecol.size() < 4) linecol.insert(linecol.begin(), ' ');
      last_line = line;
    }
    if (static_cast<int>(op) >= static_cast<int>(Op::COUNT_)) {
      std::snprintf(buf, sizeof buf, "%s  %s%5zu <bad opcode %u>\n", linecol.c_str(),
                    targets.count(static_cast<uint32_t>(i)) ? ">>" : "  ", i, w & 0xff);
      out += buf;
      continue;
    }
    const OpInfo& info = kOpInfo[static_cast<int>(op)];
    std::snprintf(buf, sizeof buf, "%s  %s%5zu %-24s", linecol.c_str(),
                  targets.count(static_cast<uint32_t>(i)) ? ">>" : "  ", i, info.name);
    std::string ln = buf;
    if (info.kind != ArgKind::NONE || arg != 0) {
      std::snprintf(buf, sizeof buf, " %5u", arg);
      ln += buf;
      std::string t = arg_text(c, op, arg);
      if (!t.empty()) ln += " (" + t + ")";
    }
    while (!ln.empty() && ln.back() == ' ') ln.pop_back();
    out += ln + "\n";
  }
  if (!c.exctable.empty()) {
    out += "ExceptionTable:\n";
    for (const ExcEntry& e : c.exctable) {
      // The end is shown inclusive, as CPython 3.11's dis does.
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end - 1) + " -> " +
             std::to_string(e.target) + " [" + std::to_string(e.depth) + "]" +
             (e.lasti ? " lasti" : "") + "\n";
    }
  }
}

void disassemble_rec(const CodeUnit& c, std::string& out) {
  disassemble_one(c, out);
  for (const Const& k : c.consts)
    if (auto* p = std::get_if<std::shared_ptr<const CodeUnit>>(&k.v)) {
      out += "\n";
      disassemble_rec(**p, out);
    }
}

}  // namespace

std::string const_repr(const Const& c) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, Const::None>) {
          return "None";
        } else if constexpr (std::is_same_v<T, Const::Ellipsis>) {
          return "Ellipsis";
        } else if constexpr (std::is_same_v<T, bool>) {
          return x ? "True" : "False";
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return std::to_string(x);
        } else if constexpr (std::is_same_v<T, Const::BigInt>) {
          return x.decimal;
        } else if constexpr (std::is_same_v<T, double>) {
          return float_repr(x, true);
        } else if constexpr (std::is_same_v<T, Const::Complex>) {
          if (x.real == 0 && !std::signbit(x.real)) return float_repr(x.imag, false) + "j";
          std::string im = float_repr(x.imag, false);
          if (im[0] != '-') im = "+" + im;
          return "(" + float_repr(x.real, false) + im + "j)";
        } else if constexpr (std::is_same_v<T, Const::Str>) {
          return quote(x, false);
        } else if constexpr (std::is_same_v<T, Const::Bytes>) {
          return quote(x.data, true);
        } else if constexpr (std::is_same_v<T, Const::Tuple>) {
          std::string s = "(";
          for (size_t i = 0; i < x.items.size(); ++i) {
            if (i) s += ", ";
            s += const_repr(x.items[i]);
          }
          if (x.items.size() == 1) s += ",";
          return s + ")";
        } else if constexpr (std::is_same_v<T, Const::FrozenSet>) {
          if (x.items.empty()) return "frozenset()";
          std::string s = "frozenset({";
          for (size_t i = 0; i < x.items.size(); ++i) {
            if (i) s += ", ";
            s += const_repr(x.items[i]);
          }
          return s + "})";
        } else {
          return x ? code_repr(*x) : "<code object ?>";
        }
      },
      c.v);
}

std::string disassemble(const CodeUnit& code) {
  std::string out;
  disassemble_rec(code, out);
  return out;
}

}  // namespace taipan
