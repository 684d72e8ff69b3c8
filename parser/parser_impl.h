// Internal: the recursive-descent parser shared by parse_expr.cpp (expressions),
// parse_stmt.cpp (statements, patterns), parse_string.cpp (literals, f-strings) and
// parser.cpp (entry points).
//
// Tokens are pulled lazily from the Lexer into `toks_`, so backtracking (needed only for
// the soft keyword `match` and a few lookaheads) is an index reset. Every node's start is
// the first token of its construct (so `(a) + b` starts at the parenthesis, as in CPython)
// and its end is the last significant token consumed (`last_`), never a NEWLINE/DEDENT.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.h"
#include "parser/lexer.h"
#include "parser/parser.h"

namespace taipan {

// What kind of target a validation is for: it changes CPython's wording.
enum class TargetUse { Assign, AugAssign, For, Del, With, Comp, Walrus };

class Parser {
 public:
  Parser(std::string_view src, const std::string& filename);
  // A parser for one f-string replacement field, src[begin, end).
  Parser(std::string_view src, const std::string& filename, uint32_t begin, uint32_t end,
         int line, uint32_t line_start, int fstring_depth);

  std::unique_ptr<ast::Module> file_input();
  std::unique_ptr<ast::Expression> eval_input();
  std::unique_ptr<ast::Interactive> single_input();
  // (yield_expr | star_expressions) ENDMARKER; `braces` spans the field's { and }.
  ast::ExprPtr fstring_replacement_expr(const ast::Loc& braces);

 private:
  friend bool taipan::is_incomplete_input(std::string_view);
  // ---- tokens ----
  const Token& peek(size_t k = 0) {
    while (toks_.size() <= pos_ + k) pull_token();
    return toks_[pos_ + k];
  }
  void pull_token();
  Tok kind(size_t k = 0) { return peek(k).kind; }
  bool at(Tok k) { return kind() == k; }
  const Token& advance();
  bool accept(Tok k) {
    if (kind() != k) return false;
    advance();
    return true;
  }
  const Token& expect(Tok k);
  std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }
  bool at_soft(std::string_view word) { return at(Tok::NAME) && text(peek()) == word; }
  // Identifier text; non-ASCII names get a partial NFKC (see lexer.h).
  std::string name_str(const Token& t) const;

  // ---- positions ----
  template <class T> std::unique_ptr<T> make(const Token& start) {
    auto n = std::make_unique<T>();
    n->lineno = start.line;
    n->col_offset = start.col;
    return n;
  }
  template <class T> T* finish(T* n) {
    n->end_lineno = last_.end_line;
    n->end_col_offset = last_.end_col;
    return n;
  }
  template <class T> std::unique_ptr<T>&& finish(std::unique_ptr<T>&& n) {
    finish(n.get());
    return std::move(n);
  }
  template <class T> std::unique_ptr<T>& finish(std::unique_ptr<T>& n) {
    finish(n.get());
    return n;
  }

  // ---- errors ----
  [[noreturn]] void error_at(const Token& t, std::string msg);
  [[noreturn]] void error_node(const ast::Loc& n, std::string msg);
  [[noreturn]] void error_range(const Token& a, const ast::Loc& b, std::string msg);
  [[noreturn]] void error_range(const Token& a, const Token& b, std::string msg);
  [[noreturn]] void invalid_syntax();
  [[noreturn]] void indentation_error(
      const Token& t, std::string msg,
      SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::Kind::IndentationError);
  // The hints CPython's invalid_expression / invalid_legacy_expression rules give for two
  // expressions in a row: "Perhaps you forgot a comma?", "Missing parentheses in call to
  // 'print'". Returns if neither applies.
  void two_expressions_hint();
 public:
  // CPython tokenizes the rest of the source after a parser error: a tokenizer error found
  // there replaces it, and so does a bracket left open on a line before the furthest token
  // read. Call with the parser's error in flight; throws the replacement if there is one.
  void check_rest_of_source();
  bool lexer_failed() const { return lexer_failed_; }
 private:

  // ---- statements (parse_stmt.cpp) ----
  void statement(ast::StmtList& out);
  void simple_stmts(ast::StmtList& out);
  ast::StmtPtr simple_stmt();
  ast::StmtPtr compound_stmt();
  ast::StmtList block(const char* what, int line);
  ast::StmtPtr expr_or_assign_stmt();
  ast::StmtPtr import_stmt();
  ast::StmtPtr from_import_stmt();
  ast::StmtPtr def_stmt(const Token& start, ast::ExprList decorators, bool is_async);
  ast::StmtPtr class_stmt(const Token& start, ast::ExprList decorators);
  ast::StmtPtr if_stmt(bool elif);
  ast::StmtPtr while_stmt();
  ast::StmtPtr for_stmt(const Token& start, bool is_async);
  ast::StmtPtr with_stmt(const Token& start, bool is_async);
  ast::StmtPtr try_stmt();
  ast::StmtPtr match_stmt();  // null if `match` is not a soft keyword here
  ast::WithItem with_item();
  // patterns
  ast::PatternPtr patterns();
  ast::PatternPtr pattern();
  ast::PatternPtr or_pattern();
  ast::PatternPtr closed_pattern();
  ast::ExprPtr pattern_literal_expr();
  ast::ExprPtr pattern_value_name();
  ast::ExprPtr pattern_signed_number();
  void pattern_sequence_items(ast::PatternList& out, Tok close);

  // ---- expressions (parse_expr.cpp) ----
  ast::ExprPtr star_expressions();             // a, *b  -> Tuple
  ast::ExprPtr star_expression();              // *x | expression
  ast::ExprPtr star_named_expression();        // *x | named_expression
  ast::ExprPtr named_expression();
  ast::ExprPtr expression();
  ast::ExprPtr disjunction();
  ast::ExprPtr conjunction();
  ast::ExprPtr inversion();
  ast::ExprPtr comparison();
  ast::ExprPtr bitwise(int level);
  ast::ExprPtr bitwise_or() { return bitwise(0); }
  ast::ExprPtr factor();
  ast::ExprPtr power();
  ast::ExprPtr primary();
  ast::ExprPtr atom();
  ast::ExprPtr paren_atom();
  ast::ExprPtr list_atom();
  ast::ExprPtr brace_atom();
  ast::ExprPtr dict_value();
  ast::ExprPtr slices();
  ast::ExprPtr slice();
  ast::ExprPtr lambdef();
  ast::ExprPtr yield_expr();
  void call_args(ast::Call& call, const Token& open);
  void parameters(ast::Arguments& a, bool lambda, Tok close);
  ast::Arg param(bool lambda);
  std::vector<ast::Comprehension> comp_for();
  ast::ExprPtr target_list(TargetUse use);  // for-loop / comprehension targets
  bool starts_expression(Tok k);

  // ---- targets ----
  void set_target(ast::Expr& e, ast::Ctx ctx, TargetUse use);
  const ast::Expr* invalid_target(const ast::Expr& e, TargetUse use);
  static std::string expr_name(const ast::Expr& e);

  // ---- literals (parse_string.cpp) ----
  ast::ExprPtr strings();
  ast::ExprPtr number(const Token& t);
  struct StrPiece;
  void decode_string_token(const Token& t, std::vector<StrPiece>& out, bool& is_bytes,
                           bool& any_fstring, bool& u_prefix);
  uint32_t parse_fstring_body(const Token& t, uint32_t begin, uint32_t end, bool raw, int depth,
                              std::vector<StrPiece>& out);
  uint32_t parse_replacement_field(const Token& t, uint32_t i, uint32_t end, bool raw, int depth,
                                   std::vector<StrPiece>& out);
  [[noreturn]] void string_error(const Token& t, std::string msg);
  std::string decode_escapes(const Token& t, uint32_t begin, uint32_t end, bool raw,
                             bool is_bytes);

  std::string_view src_;
  const std::string& filename_;
  Lexer lex_;
  std::vector<Token> toks_;
  std::vector<int> levels_;  // bracket depth after each token of toks_ (CPython's tok->level)
  size_t pos_ = 0;
  // The last disjunction parsed: toks_[disj_begin_, disj_end_). For two_expressions_hint().
  size_t disj_begin_ = 0, disj_end_ = 0;
  bool lexer_failed_ = false;  // the error in flight came from the tokenizer
  Token last_;
  int fstring_depth_ = 0;
};

}  // namespace taipan
