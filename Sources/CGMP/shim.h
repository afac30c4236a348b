// shim.h — GMP for Swift. GMP's API names are macros over __gmpz_* functions; Swift
// imports the functions, so Swoop calls __gmpz_add and friends directly.
#include <gmp.h>
