// Enums generated from vm/opcodes.def, vm/binops.def and vm/cmpops.def.
#pragma once
#include <cstdint>

namespace taipan {

enum class Op : uint8_t {
#define OP(name, kind) name,
#include "vm/opcodes.def"
#undef OP
  COUNT_
};

enum class ArgKind : uint8_t { NONE, U, JUMP, CONST, NAME, LOCAL, DEREF, CMP, BINOP };

struct OpInfo {
  const char* name;
  ArgKind kind;
};

inline constexpr OpInfo kOpInfo[] = {
#define OP(name, kind) {#name, ArgKind::kind},
#include "vm/opcodes.def"
#undef OP
};

enum class BinOp : uint8_t {
#define BINOP(name, sym, dunder, rdunder) name,
#include "vm/binops.def"
#undef BINOP
  COUNT_
};
// BINARY_OP's argument for `a op= b` is the BinOp plus this offset.
inline constexpr uint32_t kInplaceOffset = static_cast<uint32_t>(BinOp::COUNT_);

struct BinOpInfo {
  const char* symbol;
  const char* dunder;
  const char* rdunder;
};
inline constexpr BinOpInfo kBinOpInfo[] = {
#define BINOP(name, sym, dunder, rdunder) {sym, dunder, rdunder},
#include "vm/binops.def"
#undef BINOP
};

enum class CmpOp : uint8_t {
#define CMPOP(name, sym, dunder, refl) name,
#include "vm/cmpops.def"
#undef CMPOP
  COUNT_
};
struct CmpOpInfo {
  const char* symbol;
  const char* dunder;
  CmpOp reflected;
};
inline constexpr CmpOpInfo kCmpOpInfo[] = {
#define CMPOP(name, sym, dunder, refl) {sym, dunder, CmpOp::refl},
#include "vm/cmpops.def"
#undef CMPOP
};

// Instruction word: opcode in the low 8 bits, argument in the high 24.
inline constexpr uint32_t make_insn(Op op, uint32_t arg) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
inline constexpr Op insn_op(uint32_t w) { return static_cast<Op>(w & 0xff); }
inline constexpr uint32_t insn_arg(uint32_t w) { return w >> 8; }
inline constexpr uint32_t kMaxInsnArg = (1u << 24) - 1;

}  // namespace taipan
