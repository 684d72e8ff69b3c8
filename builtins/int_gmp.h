// GMP plumbing shared by the number files (int*.cpp, float.cpp, complex.cpp,
// format_spec.cpp); nothing outside builtins/ includes it.
//
// A BigIntObject's mpz is read-only and its limbs are stored inline, after the type's
// basicsize (builtins/numbers.h). Reading any int as an mpz goes through MpzView, which
// for small values points at a limb on the C++ stack: no allocation. Results computed
// into a stack mpz_t go back through int_from_mpz, which returns a small Value when the
// result fits (the invariant of vm/value.h) and copies the limbs into a new object
// otherwise.
#pragma once
#include <gmp.h>

#include "builtins/numbers.h"

namespace taipan {

static_assert(sizeof(__mpz_struct) <= sizeof(BigIntObject::mpz), "mpz_t must fit BigIntObject::mpz");
static_assert(sizeof(mp_limb_t) == 8);

inline mpz_srcptr bigint_mpz(const Object* o) {
  return reinterpret_cast<mpz_srcptr>(static_cast<const BigIntObject*>(o)->mpz);
}

// Read-only view of any int (small, BigInt, bool, subclass) as an mpz.
class MpzView {
 public:
  explicit MpzView(Value v) {
    if (v.is_small()) {
      int64_t i = v.small();
      limb_ = static_cast<mp_limb_t>(i < 0 ? -static_cast<uint64_t>(i) : static_cast<uint64_t>(i));
      tmp_._mp_alloc = 1;
      tmp_._mp_size = i == 0 ? 0 : (i < 0 ? -1 : 1);
      tmp_._mp_d = &limb_;
      p_ = &tmp_;
    } else {
      p_ = bigint_mpz(v.obj());
    }
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  mpz_srcptr get() const { return p_; }
  operator mpz_srcptr() const { return p_; }

 private:
  __mpz_struct tmp_;
  mp_limb_t limb_;
  mpz_srcptr p_;
};

// An mpz_t on the C++ stack, cleared at scope exit.
class Mpz {
 public:
  Mpz() { mpz_init(z_); }
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return z_; }
  operator mpz_ptr() { return z_; }
  operator mpz_srcptr() const { return z_; }

 private:
  mpz_t z_;
};

// The int with z's value: small when it fits, else a new BigIntObject of IntType.
Value int_from_mpz(Thread& th, mpz_srcptr z);
// An instance of `type` (int, bool or an int subclass) holding z's value, always an
// object (subclass instances are objects even for small values).
BigIntObject* bigint_new(Thread& th, Type* type, mpz_srcptr z);

// An int as int64 when it holds a value in the small range (small Values, bools,
// small-valued subclass instances). The fast paths of every int slot start here.
inline bool int_small_value(Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small();
    return true;
  }
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  if (t == IntType || !(t->flags & TF_INT_SUBCLASS)) return false;  // exact ints: big by invariant
  mpz_srcptr z = bigint_mpz(v.obj());
  int sz = z->_mp_size;
  if (sz == 0) {
    *out = 0;
    return true;
  }
  if (sz > 1 || sz < -1 || z->_mp_d[0] > static_cast<mp_limb_t>(Value::kSmallMax)) return false;
  int64_t m = static_cast<int64_t>(z->_mp_d[0]);
  *out = sz < 0 ? -m : m;
  return true;
}

// a/b correctly rounded to a double (round-half-even), for b > 0. *overflow set (and
// the result is +-inf) when it does not fit.
double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool* overflow);
// d (finite) as an exact integer mantissa and binary exponent: d == m * 2**e.
void double_to_mpz_exp(double d, mpz_ptr m, int64_t* e);


}  // namespace taipan
