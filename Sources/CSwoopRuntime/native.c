// native.c — storage for the built-in functions' direct-form tables (swoop_native.h).
#include "swoop_native.h"

void *sw_native_direct1;
void *sw_native_direct2;
