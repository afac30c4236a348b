// shim.h — libgccjit for Swift. Debian installs libgccjit.h under GCC's private include
// directory, which Swift's clang does not search, so name it by path for each target.
#if defined(__x86_64__)
#include "/usr/lib/gcc/x86_64-linux-gnu/12/include/libgccjit.h"
#elif defined(__aarch64__)
#include "/usr/lib/gcc/aarch64-linux-gnu/12/include/libgccjit.h"
#else
#error "Swoop's JIT supports x86-64 and ARM64 only"
#endif
