// swoop_native.h — the tables of built-in functions (Native.table, owners, and the
// direct forms direct1 and direct2: one- and two-argument calls without an argument
// array), as C globals: a Swift global holding them costs a swift_once call on every
// built-in call.
#ifndef SWOOP_NATIVE_H
#define SWOOP_NATIVE_H

/// Buffers indexed by built-in function (Swift closures and type pointers), grown by
/// Native.function.
extern void *sw_native_table;
extern void *sw_native_owners;
extern void *sw_native_direct1;
extern void *sw_native_direct2;

#endif
