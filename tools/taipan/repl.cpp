// The REPL. An entry is read line by line until the parser says it is complete
// (is_incomplete_input), then run in 'single' mode so expression values are echoed.
#include "tools/taipan/repl.h"

#include <editline/readline.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "parser/parser.h"
#include "vm/run.h"

namespace taipan {

namespace {

std::string history_path() {
  const char* home = std::getenv("HOME");
  return home ? std::string(home) + "/.taipan_history" : std::string();
}

}  // namespace

int run_repl(Thread& th) {
  std::string hist = history_path();
  using_history();
  if (!hist.empty()) read_history(hist.c_str());
  int status = 0;
  std::string entry;
  for (;;) {
    char* line = readline(entry.empty() ? ">>> " : "... ");
    if (!line) {  // Ctrl-D
      std::fputc('\n', stdout);
      break;
    }
    std::string text = line;
    std::free(line);
    if (!text.empty()) add_history(text.c_str());
    if (entry.empty() && text.find_first_not_of(" \t") == std::string::npos) continue;
    entry += text;
    entry += '\n';
    if (is_incomplete_input(entry)) continue;
    int r = run_interactive_entry(th, entry);
    entry.clear();
    std::fflush(stdout);
    if (r >= 0) {
      status = r;
      break;
    }
  }
  if (!hist.empty()) write_history(hist.c_str());
  return status;
}

}  // namespace taipan
