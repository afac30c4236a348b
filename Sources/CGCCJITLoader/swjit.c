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

void swjit_block_add_assignment(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_lvalue *lvalue, gcc_jit_rvalue *rvalue) {
    static void (*fn)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_lvalue *lvalue, gcc_jit_rvalue *rvalue);
    if (!fn) fn = (void (*)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_lvalue *lvalue, gcc_jit_rvalue *rvalue))swjit_symbol("gcc_jit_block_add_assignment");
    fn(block, loc, lvalue, rvalue);
}

void swjit_block_add_eval(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue) {
    static void (*fn)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue);
    if (!fn) fn = (void (*)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue))swjit_symbol("gcc_jit_block_add_eval");
    fn(block, loc, rvalue);
}

void swjit_block_end_with_conditional(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *boolval, gcc_jit_block *on_true, gcc_jit_block *on_false) {
    static void (*fn)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *boolval, gcc_jit_block *on_true, gcc_jit_block *on_false);
    if (!fn) fn = (void (*)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *boolval, gcc_jit_block *on_true, gcc_jit_block *on_false))swjit_symbol("gcc_jit_block_end_with_conditional");
    fn(block, loc, boolval, on_true, on_false);
}

void swjit_block_end_with_jump(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_block *target) {
    static void (*fn)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_block *target);
    if (!fn) fn = (void (*)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_block *target))swjit_symbol("gcc_jit_block_end_with_jump");
    fn(block, loc, target);
}

void swjit_block_end_with_return(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue) {
    static void (*fn)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue);
    if (!fn) fn = (void (*)(gcc_jit_block *block, gcc_jit_location *loc, gcc_jit_rvalue *rvalue))swjit_symbol("gcc_jit_block_end_with_return");
    fn(block, loc, rvalue);
}

gcc_jit_context * swjit_context_acquire(void) {
    static gcc_jit_context * (*fn)(void);
    if (!fn) fn = (gcc_jit_context * (*)(void))swjit_symbol("gcc_jit_context_acquire");
    return fn();
}

void swjit_context_add_command_line_option(gcc_jit_context *ctxt, const char *optname) {
    static void (*fn)(gcc_jit_context *ctxt, const char *optname);
    if (!fn) fn = (void (*)(gcc_jit_context *ctxt, const char *optname))swjit_symbol("gcc_jit_context_add_command_line_option");
    fn(ctxt, optname);
}

void swjit_context_add_driver_option(gcc_jit_context *ctxt, const char *optname) {
    static void (*fn)(gcc_jit_context *ctxt, const char *optname);
    if (!fn) fn = (void (*)(gcc_jit_context *ctxt, const char *optname))swjit_symbol("gcc_jit_context_add_driver_option");
    fn(ctxt, optname);
}

gcc_jit_result * swjit_context_compile(gcc_jit_context *ctxt) {
    static gcc_jit_result * (*fn)(gcc_jit_context *ctxt);
    if (!fn) fn = (gcc_jit_result * (*)(gcc_jit_context *ctxt))swjit_symbol("gcc_jit_context_compile");
    return fn(ctxt);
}

const char * swjit_context_get_first_error(gcc_jit_context *ctxt) {
    static const char * (*fn)(gcc_jit_context *ctxt);
    if (!fn) fn = (const char * (*)(gcc_jit_context *ctxt))swjit_symbol("gcc_jit_context_get_first_error");
    return fn(ctxt);
}

gcc_jit_type * swjit_context_get_type(gcc_jit_context *ctxt, enum gcc_jit_types type_) {
    static gcc_jit_type * (*fn)(gcc_jit_context *ctxt, enum gcc_jit_types type_);
    if (!fn) fn = (gcc_jit_type * (*)(gcc_jit_context *ctxt, enum gcc_jit_types type_))swjit_symbol("gcc_jit_context_get_type");
    return fn(ctxt, type_);
}

gcc_jit_lvalue * swjit_context_new_array_access(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *ptr, gcc_jit_rvalue *index) {
    static gcc_jit_lvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *ptr, gcc_jit_rvalue *index);
    if (!fn) fn = (gcc_jit_lvalue * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *ptr, gcc_jit_rvalue *index))swjit_symbol("gcc_jit_context_new_array_access");
    return fn(ctxt, loc, ptr, index);
}

gcc_jit_rvalue * swjit_context_new_binary_op(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_binary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_binary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *a, gcc_jit_rvalue *b);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_binary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *a, gcc_jit_rvalue *b))swjit_symbol("gcc_jit_context_new_binary_op");
    return fn(ctxt, loc, op, result_type, a, b);
}

gcc_jit_rvalue * swjit_context_new_bitcast(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type))swjit_symbol("gcc_jit_context_new_bitcast");
    return fn(ctxt, loc, rvalue, type);
}

gcc_jit_rvalue * swjit_context_new_call(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_function *func, int numargs , gcc_jit_rvalue **args) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_function *func, int numargs , gcc_jit_rvalue **args);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_function *func, int numargs , gcc_jit_rvalue **args))swjit_symbol("gcc_jit_context_new_call");
    return fn(ctxt, loc, func, numargs, args);
}

gcc_jit_rvalue * swjit_context_new_call_through_ptr(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *fn_ptr, int numargs, gcc_jit_rvalue **args) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *fn_ptr, int numargs, gcc_jit_rvalue **args);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *fn_ptr, int numargs, gcc_jit_rvalue **args))swjit_symbol("gcc_jit_context_new_call_through_ptr");
    return fn(ctxt, loc, fn_ptr, numargs, args);
}

gcc_jit_rvalue * swjit_context_new_cast(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_rvalue *rvalue, gcc_jit_type *type))swjit_symbol("gcc_jit_context_new_cast");
    return fn(ctxt, loc, rvalue, type);
}

gcc_jit_rvalue * swjit_context_new_comparison(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_comparison op, gcc_jit_rvalue *a, gcc_jit_rvalue *b) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_comparison op, gcc_jit_rvalue *a, gcc_jit_rvalue *b);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_comparison op, gcc_jit_rvalue *a, gcc_jit_rvalue *b))swjit_symbol("gcc_jit_context_new_comparison");
    return fn(ctxt, loc, op, a, b);
}

gcc_jit_field * swjit_context_new_field(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name) {
    static gcc_jit_field * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name);
    if (!fn) fn = (gcc_jit_field * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name))swjit_symbol("gcc_jit_context_new_field");
    return fn(ctxt, loc, type, name);
}

gcc_jit_function * swjit_context_new_function(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_function_kind kind, gcc_jit_type *return_type, const char *name, int num_params, gcc_jit_param **params, int is_variadic) {
    static gcc_jit_function * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_function_kind kind, gcc_jit_type *return_type, const char *name, int num_params, gcc_jit_param **params, int is_variadic);
    if (!fn) fn = (gcc_jit_function * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_function_kind kind, gcc_jit_type *return_type, const char *name, int num_params, gcc_jit_param **params, int is_variadic))swjit_symbol("gcc_jit_context_new_function");
    return fn(ctxt, loc, kind, return_type, name, num_params, params, is_variadic);
}

gcc_jit_type * swjit_context_new_function_ptr_type(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *return_type, int num_params, gcc_jit_type **param_types, int is_variadic) {
    static gcc_jit_type * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *return_type, int num_params, gcc_jit_type **param_types, int is_variadic);
    if (!fn) fn = (gcc_jit_type * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *return_type, int num_params, gcc_jit_type **param_types, int is_variadic))swjit_symbol("gcc_jit_context_new_function_ptr_type");
    return fn(ctxt, loc, return_type, num_params, param_types, is_variadic);
}

gcc_jit_param * swjit_context_new_param(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name) {
    static gcc_jit_param * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name);
    if (!fn) fn = (gcc_jit_param * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *type, const char *name))swjit_symbol("gcc_jit_context_new_param");
    return fn(ctxt, loc, type, name);
}

gcc_jit_rvalue * swjit_context_new_rvalue_from_double(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, double value) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, double value);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, double value))swjit_symbol("gcc_jit_context_new_rvalue_from_double");
    return fn(ctxt, numeric_type, value);
}

gcc_jit_rvalue * swjit_context_new_rvalue_from_int(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, int value) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, int value);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, int value))swjit_symbol("gcc_jit_context_new_rvalue_from_int");
    return fn(ctxt, numeric_type, value);
}

gcc_jit_rvalue * swjit_context_new_rvalue_from_long(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, long value) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, long value);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_type *numeric_type, long value))swjit_symbol("gcc_jit_context_new_rvalue_from_long");
    return fn(ctxt, numeric_type, value);
}

gcc_jit_rvalue * swjit_context_new_rvalue_from_ptr(gcc_jit_context *ctxt, gcc_jit_type *pointer_type, void *value) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_type *pointer_type, void *value);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_type *pointer_type, void *value))swjit_symbol("gcc_jit_context_new_rvalue_from_ptr");
    return fn(ctxt, pointer_type, value);
}

gcc_jit_struct * swjit_context_new_struct_type(gcc_jit_context *ctxt, gcc_jit_location *loc, const char *name, int num_fields, gcc_jit_field **fields) {
    static gcc_jit_struct * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, const char *name, int num_fields, gcc_jit_field **fields);
    if (!fn) fn = (gcc_jit_struct * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, const char *name, int num_fields, gcc_jit_field **fields))swjit_symbol("gcc_jit_context_new_struct_type");
    return fn(ctxt, loc, name, num_fields, fields);
}

gcc_jit_rvalue * swjit_context_new_unary_op(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_unary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *rvalue) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_unary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *rvalue);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_location *loc, enum gcc_jit_unary_op op, gcc_jit_type *result_type, gcc_jit_rvalue *rvalue))swjit_symbol("gcc_jit_context_new_unary_op");
    return fn(ctxt, loc, op, result_type, rvalue);
}

gcc_jit_rvalue * swjit_context_null(gcc_jit_context *ctxt, gcc_jit_type *pointer_type) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_context *ctxt, gcc_jit_type *pointer_type);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_context *ctxt, gcc_jit_type *pointer_type))swjit_symbol("gcc_jit_context_null");
    return fn(ctxt, pointer_type);
}

void swjit_context_release(gcc_jit_context *ctxt) {
    static void (*fn)(gcc_jit_context *ctxt);
    if (!fn) fn = (void (*)(gcc_jit_context *ctxt))swjit_symbol("gcc_jit_context_release");
    fn(ctxt);
}

void swjit_context_set_bool_print_errors_to_stderr(gcc_jit_context *ctxt, int enabled) {
    static void (*fn)(gcc_jit_context *ctxt, int enabled);
    if (!fn) fn = (void (*)(gcc_jit_context *ctxt, int enabled))swjit_symbol("gcc_jit_context_set_bool_print_errors_to_stderr");
    fn(ctxt, enabled);
}

gcc_jit_type *swjit_context_new_array_type(gcc_jit_context *ctxt, gcc_jit_location *loc, gcc_jit_type *element_type, int num_elements) {
    static gcc_jit_type *(*fn)(gcc_jit_context *, gcc_jit_location *, gcc_jit_type *, int);
    if (!fn) fn = (gcc_jit_type *(*)(gcc_jit_context *, gcc_jit_location *, gcc_jit_type *, int))swjit_symbol("gcc_jit_context_new_array_type");
    return fn(ctxt, loc, element_type, num_elements);
}

void swjit_context_compile_to_file(gcc_jit_context *ctxt, enum gcc_jit_output_kind kind, const char *path) {
    static void (*fn)(gcc_jit_context *ctxt, enum gcc_jit_output_kind kind, const char *path);
    if (!fn) fn = (void (*)(gcc_jit_context *ctxt, enum gcc_jit_output_kind kind, const char *path))swjit_symbol("gcc_jit_context_compile_to_file");
    fn(ctxt, kind, path);
}

gcc_jit_function *swjit_context_get_builtin_function(gcc_jit_context *ctxt, const char *name) {
    static gcc_jit_function *(*fn)(gcc_jit_context *ctxt, const char *name);
    if (!fn) fn = (gcc_jit_function *(*)(gcc_jit_context *ctxt, const char *name))swjit_symbol("gcc_jit_context_get_builtin_function");
    return fn(ctxt, name);
}

void swjit_context_set_bool_option(gcc_jit_context *ctxt, enum gcc_jit_bool_option opt, int value) {
    static void (*fn)(gcc_jit_context *ctxt, enum gcc_jit_bool_option opt, int value);
    if (!fn) fn = (void (*)(gcc_jit_context *ctxt, enum gcc_jit_bool_option opt, int value))swjit_symbol("gcc_jit_context_set_bool_option");
    fn(ctxt, opt, value);
}

void swjit_context_set_int_option(gcc_jit_context *ctxt, enum gcc_jit_int_option opt, int value) {
    static void (*fn)(gcc_jit_context *ctxt, enum gcc_jit_int_option opt, int value);
    if (!fn) fn = (void (*)(gcc_jit_context *ctxt, enum gcc_jit_int_option opt, int value))swjit_symbol("gcc_jit_context_set_int_option");
    fn(ctxt, opt, value);
}

gcc_jit_block * swjit_function_new_block(gcc_jit_function *func, const char *name) {
    static gcc_jit_block * (*fn)(gcc_jit_function *func, const char *name);
    if (!fn) fn = (gcc_jit_block * (*)(gcc_jit_function *func, const char *name))swjit_symbol("gcc_jit_function_new_block");
    return fn(func, name);
}

gcc_jit_lvalue * swjit_function_new_local(gcc_jit_function *func, gcc_jit_location *loc, gcc_jit_type *type, const char *name) {
    static gcc_jit_lvalue * (*fn)(gcc_jit_function *func, gcc_jit_location *loc, gcc_jit_type *type, const char *name);
    if (!fn) fn = (gcc_jit_lvalue * (*)(gcc_jit_function *func, gcc_jit_location *loc, gcc_jit_type *type, const char *name))swjit_symbol("gcc_jit_function_new_local");
    return fn(func, loc, type, name);
}

gcc_jit_lvalue * swjit_lvalue_access_field(gcc_jit_lvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field) {
    static gcc_jit_lvalue * (*fn)(gcc_jit_lvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field);
    if (!fn) fn = (gcc_jit_lvalue * (*)(gcc_jit_lvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field))swjit_symbol("gcc_jit_lvalue_access_field");
    return fn(struct_or_union, loc, field);
}

gcc_jit_rvalue * swjit_lvalue_as_rvalue(gcc_jit_lvalue *lvalue) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_lvalue *lvalue);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_lvalue *lvalue))swjit_symbol("gcc_jit_lvalue_as_rvalue");
    return fn(lvalue);
}

gcc_jit_rvalue * swjit_lvalue_get_address(gcc_jit_lvalue *lvalue, gcc_jit_location *loc) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_lvalue *lvalue, gcc_jit_location *loc);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_lvalue *lvalue, gcc_jit_location *loc))swjit_symbol("gcc_jit_lvalue_get_address");
    return fn(lvalue, loc);
}

gcc_jit_rvalue * swjit_param_as_rvalue(gcc_jit_param *param) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_param *param);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_param *param))swjit_symbol("gcc_jit_param_as_rvalue");
    return fn(param);
}

void * swjit_result_get_code(gcc_jit_result *result, const char *funcname) {
    static void * (*fn)(gcc_jit_result *result, const char *funcname);
    if (!fn) fn = (void * (*)(gcc_jit_result *result, const char *funcname))swjit_symbol("gcc_jit_result_get_code");
    return fn(result, funcname);
}

void swjit_result_release(gcc_jit_result *result) {
    static void (*fn)(gcc_jit_result *result);
    if (!fn) fn = (void (*)(gcc_jit_result *result))swjit_symbol("gcc_jit_result_release");
    fn(result);
}

gcc_jit_rvalue * swjit_rvalue_access_field(gcc_jit_rvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field) {
    static gcc_jit_rvalue * (*fn)(gcc_jit_rvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field);
    if (!fn) fn = (gcc_jit_rvalue * (*)(gcc_jit_rvalue *struct_or_union, gcc_jit_location *loc, gcc_jit_field *field))swjit_symbol("gcc_jit_rvalue_access_field");
    return fn(struct_or_union, loc, field);
}

gcc_jit_lvalue * swjit_rvalue_dereference(gcc_jit_rvalue *rvalue, gcc_jit_location *loc) {
    static gcc_jit_lvalue * (*fn)(gcc_jit_rvalue *rvalue, gcc_jit_location *loc);
    if (!fn) fn = (gcc_jit_lvalue * (*)(gcc_jit_rvalue *rvalue, gcc_jit_location *loc))swjit_symbol("gcc_jit_rvalue_dereference");
    return fn(rvalue, loc);
}

gcc_jit_type * swjit_struct_as_type(gcc_jit_struct *struct_type) {
    static gcc_jit_type * (*fn)(gcc_jit_struct *struct_type);
    if (!fn) fn = (gcc_jit_type * (*)(gcc_jit_struct *struct_type))swjit_symbol("gcc_jit_struct_as_type");
    return fn(struct_type);
}

gcc_jit_type * swjit_type_get_pointer(gcc_jit_type *type) {
    static gcc_jit_type * (*fn)(gcc_jit_type *type);
    if (!fn) fn = (gcc_jit_type * (*)(gcc_jit_type *type))swjit_symbol("gcc_jit_type_get_pointer");
    return fn(type);
}
