// native.c — storage for the built-in functions' tables (swoop_native.h).
#include "swoop_native.h"

void *sw_native_table;
void *sw_native_owners;
void *sw_native_direct1;
void *sw_native_direct2;
