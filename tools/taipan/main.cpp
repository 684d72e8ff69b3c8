// The `taipan` command: `taipan FILE [ARGS]`, `taipan -c CODE`, `taipan -m MODULE`,
// `taipan -` / a script piped on stdin, `--dis FILE`, and the REPL on a terminal.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "tools/taipan/repl.h"
#include "vm/run.h"
#include "vm/runtime.h"

namespace {

constexpr const char* kVersion = "taipan 0.1.0 (Python 3.11 subset, no GIL)";

std::string read_stdin() {
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"taipan: a Python 3.11 interpreter whose threads run in parallel"};
  std::string code, module;
  bool dis = false;
  app.add_option("-c", code, "program passed in as string (terminates option list)");
  app.add_option("-m", module, "run library module as a script (terminates option list)");
  app.add_flag("--dis", dis, "print the bytecode of FILE instead of running it");
  app.set_version_flag("-V,--version", kVersion);
  // Everything after the script name (or after -c CODE / -m MOD) belongs to the script.
  app.prefix_command();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  std::vector<std::string> rest = app.remaining();

  if (dis) {
    if (rest.empty()) {
      std::fputs("taipan: --dis needs a FILE\n", stderr);
      return 2;
    }
    return taipan::disassemble_file(rest[0]);
  }

  std::vector<std::string> script_argv;
  enum class Mode { Code, Module, File, Stdin, Repl } mode;
  if (app.count("-c")) {
    mode = Mode::Code;
    script_argv.push_back("-c");
    script_argv.insert(script_argv.end(), rest.begin(), rest.end());
  } else if (app.count("-m")) {
    mode = Mode::Module;
    script_argv.push_back(module);
    script_argv.insert(script_argv.end(), rest.begin(), rest.end());
  } else if (!rest.empty() && rest[0] != "-") {
    mode = Mode::File;
    script_argv = rest;
  } else if (!rest.empty() || !isatty(STDIN_FILENO)) {
    mode = Mode::Stdin;
    script_argv = rest.empty() ? std::vector<std::string>{""} : rest;
  } else {
    mode = Mode::Repl;
    script_argv.push_back("");
  }

  taipan::g_runtime.executable = argv[0];
  taipan::g_runtime.interactive = mode == Mode::Repl;
  taipan::Thread& th = taipan::runtime_init(script_argv);
  int status = 0;
  switch (mode) {
    case Mode::Code:
      status = taipan::run_main_source(th, code, "<string>");
      break;
    case Mode::Module:
      status = taipan::run_main_module(th, module);
      break;
    case Mode::File:
      status = taipan::run_main_file(th, rest[0]);
      break;
    case Mode::Stdin:
      status = taipan::run_main_source(th, read_stdin(), "<stdin>");
      break;
    case Mode::Repl:
      std::printf("%s\nType Ctrl-D to exit.\n", kVersion);
      status = taipan::run_repl(th);
      break;
  }
  return taipan::runtime_finish(th, status);
}
