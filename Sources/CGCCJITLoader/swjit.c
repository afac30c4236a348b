// swjit.c — the lazily bound libgccjit entry points declared in swjit.h.
#include "swjit.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static void *swjit_library;

const char *swjit_load(void) {
    if (swjit_library) return NULL;
    void *lib = dlopen("libgccjit.so.0", RTLD_LAZY | RTLD_LOCAL);
    if (!lib) {
        const char *e = dlerror();
        return e ? e : "cannot load libgccjit.so.0";
    }
    swjit_library = lib;
    return NULL;
}

static void *swjit_symbol(const char *name) {
    const char *e = swjit_load();
    void *p = e ? NULL : dlsym(swjit_library, name);
    if (!p) {
        fprintf(stderr, "swoop: libgccjit: cannot resolve %s%s%s\n", name, e ? ": " : "", e ? e : "");
        abort();
    }
    return p;
}

// Each wrapper resolves its function on first call. The pointer has the real
// prototype's type (from libgccjit.h), so the compiler checks the table against it.
#define SWJIT_BIND(name) \
    static __typeof__(gcc_jit_##name) *fn; \
    if (!fn) fn = (__typeof__(gcc_jit_##name) *)swjit_symbol("gcc_jit_" #name)
#define SWJIT_DEFINE_F(ret, name, params, args) \
    ret swjit_##name params { SWJIT_BIND(name); return fn args; }
#define SWJIT_DEFINE_V(name, params, args) \
    void swjit_##name params { SWJIT_BIND(name); fn args; }
SWJIT_FUNCTIONS(SWJIT_DEFINE_F, SWJIT_DEFINE_V)
