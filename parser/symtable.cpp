// Symbol-table construction and scope analysis; see symtable.h for the model. The
// messages are CPython 3.11's, word for word, since tests and users compare them.
#include "parser/symtable.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace taipan {

using namespace ast;

std::string mangle(const std::string& private_name, const std::string& name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name.compare(name.size() - 2, 2, "__") == 0) return name;
  if (name.find('.') != std::string::npos) return name;
  size_t i = private_name.find_first_not_of('_');
  if (i == std::string::npos) return name;
  return "_" + private_name.substr(i) + name;
}

SyntaxErrorInfo syntax_error_at(const std::string& msg, const std::string& filename,
                                std::string_view source, const ast::Loc& loc) {
  std::string text;
  if (loc.lineno > 0) {
    size_t pos = 0;
    for (int l = 1; l < loc.lineno && pos != std::string_view::npos; ++l) {
      pos = source.find('\n', pos);
      if (pos != std::string_view::npos) ++pos;
    }
    if (pos != std::string_view::npos && pos <= source.size()) {
      size_t e = source.find('\n', pos);
      text = std::string(source.substr(pos, e == std::string_view::npos ? e : e - pos));
      if (!text.empty() && text.back() == '\r') text.pop_back();
    }
  }
  return SyntaxErrorInfo(SyntaxErrorInfo::Kind::SyntaxError, msg, filename, loc.lineno,
                         loc.col_offset + 1, text, loc.end_lineno,
                         loc.end_lineno ? loc.end_col_offset + 1 : 0);
}

const Symbol* SymbolScope::lookup(const std::string& mangled) const {
  auto it = index.find(mangled);
  return it == index.end() ? nullptr : &symbols[it->second];
}
SymScope SymbolScope::scope_of(const std::string& mangled) const {
  const Symbol* s = lookup(mangled);
  return s ? s->scope : SymScope::Unknown;
}
uint32_t SymbolScope::flags_of(const std::string& mangled) const {
  const Symbol* s = lookup(mangled);
  return s ? s->flags : 0;
}
std::vector<std::string> SymbolScope::cellvars() const {
  std::vector<std::string> v;
  if (needs_class_closure) v.push_back("__class__");
  for (const Symbol& s : symbols)
    if (s.scope == SymScope::Cell) v.push_back(s.name);
  std::sort(v.begin(), v.end());
  return v;
}
std::vector<std::string> SymbolScope::freevars() const {
  std::vector<std::string> v;
  for (const Symbol& s : symbols)
    if (s.scope == SymScope::Free || (s.flags & DEF_FREE_CLASS)) v.push_back(s.name);
  std::sort(v.begin(), v.end());
  return v;
}

const SymbolScope& SymbolTable::scope_for(const void* node) const {
  auto it = by_node_.find(node);
  if (it == by_node_.end()) throw std::logic_error("symtable: no scope for node");
  return *it->second;
}

// ---------------------------------------------------------------------------------------
// Pass 1: collect uses.

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable& t, const std::string& filename, std::string_view source,
                  const FutureFeatures& future)
      : t_(t), filename_(filename), source_(source), future_(future) {}

  void run(const Mod& mod) {
    Loc l{1, 0, 1, 0};
    enter(BlockKind::Module, "top", &mod, l);
    switch (mod.kind) {
      case ModKind::Module:
        for (auto& s : mod.as<Module>().body) stmt(*s);
        break;
      case ModKind::Interactive:
        for (auto& s : mod.as<Interactive>().body) stmt(*s);
        break;
      case ModKind::Expression:
        expr(*mod.as<Expression>().body);
        break;
    }
    leave();
    analyze();
  }

 private:
  SymbolTable& t_;
  const std::string& filename_;
  std::string_view source_;
  FutureFeatures future_;
  SymbolScope* cur_ = nullptr;
  SymbolScope* module_ = nullptr;
  std::vector<SymbolScope*> stack_;
  std::string private_;  // enclosing class name, for mangling
  // Where each global/nonlocal declaration was made, for analysis errors.
  std::unordered_map<const SymbolScope*, std::unordered_map<std::string, Loc>> directives_;

  [[noreturn]] void error(const std::string& msg, const Loc& loc) {
    throw syntax_error_at(msg, filename_, source_, loc);
  }

  void enter(BlockKind kind, const std::string& name, const void* node, const Loc& loc) {
    auto sc = std::make_unique<SymbolScope>();
    sc->kind = kind;
    sc->name = name;
    sc->node = node;
    sc->lineno = loc.lineno;
    sc->parent = cur_;
    if (cur_) {
      sc->nested = cur_->nested || cur_->kind == BlockKind::Function;
      cur_->children.push_back(sc.get());
    }
    cur_ = sc.get();
    stack_.push_back(cur_);
    if (!module_) {
      module_ = cur_;
      t_.top_ = cur_;
    }
    t_.by_node_[node] = cur_;
    t_.scopes_.push_back(std::move(sc));
  }
  void leave() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  Symbol& sym(SymbolScope& sc, const std::string& mangled) {
    auto it = sc.index.find(mangled);
    if (it != sc.index.end()) return sc.symbols[it->second];
    sc.index.emplace(mangled, sc.symbols.size());
    sc.symbols.push_back(Symbol{mangled, 0, SymScope::Unknown});
    return sc.symbols.back();
  }

  void add_def(const std::string& name, uint32_t flag, const Loc& loc, SymbolScope* sc = nullptr) {
    if (!sc) sc = cur_;
    std::string m = mangle(private_, name);
    Symbol& s = sym(*sc, m);
    if ((flag & DEF_PARAM) && (s.flags & DEF_PARAM))
      error("duplicate argument '" + m + "' in function definition", loc);
    uint32_t val = s.flags | flag;
    if (sc->comp_iter_target) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL))
        error("comprehension inner loop cannot rebind assignment expression target '" + m + "'",
              loc);
      val |= DEF_COMP_ITER;
    }
    s.flags = val;
    if (flag & DEF_PARAM) {
      sc->params.push_back(m);
    } else if (flag & DEF_GLOBAL) {
      // A global declaration anywhere also makes the name a module-level global.
      sym(*module_, m).flags |= flag;
    }
  }

  // ---- statements ----

  void stmts(const StmtList& l) {
    for (auto& s : l) stmt(*s);
  }
  void exprs(const ExprList& l) {
    for (auto& e : l)
      if (e) expr(*e);
  }

  void annotation(const Expr* e) {
    // With `from __future__ import annotations` they become strings and name nothing.
    if (e && !future_.annotations) expr(*e);
  }

  void arguments_annotations(const Arguments& a, const Expr* returns) {
    for (auto& x : a.posonlyargs) annotation(x.annotation.get());
    for (auto& x : a.args) annotation(x.annotation.get());
    if (a.vararg) annotation(a.vararg->annotation.get());
    for (auto& x : a.kwonlyargs) annotation(x.annotation.get());
    if (a.kwarg) annotation(a.kwarg->annotation.get());
    annotation(returns);
  }

  // Parameters are recorded in CPython's varnames order: positional, keyword-only,
  // *args, **kwargs (the VM relies on it, see CodeFlags).
  void params_ordered(const Arguments& a) {
    for (auto& x : a.posonlyargs) add_def(x.arg, DEF_PARAM, x);
    for (auto& x : a.args) add_def(x.arg, DEF_PARAM, x);
    for (auto& x : a.kwonlyargs) add_def(x.arg, DEF_PARAM, x);
    if (a.vararg) {
      add_def(a.vararg->arg, DEF_PARAM, *a.vararg);
      cur_->varargs = true;
    }
    if (a.kwarg) {
      add_def(a.kwarg->arg, DEF_PARAM, *a.kwarg);
      cur_->varkeywords = true;
    }
  }

  void directive(const std::string& name, const Loc& loc) {
    directives_[cur_].emplace(mangle(private_, name), loc);
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef: {
        auto& f = s.as<FunctionDef>();
        add_def(f.name, DEF_LOCAL, f);
        exprs(f.args.defaults);
        exprs(f.args.kw_defaults);
        arguments_annotations(f.args, f.returns.get());
        exprs(f.decorator_list);
        enter(BlockKind::Function, f.name, &f, f);
        params_ordered(f.args);
        stmts(f.body);
        leave();
        break;
      }
      case StmtKind::AsyncFunctionDef: {
        auto& f = s.as<AsyncFunctionDef>();
        add_def(f.name, DEF_LOCAL, f);
        exprs(f.args.defaults);
        exprs(f.args.kw_defaults);
        arguments_annotations(f.args, f.returns.get());
        exprs(f.decorator_list);
        enter(BlockKind::Function, f.name, &f, f);
        cur_->coroutine = true;
        params_ordered(f.args);
        stmts(f.body);
        leave();
        break;
      }
      case StmtKind::ClassDef: {
        auto& c = s.as<ClassDef>();
        add_def(c.name, DEF_LOCAL, c);
        exprs(c.bases);
        for (auto& k : c.keywords) expr(*k.value);
        exprs(c.decorator_list);
        enter(BlockKind::Class, c.name, &c, c);
        std::string saved = private_;
        private_ = c.name;
        stmts(c.body);
        private_ = saved;
        leave();
        break;
      }
      case StmtKind::Return: {
        auto& r = s.as<Return>();
        if (r.value) {
          expr(*r.value);
          cur_->returns_value = true;
        }
        break;
      }
      case StmtKind::Delete:
        exprs(s.as<Delete>().targets);
        break;
      case StmtKind::Assign: {
        auto& a = s.as<Assign>();
        exprs(a.targets);
        expr(*a.value);
        break;
      }
      case StmtKind::AugAssign: {
        auto& a = s.as<AugAssign>();
        expr(*a.target);
        expr(*a.value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto& a = s.as<AnnAssign>();
        if (a.target->is<Name>()) {
          auto& n = a.target->as<Name>();
          uint32_t cur = cur_->flags_of(mangle(private_, n.id));
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != module_ && a.simple) {
            error(std::string("annotated name '") + n.id + "' can't be " +
                      ((cur & DEF_GLOBAL) ? "global" : "nonlocal"),
                  s);
          }
          if (a.simple)
            add_def(n.id, DEF_ANNOT | DEF_LOCAL, n);
          else if (a.value)
            add_def(n.id, DEF_LOCAL, n);
        } else {
          expr(*a.target);
        }
        annotation(a.annotation.get());
        if (a.value) expr(*a.value);
        break;
      }
      case StmtKind::For: {
        auto& f = s.as<For>();
        expr(*f.target);
        expr(*f.iter);
        stmts(f.body);
        stmts(f.orelse);
        break;
      }
      case StmtKind::AsyncFor: {
        auto& f = s.as<AsyncFor>();
        expr(*f.target);
        expr(*f.iter);
        stmts(f.body);
        stmts(f.orelse);
        break;
      }
      case StmtKind::While: {
        auto& w = s.as<While>();
        expr(*w.test);
        stmts(w.body);
        stmts(w.orelse);
        break;
      }
      case StmtKind::If: {
        auto& i = s.as<If>();
        expr(*i.test);
        stmts(i.body);
        stmts(i.orelse);
        break;
      }
      case StmtKind::With: {
        auto& w = s.as<With>();
        for (auto& it : w.items) {
          expr(*it.context_expr);
          if (it.optional_vars) expr(*it.optional_vars);
        }
        stmts(w.body);
        break;
      }
      case StmtKind::AsyncWith: {
        auto& w = s.as<AsyncWith>();
        for (auto& it : w.items) {
          expr(*it.context_expr);
          if (it.optional_vars) expr(*it.optional_vars);
        }
        stmts(w.body);
        break;
      }
      case StmtKind::Match: {
        auto& m = s.as<Match>();
        expr(*m.subject);
        for (auto& c : m.cases) {
          pattern(*c.pattern);
          if (c.guard) expr(*c.guard);
          stmts(c.body);
        }
        break;
      }
      case StmtKind::Raise: {
        auto& r = s.as<Raise>();
        if (r.exc) expr(*r.exc);
        if (r.cause) expr(*r.cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto& t = static_cast<const TryBase&>(s);
        stmts(t.body);
        for (auto& h : t.handlers) {
          if (h.type) expr(*h.type);
          if (!h.name.empty()) add_def(h.name, DEF_LOCAL, h);
          stmts(h.body);
        }
        stmts(t.orelse);
        stmts(t.finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto& a = s.as<Assert>();
        expr(*a.test);
        if (a.msg) expr(*a.msg);
        break;
      }
      case StmtKind::Import:
        for (auto& a : s.as<Import>().names) alias(a);
        break;
      case StmtKind::ImportFrom:
        for (auto& a : s.as<ImportFrom>().names) alias(a);
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        bool global = s.kind == StmtKind::Global;
        const auto& names = global ? s.as<Global>().names : s.as<Nonlocal>().names;
        const char* what = global ? "global" : "nonlocal";
        for (auto& n : names) {
          uint32_t cur = cur_->flags_of(mangle(private_, n));
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            std::string msg;
            if (cur & DEF_PARAM)
              msg = "name '" + n + "' is parameter and " + what;
            else if (cur & USE)
              msg = "name '" + n + "' is used prior to " + what + " declaration";
            else if (cur & DEF_ANNOT)
              msg = "annotated name '" + n + "' can't be " + what;
            else
              msg = "name '" + n + "' is assigned to before " + what + " declaration";
            error(msg, s);
          }
          add_def(n, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
          directive(n, s);
        }
        break;
      }
      case StmtKind::Expr:
        expr(*s.as<ExprStmt>().value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  void pattern(const Pattern& p) {
    switch (p.kind) {
      case PatternKind::MatchValue:
        expr(*p.as<MatchValue>().value);
        break;
      case PatternKind::MatchSingleton:
        break;
      case PatternKind::MatchSequence:
        for (auto& x : p.as<MatchSequence>().patterns) pattern(*x);
        break;
      case PatternKind::MatchMapping: {
        auto& m = p.as<MatchMapping>();
        exprs(m.keys);
        for (auto& x : m.patterns) pattern(*x);
        if (!m.rest.empty()) add_def(m.rest, DEF_LOCAL, p);
        break;
      }
      case PatternKind::MatchClass: {
        auto& c = p.as<MatchClass>();
        expr(*c.cls);
        for (auto& x : c.patterns) pattern(*x);
        for (auto& x : c.kwd_patterns) pattern(*x);
        break;
      }
      case PatternKind::MatchStar:
        if (!p.as<MatchStar>().name.empty()) add_def(p.as<MatchStar>().name, DEF_LOCAL, p);
        break;
      case PatternKind::MatchAs: {
        auto& a = p.as<MatchAs>();
        if (a.pattern) pattern(*a.pattern);
        if (!a.name.empty()) add_def(a.name, DEF_LOCAL, p);
        break;
      }
      case PatternKind::MatchOr:
        for (auto& x : p.as<MatchOr>().patterns) pattern(*x);
        break;
    }
  }

  void alias(const Alias& a) {
    std::string store = !a.asname.empty() ? a.asname : a.name.substr(0, a.name.find('.'));
    if (a.name == "*") {
      if (cur_->kind != BlockKind::Module) error("import * only allowed at module level", a);
      return;
    }
    add_def(store, DEF_IMPORT, a);
  }

  // ---- expressions ----

  void extend_namedexpr_scope(const Name& target) {
    std::string m = mangle(private_, target.id);
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      SymbolScope* ste = *it;
      if (ste->comprehension != ComprehensionKind::None) {
        if (ste->flags_of(m) & DEF_COMP_ITER)
          error("assignment expression cannot rebind comprehension iteration variable '" +
                    target.id + "'",
                target);
        continue;
      }
      if (ste->kind == BlockKind::Function) {
        if (ste->flags_of(m) & DEF_GLOBAL)
          add_def(target.id, DEF_GLOBAL, target);
        else
          add_def(target.id, DEF_NONLOCAL, target);
        directive(target.id, target);
        add_def(target.id, DEF_LOCAL, target, ste);
        return;
      }
      if (ste->kind == BlockKind::Module) {
        add_def(target.id, DEF_GLOBAL, target);
        directive(target.id, target);
        add_def(target.id, DEF_GLOBAL, target, ste);
        return;
      }
      error("assignment expression within a comprehension cannot be used in a class body",
            target);
    }
  }

  void comprehension(const Expr& e, const char* name, ComprehensionKind kind,
                     const std::vector<Comprehension>& gens, const Expr* elt,
                     const Expr* value) {
    const Comprehension& outer = gens[0];
    cur_->comp_iter_expr++;
    expr(*outer.iter);
    cur_->comp_iter_expr--;
    if (elt && elt->is<Starred>())
      error("iterable unpacking cannot be used in comprehension", *elt);
    enter(BlockKind::Function, name, &e, e);
    cur_->comprehension = kind;
    if (kind == ComprehensionKind::Generator) cur_->generator = true;
    for (auto& g : gens)
      if (g.is_async) cur_->coroutine = true;
    add_def(".0", DEF_PARAM, e);
    cur_->comp_iter_target = true;
    expr(*outer.target);
    cur_->comp_iter_target = false;
    exprs(outer.ifs);
    for (size_t i = 1; i < gens.size(); ++i) {
      cur_->comp_iter_target = true;
      expr(*gens[i].target);
      cur_->comp_iter_target = false;
      cur_->comp_iter_expr++;
      expr(*gens[i].iter);
      cur_->comp_iter_expr--;
      exprs(gens[i].ifs);
    }
    if (value) expr(*value);
    expr(*elt);
    SymbolScope* inner = cur_;
    leave();
    // An awaiting list/set/dict comprehension is awaited by its parent comprehension.
    if (inner->coroutine && kind != ComprehensionKind::Generator &&
        cur_->comprehension != ComprehensionKind::None)
      cur_->coroutine = true;
  }

  void yield_check(const Expr& e) {
    static const char* kinds[] = {"", "list comprehension", "set comprehension",
                                  "dict comprehension", "generator expression"};
    if (cur_->comprehension != ComprehensionKind::None)
      error(std::string("'yield' inside ") + kinds[static_cast<int>(cur_->comprehension)], e);
    if (cur_->kind != BlockKind::Function) error("'yield' outside function", e);
    cur_->generator = true;
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::BoolOp:
        exprs(e.as<BoolOp>().values);
        break;
      case ExprKind::NamedExpr: {
        auto& n = e.as<NamedExpr>();
        if (cur_->comp_iter_expr > 0)
          error("assignment expression cannot be used in a comprehension iterable expression",
                e);
        expr(*n.value);
        if (cur_->comprehension != ComprehensionKind::None && n.target->is<Name>())
          extend_namedexpr_scope(n.target->as<Name>());
        else
          expr(*n.target);
        break;
      }
      case ExprKind::BinOp:
        expr(*e.as<BinOp>().left);
        expr(*e.as<BinOp>().right);
        break;
      case ExprKind::UnaryOp:
        expr(*e.as<UnaryOp>().operand);
        break;
      case ExprKind::Lambda: {
        auto& l = e.as<Lambda>();
        exprs(l.args.defaults);
        exprs(l.args.kw_defaults);
        enter(BlockKind::Function, "lambda", &l, l);
        params_ordered(l.args);
        expr(*l.body);
        leave();
        break;
      }
      case ExprKind::IfExp: {
        auto& i = e.as<IfExp>();
        expr(*i.test);
        expr(*i.body);
        expr(*i.orelse);
        break;
      }
      case ExprKind::Dict:
        exprs(e.as<Dict>().keys);
        exprs(e.as<Dict>().values);
        break;
      case ExprKind::Set:
        exprs(e.as<Set>().elts);
        break;
      case ExprKind::ListComp: {
        auto& c = e.as<ListComp>();
        comprehension(e, "listcomp", ComprehensionKind::List, c.generators, c.elt.get(), nullptr);
        break;
      }
      case ExprKind::SetComp: {
        auto& c = e.as<SetComp>();
        comprehension(e, "setcomp", ComprehensionKind::Set, c.generators, c.elt.get(), nullptr);
        break;
      }
      case ExprKind::DictComp: {
        auto& c = e.as<DictComp>();
        comprehension(e, "dictcomp", ComprehensionKind::Dict, c.generators, c.key.get(),
                      c.value.get());
        break;
      }
      case ExprKind::GeneratorExp: {
        auto& c = e.as<GeneratorExp>();
        comprehension(e, "genexpr", ComprehensionKind::Generator, c.generators, c.elt.get(),
                      nullptr);
        break;
      }
      case ExprKind::Await:
        if (cur_->kind != BlockKind::Function) error("'await' outside function", e);
        if (cur_->comprehension != ComprehensionKind::None) cur_->coroutine = true;
        expr(*e.as<Await>().value);
        break;
      case ExprKind::Yield:
        if (e.as<Yield>().value) expr(*e.as<Yield>().value);
        yield_check(e);
        break;
      case ExprKind::YieldFrom:
        expr(*e.as<YieldFrom>().value);
        yield_check(e);
        break;
      case ExprKind::Compare:
        expr(*e.as<Compare>().left);
        exprs(e.as<Compare>().comparators);
        break;
      case ExprKind::Call: {
        auto& c = e.as<Call>();
        expr(*c.func);
        exprs(c.args);
        for (auto& k : c.keywords) expr(*k.value);
        break;
      }
      case ExprKind::FormattedValue: {
        auto& f = e.as<FormattedValue>();
        expr(*f.value);
        if (f.format_spec) expr(*f.format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        exprs(e.as<JoinedStr>().values);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        expr(*e.as<Attribute>().value);
        break;
      case ExprKind::Subscript:
        expr(*e.as<Subscript>().value);
        expr(*e.as<Subscript>().slice);
        break;
      case ExprKind::Starred:
        expr(*e.as<Starred>().value);
        break;
      case ExprKind::Name: {
        auto& n = e.as<Name>();
        add_def(n.id, n.ctx == Ctx::Load ? USE : DEF_LOCAL, n);
        // super() needs the implicit __class__ cell of the enclosing class.
        if (n.ctx == Ctx::Load && cur_->kind == BlockKind::Function && n.id == "super")
          add_def("__class__", USE, n);
        break;
      }
      case ExprKind::List:
        exprs(e.as<List>().elts);
        break;
      case ExprKind::Tuple:
        exprs(e.as<Tuple>().elts);
        break;
      case ExprKind::Slice: {
        auto& s = e.as<Slice>();
        if (s.lower) expr(*s.lower);
        if (s.upper) expr(*s.upper);
        if (s.step) expr(*s.step);
        break;
      }
    }
  }

  // -------------------------------------------------------------------------------------
  // Pass 2: resolve scopes (CPython's analyze_block and friends).

  using NameSet = std::set<std::string>;

  void analyze() { analyze_block(*module_, nullptr, nullptr); }

  Loc directive_loc(const SymbolScope& sc, const std::string& name) {
    auto it = directives_.find(&sc);
    if (it != directives_.end()) {
      auto j = it->second.find(name);
      if (j != it->second.end()) return j->second;
    }
    return Loc{sc.lineno, 0, 0, 0};
  }

  // `bound`: names bound in enclosing function scopes (null at module level);
  // `global`: names declared global in enclosing scopes. Both are this block's copies.
  // Returns the names free in this block or its children that must come from outside.
  NameSet analyze_block(SymbolScope& ste, NameSet* bound, NameSet* global) {
    NameSet local, newglobal, newbound, newfree;
    NameSet global_storage;
    if (!global) global = &global_storage;
    std::unordered_map<std::string, SymScope> scopes;
    NameSet free;
    if (ste.kind == BlockKind::Class) {
      newglobal = *global;
      if (bound) newbound = *bound;
    }
    for (const Symbol& s : ste.symbols)
      analyze_name(ste, scopes, s.name, s.flags, bound, local, free, *global);
    if (ste.kind != BlockKind::Class) {
      if (ste.kind == BlockKind::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global->begin(), global->end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (SymbolScope* child : ste.children) {
      NameSet cb = newbound, cg = newglobal;
      NameSet child_free = analyze_block(*child, &cb, &cg);
      allfree.insert(child_free.begin(), child_free.end());
      if (child->free || child->child_free) ste.child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (ste.kind == BlockKind::Function) {
      for (auto& [name, sc] : scopes) {
        if (sc != SymScope::Local || !newfree.count(name)) continue;
        sc = SymScope::Cell;
        newfree.erase(name);
      }
    } else if (ste.kind == BlockKind::Class) {
      if (newfree.erase("__class__")) ste.needs_class_closure = true;
    }
    // Record the scopes; free names passing through this block become Free symbols.
    for (Symbol& s : ste.symbols) s.scope = scopes[s.name];
    for (const std::string& name : newfree) {
      auto it = ste.index.find(name);
      if (it != ste.index.end()) {
        Symbol& s = ste.symbols[it->second];
        if (ste.kind == BlockKind::Class && (s.flags & (DEF_BOUND | DEF_GLOBAL)))
          s.flags |= DEF_FREE_CLASS;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      ste.index.emplace(name, ste.symbols.size());
      ste.symbols.push_back(Symbol{name, 0, SymScope::Free});
    }
    free.insert(newfree.begin(), newfree.end());
    return free;
  }

  void analyze_name(SymbolScope& ste, std::unordered_map<std::string, SymScope>& scopes,
                    const std::string& name, uint32_t flags, NameSet* bound, NameSet& local,
                    NameSet& free, NameSet& global) {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL)
        error("name '" + name + "' is nonlocal and global", directive_loc(ste, name));
      scopes[name] = SymScope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound)
        error("nonlocal declaration not allowed at module level", directive_loc(ste, name));
      if (!bound->count(name))
        error("no binding for nonlocal '" + name + "' found", directive_loc(ste, name));
      scopes[name] = SymScope::Free;
      ste.free = true;
      free.insert(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes[name] = SymScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      scopes[name] = SymScope::Free;
      ste.free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      scopes[name] = SymScope::GlobalImplicit;
      return;
    }
    if (ste.nested) ste.free = true;
    scopes[name] = SymScope::GlobalImplicit;
  }
};

std::unique_ptr<SymbolTable> SymbolTable::build(const ast::Mod& mod, const std::string& filename,
                                                std::string_view source,
                                                const FutureFeatures& future) {
  auto t = std::unique_ptr<SymbolTable>(new SymbolTable());
  SymtableBuilder b(*t, filename, source, future);
  b.run(mod);
  return t;
}

}  // namespace taipan
