// Running programs: a file, a string (-c), stdin, a module (-m), and the REPL's
// per-entry execution. These are what the `taipan` command and the embedding API call;
// each returns the process exit status CPython would use.
#pragma once
#include <string>
#include <string_view>

#include "vm/thread.h"

namespace taipan {

struct ModuleObject;

// Creates (or returns) the __main__ module, registered in sys.modules.
ModuleObject* main_module(Thread& th);

// Compiles and runs `source` as the __main__ module. Uncaught exceptions are printed
// (SystemExit gives its code). Returns the exit status.
int run_main_source(Thread& th, std::string_view source, const std::string& filename);
int run_main_file(Thread& th, const std::string& path);
// -m: finds `name` through the import system and runs it as __main__ (a package runs
// its __main__ submodule).
int run_main_module(Thread& th, const std::string& name);

// REPL: runs one complete interactive entry in 'single' mode in __main__; prints any
// error's traceback. Returns -1 normally, or an exit status when SystemExit was raised.
int run_interactive_entry(Thread& th, std::string_view source);

// Prints the disassembly of a file's code; returns the exit status.
int disassemble_file(const std::string& path);

// Converts an uncaught exception into an exit status, printing it as CPython does
// (SystemExit: its code, printed to stderr when not an int).
int handle_uncaught(Thread& th, Value exc);

// Flushes sys.stdout/sys.stderr; returns status (1 if flushing failed).
int runtime_finish(Thread& th, int status);

bool read_file(const std::string& path, std::string* out);

}  // namespace taipan
