// Statements, including the exception-handling shapes of CPython 3.11 (zero-cost
// exceptions: protected ranges in the exception table, see code_builder.h).
//
// try/except:                           try/finally:
//     <push handler H>                      <push handler F>
//     body                                  body
//     <pop>; orelse; JUMP end               <pop>; finalbody; JUMP exit
//  H: [exc] <push cleanup C, lasti>      F: [exc] <push cleanup C, lasti>
//     PUSH_EXC_INFO     [prev exc]          PUSH_EXC_INFO; finalbody; RERAISE 0
//     <type>; CHECK_EXC_MATCH;           C: COPY 3; POP_EXCEPT; RERAISE 1
//     POP_JUMP_IF_FALSE next             exit:
//     STORE name (or POP_TOP)
//     <push cleanup N, lasti>  (only with `as name`)
//     handler body
//     <pop N>; <pop C>; POP_EXCEPT; name = None; del name; JUMP end
//  N: name = None; del name; RERAISE 1
//  next: ... RERAISE 0
//  C: COPY 3; POP_EXCEPT; RERAISE 1
//  end:
//
// with a as b:
//     <a>; BEFORE_WITH [exit res]; <push handler W, lasti, depth-1>; STORE b
//     body
//     <pop>; LOAD_CONST None x3; CALL 2; POP_TOP; JUMP exit    (exit(None, None, None))
//  W: [exit lasti exc] <push cleanup C, lasti>; PUSH_EXC_INFO; WITH_EXCEPT_START;
//     POP_JUMP_IF_TRUE suppress; COPY 3; SWAP 2; RERAISE 1
//  suppress: POP_TOP; <pop C>; POP_EXCEPT; POP_TOP; POP_TOP; JUMP exit
//  C: COPY 3; POP_EXCEPT; RERAISE 1
//  exit:
// (CPython's RERAISE 2 is written COPY 3; SWAP 2; RERAISE 1 since RERAISE's doc line
// only defines arguments 0 and 1.)
#include <algorithm>

#include "parser/compile_internal.h"

namespace taipan::detail {

using namespace ast;

bool Compiler::find_ann(const StmtList& body) {
  for (auto& s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign:
        return true;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = static_cast<const ForBase&>(*s);
        if (find_ann(f.body) || find_ann(f.orelse)) return true;
        break;
      }
      case StmtKind::While:
        if (find_ann(s->as<While>().body) || find_ann(s->as<While>().orelse)) return true;
        break;
      case StmtKind::If:
        if (find_ann(s->as<If>().body) || find_ann(s->as<If>().orelse)) return true;
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (find_ann(static_cast<const WithBase&>(*s).body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto& t = static_cast<const TryBase&>(*s);
        if (find_ann(t.body) || find_ann(t.orelse) || find_ann(t.finalbody)) return true;
        for (auto& h : t.handlers)
          if (find_ann(h.body)) return true;
        break;
      }
      case StmtKind::Match:
        for (auto& c : s->as<Match>().cases)
          if (find_ann(c.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

// Module and class bodies: SETUP_ANNOTATIONS if needed, __doc__, then the statements.
void Compiler::body_with_docstring(const StmtList& body) {
  if (find_ann(body)) emit(Op::SETUP_ANNOTATIONS);
  size_t i = 0;
  if (const std::string* doc = get_docstring(body)) {
    PosScope p(*this, *body[0]);
    load_str(*doc);
    nameop("__doc__", NameCtx::Store);
    i = 1;
  }
  for (; i < body.size(); ++i) stmt(*body[i]);
}

void Compiler::stmt(const Stmt& s) {
  PosScope p(*this, s);
  switch (s.kind) {
    case StmtKind::FunctionDef:
      function_def(s.as<FunctionDef>());
      return;
    case StmtKind::ClassDef:
      class_def(s.as<ClassDef>());
      return;
    case StmtKind::Return:
      return_stmt(s.as<Return>());
      return;
    case StmtKind::Delete:
      for (auto& t : s.as<Delete>().targets) del(*t);
      return;
    case StmtKind::Assign: {
      auto& a = s.as<Assign>();
      expr(*a.value);
      for (size_t i = 0; i < a.targets.size(); ++i) {
        if (i + 1 < a.targets.size()) emit(Op::COPY, 1);
        store(*a.targets[i]);
      }
      return;
    }
    case StmtKind::AugAssign:
      aug_assign(s.as<AugAssign>());
      return;
    case StmtKind::AnnAssign:
      ann_assign(s.as<AnnAssign>());
      return;
    case StmtKind::For:
      for_stmt(s.as<For>());
      return;
    case StmtKind::While:
      while_stmt(s.as<While>());
      return;
    case StmtKind::If:
      if_stmt(s.as<If>());
      return;
    case StmtKind::With:
      with_stmt(s.as<With>(), 0, false);
      return;
    case StmtKind::Raise:
      raise_stmt(s.as<Raise>());
      return;
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto& t = static_cast<const TryBase&>(s);
      if (!t.finalbody.empty())
        try_finally(t);
      else
        try_except(t);
      return;
    }
    case StmtKind::Assert:
      assert_stmt(s.as<Assert>());
      return;
    case StmtKind::Import:
      import(s.as<Import>());
      return;
    case StmtKind::ImportFrom:
      import_from(s.as<ImportFrom>());
      return;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
      return;
    case StmtKind::Expr: {
      const Expr& v = *s.as<ExprStmt>().value;
      if (is_interactive_top()) {
        expr(v);
        emit(Op::PRINT_EXPR);
        return;
      }
      if (v.is<Constant>()) return;  // docstring-like statements do nothing
      expr(v);
      emit(Op::POP_TOP);
      return;
    }
    case StmtKind::Break:
      break_continue(s, true);
      return;
    case StmtKind::Continue:
      break_continue(s, false);
      return;
    case StmtKind::AsyncFunctionDef:
      function_def(s.as<AsyncFunctionDef>());
      return;
    case StmtKind::AsyncFor:
      if (!in_coroutine()) error("'async for' outside async function", s);
      async_for_stmt(s.as<AsyncFor>());
      return;
    case StmtKind::AsyncWith:
      if (!in_coroutine()) error("'async with' outside async function", s);
      with_stmt(s.as<AsyncWith>(), 0, true);
      return;
    case StmtKind::Match:
      match_stmt(s.as<Match>());
      return;
  }
}

// ---- simple statements ----

void Compiler::aug_assign(const AugAssign& s) {
  uint32_t op = static_cast<uint32_t>(binop_of(s.op)) + kInplaceOffset;
  const Expr& t = *s.target;
  switch (t.kind) {
    case ExprKind::Name: {
      PosScope p(*this, t);
      nameop(t.as<Name>().id, NameCtx::Load);
      expr(*s.value);
      PosScope ps(*this, s);
      emit(Op::BINARY_OP, op);
      PosScope pt(*this, t);
      nameop(t.as<Name>().id, NameCtx::Store);
      return;
    }
    case ExprKind::Attribute: {
      auto& a = t.as<Attribute>();
      expr(*a.value);
      {
        PosScope p(*this, t);
        emit(Op::COPY, 1);
        emit(Op::LOAD_ATTR, name_arg(a.attr));
      }
      expr(*s.value);
      emit(Op::BINARY_OP, op);
      PosScope p(*this, t);
      emit(Op::SWAP, 2);
      emit(Op::STORE_ATTR, name_arg(a.attr));
      return;
    }
    case ExprKind::Subscript: {
      auto& sub = t.as<Subscript>();
      expr(*sub.value);
      subscript_slice(*sub.slice);
      {
        PosScope p(*this, t);
        emit(Op::COPY, 2);
        emit(Op::COPY, 2);
        emit(Op::BINARY_SUBSCR);
      }
      expr(*s.value);
      emit(Op::BINARY_OP, op);
      PosScope p(*this, t);
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
      return;
    }
    default:
      error("'" + std::string(kind_name(t.kind)) + "' is an illegal expression for augmented assignment", t);
  }
}

void Compiler::ann_assign(const AnnAssign& s) {
  const Expr& t = *s.target;
  bool module_or_class = u().kind == UnitKind::Module || u().kind == UnitKind::Class;
  if (s.value) {
    expr(*s.value);
    store(t);
  }
  if (t.is<Name>()) {
    // Annotations of simple names are recorded at module and class level only.
    if (s.simple && module_or_class) {
      annotation_value(*s.annotation);
      nameop("__annotations__", NameCtx::Load);
      load_str(mangled(t.as<Name>().id));
      emit(Op::STORE_SUBSCR);
    }
    return;
  }
  // Complex targets: without a value, still evaluate the target's parts (as CPython).
  if (!s.value) {
    if (t.is<Attribute>()) {
      expr(*t.as<Attribute>().value);
      emit(Op::POP_TOP);
    } else if (t.is<Subscript>()) {
      expr(*t.as<Subscript>().value);
      emit(Op::POP_TOP);
      expr(*t.as<Subscript>().slice);
      emit(Op::POP_TOP);
    }
  }
  if (module_or_class && !future_.annotations) {
    expr(*s.annotation);
    emit(Op::POP_TOP);
  }
}

void Compiler::assert_stmt(const Assert& s) {
  if (s.test->is<Tuple>() && !s.test->as<Tuple>().elts.empty())
    warn("assertion is always true, perhaps remove parentheses?", s);
  Label end = new_label();
  jump_if(*s.test, end, true);
  if (s.msg) {
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_ASSERTION_ERROR);
    expr(*s.msg);
    emit(Op::CALL, 1);
  } else {
    emit(Op::LOAD_ASSERTION_ERROR);
  }
  emit(Op::RAISE_VARARGS, 1);
  bind(end);
}

void Compiler::raise_stmt(const Raise& s) {
  uint32_t n = 0;
  if (s.exc) {
    expr(*s.exc);
    ++n;
    if (s.cause) {
      expr(*s.cause);
      ++n;
    }
  }
  emit(Op::RAISE_VARARGS, n);
}

void Compiler::import(const Import& s) {
  for (const Alias& a : s.names) {
    PosScope p(*this, a);
    load_const(Const{int64_t{0}});
    load_none();
    emit(Op::IMPORT_NAME, name_arg(a.name));
    if (!a.asname.empty()) {
      size_t dot = a.name.find('.');
      if (dot != std::string::npos) {
        // import a.b.c as d: walk down the attributes of the top-level package.
        size_t pos = dot + 1;
        for (;;) {
          size_t next = a.name.find('.', pos);
          std::string attr = a.name.substr(pos, next == std::string::npos ? next : next - pos);
          emit(Op::IMPORT_FROM, name_arg(attr));
          if (next == std::string::npos) break;
          emit(Op::SWAP, 2);
          emit(Op::POP_TOP);
          pos = next + 1;
        }
        nameop(a.asname, NameCtx::Store);
        emit(Op::POP_TOP);
      } else {
        nameop(a.asname, NameCtx::Store);
      }
    } else {
      nameop(a.name.substr(0, a.name.find('.')), NameCtx::Store);
    }
  }
}

void Compiler::import_from(const ImportFrom& s) {
  if (s.module == "__future__" &&
      std::find(future_stmts.begin(), future_stmts.end(), &s) == future_stmts.end())
    error("from __future__ imports must occur at the beginning of the file", s);
  load_const(Const{int64_t{s.level}});
  Const::Tuple names;
  for (const Alias& a : s.names) names.items.push_back(Const{a.name});
  load_const(Const{std::move(names)});
  emit(Op::IMPORT_NAME, name_arg(s.module));
  for (const Alias& a : s.names) {
    PosScope p(*this, a);
    if (a.name == "*") {
      if (u().kind != UnitKind::Module) error("import * only allowed at module level", s);
      emit(Op::IMPORT_STAR);
      return;
    }
    emit(Op::IMPORT_FROM, name_arg(a.name));
    nameop(a.asname.empty() ? a.name : a.asname, NameCtx::Store);
  }
  emit(Op::POP_TOP);
}

// ---- control flow ----

static bool constant_truth(const Expr& e, bool& value) {
  if (!e.is<Constant>()) return false;
  const auto& v = e.as<Constant>().value.v;
  if (auto* b = std::get_if<bool>(&v)) value = *b;
  else if (auto* i = std::get_if<int64_t>(&v)) value = *i != 0;
  else if (std::holds_alternative<ConstValue::None>(v)) value = false;
  else if (auto* s = std::get_if<std::string>(&v)) value = !s->empty();
  else return false;
  return true;
}

void Compiler::if_stmt(const If& s) {
  Label end = new_label();
  Label next = s.orelse.empty() ? end : new_label();
  jump_if(*s.test, next, false);
  stmts(s.body);
  if (!s.orelse.empty()) {
    emit_jump(Op::JUMP_FORWARD, end);
    bind(next);
    stmts(s.orelse);
  }
  bind(end);
}

void Compiler::while_stmt(const While& w) {
  Label start = new_label(), anchor = new_label(), end = new_label();
  bool truth = false;
  bool is_const = constant_truth(*w.test, truth);
  bind(start);
  if (!is_const) jump_if(*w.test, anchor, false);
  else if (!truth) emit_jump(Op::JUMP_FORWARD, anchor);
  u().fblocks.push_back(FBlock{FBlockKind::WhileLoop, start, end, nullptr, {}});
  stmts(w.body);
  u().fblocks.pop_back();
  emit_jump(Op::JUMP_BACKWARD, start);
  bind(anchor);
  stmts(w.orelse);
  bind(end);
}

void Compiler::for_stmt(const For& f) {
  Label start = new_label(), cleanup = new_label(), end = new_label();
  expr(*f.iter);
  emit(Op::GET_ITER);
  bind(start);
  {
    PosScope p(*this, *f.iter);
    emit_jump(Op::FOR_ITER, cleanup);
  }
  store(*f.target);
  u().fblocks.push_back(FBlock{FBlockKind::ForLoop, start, end, nullptr, {}});
  stmts(f.body);
  u().fblocks.pop_back();
  emit_jump(Op::JUMP_BACKWARD, start);
  bind(cleanup);
  stmts(f.orelse);
  bind(end);
}

// async for: __anext__() is awaited under a handler; its StopAsyncIteration ends the
// loop (END_ASYNC_FOR), anything else propagates.
void Compiler::async_for_stmt(const AsyncFor& f) {
  Label start = new_label(), except = new_label(), end = new_label();
  expr(*f.iter);
  emit(Op::GET_AITER);
  bind(start);
  b().push_handler(except, false);
  {
    PosScope p(*this, *f.iter);
    emit(Op::GET_ANEXT);
    yield_from_loop();
  }
  b().pop_handler();
  store(*f.target);
  u().fblocks.push_back(FBlock{FBlockKind::ForLoop, start, end, nullptr, {}});
  stmts(f.body);
  u().fblocks.pop_back();
  emit_jump(Op::JUMP_BACKWARD, start);
  bind(except);
  emit(Op::END_ASYNC_FOR);  // [aiter exc] -> []
  stmts(f.orelse);
  bind(end);
}

void Compiler::call_exit_with_nones() {
  load_none();
  load_none();
  load_none();
  emit(Op::CALL, 2);  // [exit None None None]: exit(None, None, None), see CALL
}

void Compiler::pop_except_and_reraise() {
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
}

// Undoes one frame block on the way out of it (break, continue, return). With
// preserve_tos the value on top of the stack (a return value) is kept above whatever
// is removed.
void Compiler::unwind_fblock(const FBlock& fb, bool preserve_tos) {
  switch (fb.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:  // unreachable: unwind_fblock_stack refuses it
      return;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // the iterator
      return;
    case FBlockKind::TryExcept:
      b().pop_handler();
      return;
    case FBlockKind::FinallyTry:
      b().pop_handler();
      if (preserve_tos) u().fblocks.push_back(FBlock{FBlockKind::PopValue, {}, {}, nullptr, {}});
      stmts(*fb.finalbody);
      if (preserve_tos) u().fblocks.pop_back();
      return;
    case FBlockKind::FinallyEnd:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // exc
      if (preserve_tos) emit(Op::SWAP, 2);
      b().pop_handler();
      emit(Op::POP_EXCEPT);
      return;
    case FBlockKind::With:
      b().pop_handler();
      if (preserve_tos) emit(Op::SWAP, 2);
      call_exit_with_nones();
      if (fb.is_async) await_value(2);
      emit(Op::POP_TOP);
      return;
    case FBlockKind::HandlerCleanup:
      if (!fb.name.empty()) b().pop_handler();
      if (preserve_tos) emit(Op::SWAP, 2);
      b().pop_handler();
      emit(Op::POP_EXCEPT);
      if (!fb.name.empty()) {
        load_none();
        nameop(fb.name, NameCtx::Store);
        nameop(fb.name, NameCtx::Del);
      }
      return;
    case FBlockKind::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
  }
}

// Unwinds frame blocks from the innermost out, stopping at the innermost loop when
// `loop` is given (and storing it there).
void Compiler::unwind_fblock_stack(bool preserve_tos, std::optional<FBlock>* loop,
                                   const Loc& where) {
  auto& fbs = u().fblocks;
  if (fbs.empty()) return;
  FBlock top = fbs.back();
  if (top.kind == FBlockKind::ExceptionGroupHandler)
    error("'break', 'continue' and 'return' cannot appear in an except* block", where);
  if (loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
    *loop = top;
    return;
  }
  fbs.pop_back();
  unwind_fblock(top, preserve_tos);
  // CPython 3.11 leaves the location unset after a with-exit call or a finally body
  // emitted here, so an error found further out has no position (line -1).
  static const Loc kNoLoc{-1, -1, -1, -1};
  bool lost = top.kind == FBlockKind::With || top.kind == FBlockKind::FinallyTry;
  unwind_fblock_stack(preserve_tos, loop, lost ? kNoLoc : where);
  u().fblocks.push_back(top);
}

void Compiler::return_stmt(const Return& r) {
  if (u().kind != UnitKind::Function && u().kind != UnitKind::Lambda)
    error("'return' outside function", r);
  if (r.value && (u().code->flags & CO_ASYNC_GENERATOR))
    error("'return' with value in async generator", r);
  bool preserve_tos = r.value && !r.value->is<Constant>();
  if (preserve_tos) expr(*r.value);
  auto saved = b().handler_stack();
  // As CPython, a constant value on the statement's line locates errors, else the statement.
  const Loc& where = r.value && !preserve_tos && r.value->lineno == r.lineno
                         ? static_cast<const Loc&>(*r.value)
                         : static_cast<const Loc&>(r);
  unwind_fblock_stack(preserve_tos, nullptr, where);
  if (!r.value)
    load_none();
  else if (!preserve_tos)
    expr(*r.value);
  emit(Op::RETURN_VALUE);
  b().set_handler_stack(std::move(saved));
}

void Compiler::break_continue(const Stmt& s, bool is_break) {
  auto saved = b().handler_stack();
  std::optional<FBlock> loop;
  unwind_fblock_stack(false, &loop, s);
  if (!loop) error(is_break ? "'break' outside loop" : "'continue' not properly in loop", s);
  if (is_break) {
    unwind_fblock(*loop, false);
    emit_jump(Op::JUMP_FORWARD, loop->exit);
  } else {
    emit_jump(Op::JUMP_BACKWARD, loop->start);
  }
  b().set_handler_stack(std::move(saved));
}

// ---- exceptions ----

void Compiler::try_finally(const TryBase& t) {
  Label end = new_label(), cleanup = new_label(), exit = new_label();
  b().push_handler(end, false);
  u().fblocks.push_back(FBlock{FBlockKind::FinallyTry, {}, {}, &t.finalbody, {}});
  if (!t.handlers.empty())
    try_except(t);
  else
    stmts(t.body);
  u().fblocks.pop_back();
  b().pop_handler();
  stmts(t.finalbody);
  emit_jump(Op::JUMP_FORWARD, exit);

  // Exceptional path: [exc]
  bind(end);
  b().push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  u().fblocks.push_back(FBlock{FBlockKind::FinallyEnd, {}, {}, nullptr, {}});
  stmts(t.finalbody);
  u().fblocks.pop_back();
  emit(Op::RERAISE, 0);
  b().pop_handler();
  bind(cleanup);
  pop_except_and_reraise();
  bind(exit);
}

void Compiler::try_except(const TryBase& t) {
  if (t.kind == StmtKind::TryStar) {
    try_star_except(t);
    return;
  }
  Label except = new_label(), cleanup = new_label(), end = new_label();
  b().push_handler(except, false);
  u().fblocks.push_back(FBlock{FBlockKind::TryExcept, {}, {}, nullptr, {}});
  stmts(t.body);
  u().fblocks.pop_back();
  b().pop_handler();
  stmts(t.orelse);
  emit_jump(Op::JUMP_FORWARD, end);

  // [exc]
  bind(except);
  b().push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);  // [prev_exc exc]
  u().fblocks.push_back(FBlock{FBlockKind::ExceptionHandler, {}, {}, nullptr, {}});
  for (size_t i = 0; i < t.handlers.size(); ++i) {
    const ExceptHandler& h = t.handlers[i];
    PosScope p(*this, h);
    if (!h.type && i + 1 < t.handlers.size()) error("default 'except:' must be last", h);
    Label next = new_label();
    if (h.type) {
      expr(*h.type);
      emit(Op::CHECK_EXC_MATCH);  // [prev_exc exc bool]
      emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    auto saved = b().handler_stack();
    if (!h.name.empty()) {
      nameop(h.name, NameCtx::Store);  // [prev_exc]
      Label cleanup_end = new_label();
      b().push_handler(cleanup_end, true);
      u().fblocks.push_back(FBlock{FBlockKind::HandlerCleanup, {}, {}, nullptr, h.name});
      stmts(h.body);
      u().fblocks.pop_back();
      b().pop_handler();
      b().pop_handler();
      emit(Op::POP_EXCEPT);
      load_none();
      nameop(h.name, NameCtx::Store);
      nameop(h.name, NameCtx::Del);
      emit_jump(Op::JUMP_FORWARD, end);
      b().set_handler_stack(saved);
      // An exception in the handler body: [prev_exc lasti exc2]; clear the name, re-raise.
      bind(cleanup_end);
      load_none();
      nameop(h.name, NameCtx::Store);
      nameop(h.name, NameCtx::Del);
      emit(Op::RERAISE, 1);
    } else {
      emit(Op::POP_TOP);  // [prev_exc]
      u().fblocks.push_back(FBlock{FBlockKind::HandlerCleanup, {}, {}, nullptr, {}});
      stmts(h.body);
      u().fblocks.pop_back();
      b().pop_handler();
      emit(Op::POP_EXCEPT);
      emit_jump(Op::JUMP_FORWARD, end);
      b().set_handler_stack(saved);
    }
    bind(next);
  }
  u().fblocks.pop_back();
  emit(Op::RERAISE, 0);  // no clause matched: [prev_exc exc]
  b().pop_handler();
  bind(cleanup);
  pop_except_and_reraise();
  bind(end);
}

// try/except* (CPython 3.11's shape). The clauses work on [prev_exc orig res rest]:
// orig is the exception caught, rest its part not matched so far, res the list of what
// the clauses raised (a bare `raise` re-raises the clause's match). Each clause's match
// is split off rest by CHECK_EG_MATCH; every clause whose type matches runs. At the end
// rest joins res and PREP_RERAISE_STAR makes the one exception to raise, if any.
//
//     <push handler H> body <pop>; orelse; JUMP end
//  H: [exc] <push cleanup C, lasti>; PUSH_EXC_INFO; BUILD_LIST 0; COPY 2
//     for each clause:
//       <type>; CHECK_EG_MATCH [.. rest match]; COPY 1; POP_JUMP_IF_NONE no_match
//       STORE name (or POP_TOP); <push cleanup E, lasti>; handler body; <pop E>
//       name = None; del name; JUMP next
//    E: [.. rest lasti exc2] name = None; del name; LIST_APPEND 4 (to res); POP_TOP; JUMP next
//     no_match: POP_TOP
//     next:
//     LIST_APPEND 2 (rest to res); PREP_RERAISE_STAR [prev result]; COPY 1;
//     POP_JUMP_IF_NOT_NONE reraise; POP_TOP; <pop C>; POP_EXCEPT; JUMP end
//  reraise: SWAP 2; POP_EXCEPT; RERAISE 0
//  C: COPY 3; POP_EXCEPT; RERAISE 1
//  end:
void Compiler::try_star_except(const TryBase& t) {
  Label except = new_label(), cleanup = new_label(), reraise = new_label(), end = new_label();
  b().push_handler(except, false);
  u().fblocks.push_back(FBlock{FBlockKind::TryExcept, {}, {}, nullptr, {}});
  stmts(t.body);
  u().fblocks.pop_back();
  b().pop_handler();
  stmts(t.orelse);
  emit_jump(Op::JUMP_FORWARD, end);

  // [exc]
  bind(except);
  b().push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);  // [prev_exc orig]
  emit(Op::BUILD_LIST, 0);  // [prev_exc orig res]
  emit(Op::COPY, 2);        // [prev_exc orig res rest]
  u().fblocks.push_back(FBlock{FBlockKind::ExceptionGroupHandler, {}, {}, nullptr, {}});
  for (const ExceptHandler& h : t.handlers) {
    PosScope p(*this, h);
    Label no_match = new_label(), next = new_label(), cleanup_end = new_label();
    expr(*h.type);               // the parser requires a type after except*
    emit(Op::CHECK_EG_MATCH);    // [.. rest match]
    emit(Op::COPY, 1);
    emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    if (!h.name.empty())
      nameop(h.name, NameCtx::Store);  // [.. res rest]
    else
      emit(Op::POP_TOP);
    b().push_handler(cleanup_end, true);
    u().fblocks.push_back(FBlock{FBlockKind::HandlerCleanup, {}, {}, nullptr, h.name});
    stmts(h.body);
    u().fblocks.pop_back();
    b().pop_handler();
    if (!h.name.empty()) {
      load_none();
      nameop(h.name, NameCtx::Store);
      nameop(h.name, NameCtx::Del);
    }
    emit_jump(Op::JUMP_FORWARD, next);
    // An exception in the clause: [.. res rest lasti exc2]; it joins res.
    bind(cleanup_end);
    if (!h.name.empty()) {
      load_none();
      nameop(h.name, NameCtx::Store);
      nameop(h.name, NameCtx::Del);
    }
    emit(Op::LIST_APPEND, 4);
    emit(Op::POP_TOP);  // lasti
    emit_jump(Op::JUMP_FORWARD, next);
    bind(no_match);
    emit(Op::POP_TOP);  // None
    bind(next);
  }
  u().fblocks.pop_back();
  emit(Op::LIST_APPEND, 2);      // [prev_exc orig res]
  emit(Op::PREP_RERAISE_STAR);   // [prev_exc result]
  emit(Op::COPY, 1);
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  emit(Op::POP_TOP);
  b().pop_handler();
  emit(Op::POP_EXCEPT);
  emit_jump(Op::JUMP_FORWARD, end);
  bind(reraise);
  emit(Op::SWAP, 2);             // [result prev_exc]
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 0);
  bind(cleanup);
  pop_except_and_reraise();
  bind(end);
}

void Compiler::with_stmt(const WithBase& w, size_t index, bool is_async) {
  const WithItem& item = w.items[index];
  Label final = new_label(), exit = new_label(), suppress = new_label(), cleanup = new_label();
  expr(*item.context_expr);
  if (is_async) {
    emit(Op::BEFORE_ASYNC_WITH);  // [aexit aenter_awaitable]
    await_value(1);
  } else {
    emit(Op::BEFORE_WITH);  // [exit enter_result]
  }
  // The handler keeps `exit` but not the __enter__ result, still on the stack here.
  b().push_handler(final, true, -1);
  u().fblocks.push_back(FBlock{FBlockKind::With, {}, {}, nullptr, {}, is_async});
  if (item.optional_vars)
    store(*item.optional_vars);
  else
    emit(Op::POP_TOP);
  if (index + 1 < w.items.size())
    with_stmt(w, index + 1, is_async);
  else
    stmts(w.body);
  u().fblocks.pop_back();
  b().pop_handler();
  call_exit_with_nones();
  if (is_async) await_value(2);
  emit(Op::POP_TOP);
  emit_jump(Op::JUMP_FORWARD, exit);

  // [exit lasti exc]
  bind(final);
  b().push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);       // [exit lasti prev_exc exc]
  emit(Op::WITH_EXCEPT_START);   // [exit lasti prev_exc exc res]
  if (is_async) await_value(2);
  emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
  emit(Op::COPY, 3);             // [exit lasti prev_exc exc lasti]
  emit(Op::SWAP, 2);             // [exit lasti prev_exc lasti exc]
  emit(Op::RERAISE, 1);
  bind(suppress);
  emit(Op::POP_TOP);             // exc
  b().pop_handler();
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);             // lasti
  emit(Op::POP_TOP);             // exit
  emit_jump(Op::JUMP_FORWARD, exit);
  bind(cleanup);
  pop_except_and_reraise();
  bind(exit);
}

}  // namespace taipan::detail
