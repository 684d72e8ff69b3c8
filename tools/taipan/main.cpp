// The `taipan` command: `taipan FILE [ARGS]`, `taipan -c CODE`, `taipan -m MODULE`,
// `taipan -` / a script piped on stdin, `--dis FILE`, and the REPL on a terminal.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "tools/taipan/repl.h"
#include "vm/run.h"
#include "vm/runtime.h"

namespace {

constexpr const char* kVersion = "taipan 0.1.0 (Python 3.11 subset, no GIL)";

std::string read_stdin() {
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

// As CPython, the interpreter's options end at the script name, at `-` or `--`, and right
// after `-c CODE` / `-m MODULE` (also written -cCODE / -mMODULE): every later argument,
// `-h` included, belongs to the program.
struct ArgSplit {
  int opt_end;  // argv[1..opt_end) are the interpreter's options, parsed by CLI11
  int first;    // argv[first..] go to the program (after sys.argv[0])
  char which;   // 'c', 'm' or 0
  std::string value;  // CODE or MODULE
};

bool split_args(int argc, char** argv, ArgSplit* out) {
  *out = {argc, argc, 0, {}};
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") {
      *out = {i, i + 1, 0, {}};
      return true;
    }
    if (a == "-" || a.empty() || a[0] != '-') {
      *out = {i, i, 0, {}};
      return true;
    }
    if (a[1] == 'c' || a[1] == 'm') {
      if (a.size() > 2) {
        *out = {i, i + 1, a[1], std::string(a.substr(2))};
      } else {
        if (i + 1 >= argc) {
          std::fprintf(stderr, "Argument expected for the -%c option\n", a[1]);
          return false;
        }
        *out = {i, i + 2, a[1], argv[i + 1]};
      }
      return true;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"taipan: a Python 3.11 interpreter whose threads run in parallel"};
  std::string unused;
  bool dis = false;
  // -c and -m are split off by split_args; they are declared for --help's text.
  app.add_option("-c", unused, "program passed in as string (terminates option list)");
  app.add_option("-m", unused, "run library module as a script (terminates option list)");
  app.add_flag("--dis", dis, "print the bytecode of FILE instead of running it");
  app.set_version_flag("-V,--version", kVersion);
  ArgSplit split;
  if (!split_args(argc, argv, &split)) return 2;
  try {
    app.parse(split.opt_end, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  std::vector<std::string> rest(argv + split.first, argv + argc);
  const std::string& code = split.value;
  const std::string& module = split.value;

  if (dis) {
    if (rest.empty()) {
      std::fputs("taipan: --dis needs a FILE\n", stderr);
      return 2;
    }
    return taipan::disassemble_file(rest[0]);
  }

  std::vector<std::string> script_argv;
  enum class Mode { Code, Module, File, Stdin, Repl } mode;
  if (split.which == 'c') {
    mode = Mode::Code;
    script_argv.push_back("-c");
    script_argv.insert(script_argv.end(), rest.begin(), rest.end());
  } else if (split.which == 'm') {
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
