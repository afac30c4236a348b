// swjit.h — libgccjit, loaded on first use. The JIT calls libgccjit through these
// swjit_* wrappers, which resolve the real functions with dlopen/dlsym the first time:
// a process that never compiles a trace never maps libgccjit (about 10 MB of RSS).
// Types and constants come from libgccjit.h itself (Debian installs it under GCC's
// private include directory, so it is named by path).
#ifndef SWJIT_H
#define SWJIT_H
#if defined(__x86_64__)
#include "/usr/lib/gcc/x86_64-linux-gnu/12/include/libgccjit.h"
#elif defined(__aarch64__)
#include "/usr/lib/gcc/aarch64-linux-gnu/12/include/libgccjit.h"
#else
#error "Swoop's JIT supports x86-64 and ARM64 only"
#endif

/// Loads libgccjit if it is not loaded yet: NULL on success, else dlerror()'s message.
const char *swjit_load(void);

/// The libgccjit functions the JIT uses, once each: F(result type, name, parameters,
/// arguments) for `swjit_name` wrapping `gcc_jit_name`; V(...) for those returning void.
#define SWJIT_FUNCTIONS(F, V) \
    V(block_add_assignment, (gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_lvalue *lvalue, gcc_jit_rvalue *rvalue), (block, loc, lvalue, rvalue)) \
    V(block_add_eval, (gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue), (block, loc, rvalue)) \
    V(block_end_with_conditional, (gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *boolval, gcc_jit_block *on_true, gcc_jit_block *on_false), (block, loc, boolval, on_true, on_false)) \
    V(block_end_with_jump, (gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_block *target), (block, loc, target)) \
    V(block_end_with_return, (gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue), (block, loc, rvalue)) \
    F(gcc_jit_context *, context_acquire, (void), ()) \
    V(context_add_command_line_option, (gcc_jit_context *ctxt, const char *optname), (ctxt, optname)) \
    V(context_add_driver_option, (gcc_jit_context *ctxt, const char *optname), (ctxt, optname)) \
    F(gcc_jit_result *, context_compile, (gcc_jit_context *ctxt), (ctxt)) \
    V(context_compile_to_file, (gcc_jit_context *ctxt, enum gcc_jit_output_kind kind, const char *path), (ctxt, kind, path)) \
    V(context_dump_to_file, (gcc_jit_context *ctxt, const char *path, int update_locations), (ctxt, path, update_locations)) \
    F(gcc_jit_function *, context_get_builtin_function, (gcc_jit_context *ctxt, const char *name), (ctxt, name)) \
    F(const char *, context_get_first_error, (gcc_jit_context *ctxt), (ctxt)) \
    F(gcc_jit_type *, context_get_type, (gcc_jit_context *ctxt, enum gcc_jit_types type_), (ctxt, type_)) \
    F(gcc_jit_lvalue *, context_new_array_access, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *ptr, gcc_jit_rvalue *index), (ctxt, loc, ptr, index)) \
    F(gcc_jit_type *, context_new_array_type, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *element_type, int num_elements), (ctxt, loc, element_type, num_elements)) \
    F(gcc_jit_rvalue *, context_new_binary_op, (gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_binary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *a, gcc_jit_rvalue *b), (ctxt, loc, op, result_type, a, b)) \
    F(gcc_jit_rvalue *, context_new_bitcast, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type), (ctxt, loc, rvalue, type)) \
    F(gcc_jit_rvalue *, context_new_call, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_function *func, int numargs , gcc_jit_rvalue **args), (ctxt, loc, func, numargs, args)) \
    F(gcc_jit_rvalue *, context_new_call_through_ptr, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *fn_ptr, int numargs, gcc_jit_rvalue **args), (ctxt, loc, fn_ptr, numargs, args)) \
    F(gcc_jit_rvalue *, context_new_cast, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type), (ctxt, loc, rvalue, type)) \
    F(gcc_jit_rvalue *, context_new_comparison, (gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_comparison op, gcc_jit_rvalue *a, gcc_jit_rvalue *b), (ctxt, loc, op, a, b)) \
    F(gcc_jit_field *, context_new_field, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name), (ctxt, loc, type, name)) \
    F(gcc_jit_function *, context_new_function, (gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_function_kind kind, gcc_jit_type *return_type, const char *name, int num_params, gcc_jit_param **params, int is_variadic), (ctxt, loc, kind, return_type, name, num_params, params, is_variadic)) \
    F(gcc_jit_type *, context_new_function_ptr_type, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *return_type, int num_params, gcc_jit_type **param_types, int is_variadic), (ctxt, loc, return_type, num_params, param_types, is_variadic)) \
    F(gcc_jit_lvalue *, context_new_global, (gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_global_kind kind, gcc_jit_type *type, const char *name), (ctxt, loc, kind, type, name)) \
    F(gcc_jit_param *, context_new_param, (gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name), (ctxt, loc, type, name)) \
    F(gcc_jit_rvalue *, context_new_rvalue_from_double, (gcc_jit_context *ctxt, gcc_jit_type *numeric_type, double value), (ctxt, numeric_type, value)) \
    F(gcc_jit_rvalue *, context_new_rvalue_from_int, (gcc_jit_context *ctxt, gcc_jit_type *numeric_type, int value), (ctxt, numeric_type, value)) \
    F(gcc_jit_rvalue *, context_new_rvalue_from_long, (gcc_jit_context *ctxt, gcc_jit_type *numeric_type, long value), (ctxt, numeric_type, value)) \
    F(gcc_jit_rvalue *, context_new_rvalue_from_ptr, (gcc_jit_context *ctxt, gcc_jit_type *pointer_type, void *value), (ctxt, pointer_type, value)) \
    F(gcc_jit_struct *, context_new_struct_type, (gcc_jit_context *ctxt, gcc_jit_location *loc, const char *name, int num_fields, gcc_jit_field **fields), (ctxt, loc, name, num_fields, fields)) \
    F(gcc_jit_rvalue *, context_new_unary_op, (gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_unary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *rvalue), (ctxt, loc, op, result_type, rvalue)) \
    F(gcc_jit_rvalue *, context_null, (gcc_jit_context *ctxt, gcc_jit_type *pointer_type), (ctxt, pointer_type)) \
    V(context_release, (gcc_jit_context *ctxt), (ctxt)) \
    V(context_set_bool_option, (gcc_jit_context *ctxt, enum gcc_jit_bool_option opt, int value), (ctxt, opt, value)) \
    V(context_set_bool_print_errors_to_stderr, (gcc_jit_context *ctxt, int enabled), (ctxt, enabled)) \
    V(context_set_int_option, (gcc_jit_context *ctxt, enum gcc_jit_int_option opt, int value), (ctxt, opt, value)) \
    F(gcc_jit_block *, function_new_block, (gcc_jit_function *func, const char *name), (func, name)) \
    F(gcc_jit_lvalue *, function_new_local, (gcc_jit_function *func, gcc_jit_location *loc, gcc_jit_type *type, const char *name), (func, loc, type, name)) \
    F(gcc_jit_lvalue *, lvalue_access_field, (gcc_jit_lvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field), (struct_or_union, loc, field)) \
    F(gcc_jit_rvalue *, lvalue_as_rvalue, (gcc_jit_lvalue *lvalue), (lvalue)) \
    F(gcc_jit_rvalue *, lvalue_get_address, (gcc_jit_lvalue *lvalue, gcc_jit_location *loc), (lvalue, loc)) \
    F(gcc_jit_rvalue *, param_as_rvalue, (gcc_jit_param *param), (param)) \
    F(void *, result_get_code, (gcc_jit_result *result, const char *funcname), (result, funcname)) \
    V(result_release, (gcc_jit_result *result), (result)) \
    F(gcc_jit_rvalue *, rvalue_access_field, (gcc_jit_rvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field), (struct_or_union, loc, field)) \
    F(gcc_jit_lvalue *, rvalue_dereference, (gcc_jit_rvalue *rvalue, gcc_jit_location *loc), (rvalue, loc)) \
    F(gcc_jit_type *, struct_as_type, (gcc_jit_struct *struct_type), (struct_type)) \
    F(gcc_jit_type *, type_get_pointer, (gcc_jit_type *type), (type))

#define SWJIT_DECLARE_F(ret, name, params, args) ret swjit_##name params;
#define SWJIT_DECLARE_V(name, params, args) void swjit_##name params;
SWJIT_FUNCTIONS(SWJIT_DECLARE_F, SWJIT_DECLARE_V)
#undef SWJIT_DECLARE_F
#undef SWJIT_DECLARE_V

#endif
