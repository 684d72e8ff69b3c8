// The interactive loop: `>>> ` / `... ` prompts, line editing and history (libedit).
#pragma once
#include "vm/thread.h"

namespace taipan {
// Runs until EOF (Ctrl-D) or SystemExit; returns the exit status.
int run_repl(Thread& th);
}  // namespace taipan
