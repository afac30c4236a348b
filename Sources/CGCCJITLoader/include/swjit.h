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

void swjit_block_add_assignment(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_lvalue *lvalue, gcc_jit_rvalue *rvalue);
void swjit_block_add_eval(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue);
void swjit_block_end_with_conditional(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *boolval, gcc_jit_block *on_true, gcc_jit_block *on_false);
void swjit_block_end_with_jump(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_block *target);
void swjit_block_end_with_return(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue);
gcc_jit_context * swjit_context_acquire(void);
void swjit_context_add_command_line_option(gcc_jit_context *ctxt, const char *optname);
void swjit_context_add_driver_option(gcc_jit_context *ctxt, const char *optname);
gcc_jit_result * swjit_context_compile(gcc_jit_context *ctxt);
const char * swjit_context_get_first_error(gcc_jit_context *ctxt);
gcc_jit_type * swjit_context_get_type(gcc_jit_context *ctxt, enum gcc_jit_types type_);
gcc_jit_lvalue * swjit_context_new_array_access(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *ptr, gcc_jit_rvalue *index);
gcc_jit_rvalue * swjit_context_new_binary_op(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_binary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *a, gcc_jit_rvalue *b);
gcc_jit_rvalue * swjit_context_new_bitcast(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type);
gcc_jit_rvalue * swjit_context_new_call(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_function *func, int numargs , gcc_jit_rvalue **args);
gcc_jit_rvalue * swjit_context_new_call_through_ptr(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *fn_ptr, int numargs, gcc_jit_rvalue **args);
gcc_jit_rvalue * swjit_context_new_cast(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type);
gcc_jit_rvalue * swjit_context_new_comparison(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_comparison op, gcc_jit_rvalue *a, gcc_jit_rvalue *b);
gcc_jit_field * swjit_context_new_field(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name);
gcc_jit_function * swjit_context_new_function(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_function_kind kind, gcc_jit_type *return_type, const char *name, int num_params, gcc_jit_param **params, int is_variadic);
gcc_jit_type * swjit_context_new_function_ptr_type(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *return_type, int num_params, gcc_jit_type **param_types, int is_variadic);
gcc_jit_param * swjit_context_new_param(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name);
gcc_jit_rvalue * swjit_context_new_rvalue_from_double(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, double value);
gcc_jit_rvalue * swjit_context_new_rvalue_from_int(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, int value);
gcc_jit_rvalue * swjit_context_new_rvalue_from_long(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, long value);
gcc_jit_rvalue * swjit_context_new_rvalue_from_ptr(gcc_jit_context *ctxt, gcc_jit_type *pointer_type, void *value);
gcc_jit_struct * swjit_context_new_struct_type(gcc_jit_context *ctxt, gcc_jit_location *loc, const char *name, int num_fields, gcc_jit_field **fields);
gcc_jit_rvalue * swjit_context_new_unary_op(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_unary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *rvalue);
gcc_jit_rvalue * swjit_context_null(gcc_jit_context *ctxt, gcc_jit_type *pointer_type);
void swjit_context_release(gcc_jit_context *ctxt);
void swjit_context_set_bool_print_errors_to_stderr(gcc_jit_context *ctxt, int enabled);
gcc_jit_type *swjit_context_new_array_type(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *element_type, int num_elements);
void swjit_context_compile_to_file(gcc_jit_context *ctxt, enum gcc_jit_output_kind kind, const char *path);
gcc_jit_function *swjit_context_get_builtin_function(gcc_jit_context *ctxt, const char *name);
void swjit_context_set_bool_option(gcc_jit_context *ctxt, enum gcc_jit_bool_option opt, int value);
void swjit_context_set_int_option(gcc_jit_context *ctxt, enum gcc_jit_int_option opt, int value);
gcc_jit_block * swjit_function_new_block(gcc_jit_function *func, const char *name);
gcc_jit_lvalue * swjit_function_new_local(gcc_jit_function *func, gcc_jit_location *loc, gcc_jit_type *type, const char *name);
gcc_jit_lvalue * swjit_lvalue_access_field(gcc_jit_lvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field);
gcc_jit_rvalue * swjit_lvalue_as_rvalue(gcc_jit_lvalue *lvalue);
gcc_jit_rvalue * swjit_lvalue_get_address(gcc_jit_lvalue *lvalue, gcc_jit_location *loc);
gcc_jit_rvalue * swjit_param_as_rvalue(gcc_jit_param *param);
void * swjit_result_get_code(gcc_jit_result *result, const char *funcname);
void swjit_result_release(gcc_jit_result *result);
gcc_jit_rvalue * swjit_rvalue_access_field(gcc_jit_rvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field);
gcc_jit_lvalue * swjit_rvalue_dereference(gcc_jit_rvalue *rvalue, gcc_jit_location *loc);
gcc_jit_type * swjit_struct_as_type(gcc_jit_struct *struct_type);
gcc_jit_type * swjit_type_get_pointer(gcc_jit_type *type);

#endif
