// swoop_opcodes.h — THE register-bytecode instruction set, defined once as a table.
//
// Each instruction is one 64-bit word: op in bits 0–7, A in 16–31, B in 32–47, C in 48–63.
// A jump's signed offset (relative to the next instruction) fills B and C as one int32
// ("J"), except in FOR_ITER where it is C alone (an unsigned forward offset).
// Wide 16-bit operands mean no extension prefixes: up to 65,535 registers per frame.
//
// Operand formats (one character per field A, B, C):
//   r register   n index into code.names   i immediate   j jump (B+C)   c jump (C only)
//   k index into code.constants            - unused
// Flags: JUMP (may branch), SAFEPOINT (may collect garbage: calls, back-edges),
//        RAISES (may raise), TERM (never falls through).
// From this table come the Swift opcode enum, the disassembler's names and formats,
// and the metadata the compiler and (later) the trace recorder consult.
#ifndef SWOOP_OPCODES_H
#define SWOOP_OPCODES_H

#include <stdint.h>

#define SW_OPF_JUMP 1
#define SW_OPF_SAFEPOINT 2
#define SW_OPF_RAISES 4
#define SW_OPF_TERM 8

#define SW_OPCODE_TABLE(X) \
    /* name              format  flags                         meaning */ \
    X(NOP,               "---",  0)                            /* nothing */ \
    X(MOVE,              "rr-",  0)                            /* A = B */ \
    X(LOAD_CONST,        "rk-",  0)                            /* A = constants[B] */ \
    X(CHECK_BOUND,       "rn-",  SW_OPF_RAISES)                /* raise UnboundLocalError(names[B]) if A unbound */ \
    X(DELETE_FAST,       "rn-",  SW_OPF_RAISES)                /* check bound, then unbind A */ \
    X(LOAD_GLOBAL,       "rn-",  SW_OPF_RAISES)                /* A = globals/builtins[names[B]] */ \
    X(STORE_GLOBAL,      "rn-",  0)                            /* globals[names[B]] = A */ \
    X(DELETE_GLOBAL,     "-n-",  SW_OPF_RAISES)                /* del globals[names[B]] */ \
    X(LOAD_NAME,         "rrn",  SW_OPF_RAISES)                /* A = names[C] from namespace dict B, else globals, else builtins (class bodies) */ \
    X(STORE_NAME,        "rrn",  SW_OPF_RAISES)                /* namespace dict B[names[C]] = A */ \
    X(DELETE_NAME,       "-rn",  SW_OPF_RAISES)                /* del namespace dict B[names[C]] */ \
    X(LOAD_CLASSDEREF,   "rrn",  SW_OPF_RAISES)                /* A = names[C] from the namespace in register 0, else cell B contents */ \
    X(LOAD_DEREF,        "rrn",  SW_OPF_RAISES)                /* A = cell B contents (C: name for errors) */ \
    X(STORE_DEREF,       "rr-",  0)                            /* cell B contents = A */ \
    X(DELETE_DEREF,      "-rn",  SW_OPF_RAISES)                /* unbind cell B */ \
    X(ADD,               "rrr",  SW_OPF_RAISES)                /* A = B + C */ \
    X(SUB,               "rrr",  SW_OPF_RAISES) \
    X(MUL,               "rrr",  SW_OPF_RAISES) \
    X(TRUEDIV,           "rrr",  SW_OPF_RAISES) \
    X(FLOORDIV,          "rrr",  SW_OPF_RAISES) \
    X(MOD,               "rrr",  SW_OPF_RAISES) \
    X(POW,               "rrr",  SW_OPF_RAISES) \
    X(LSHIFT,            "rrr",  SW_OPF_RAISES) \
    X(RSHIFT,            "rrr",  SW_OPF_RAISES) \
    X(BITAND,            "rrr",  SW_OPF_RAISES) \
    X(BITOR,             "rrr",  SW_OPF_RAISES) \
    X(BITXOR,            "rrr",  SW_OPF_RAISES) \
    X(MATMUL,            "rrr",  SW_OPF_RAISES) \
    X(IADD,              "rrr",  SW_OPF_RAISES)                /* A = B += C (in place for mutables) */ \
    X(ISUB,              "rrr",  SW_OPF_RAISES) \
    X(IMUL,              "rrr",  SW_OPF_RAISES) \
    X(ITRUEDIV,          "rrr",  SW_OPF_RAISES) \
    X(IFLOORDIV,         "rrr",  SW_OPF_RAISES) \
    X(IMOD,              "rrr",  SW_OPF_RAISES) \
    X(IPOW,              "rrr",  SW_OPF_RAISES) \
    X(ILSHIFT,           "rrr",  SW_OPF_RAISES) \
    X(IRSHIFT,           "rrr",  SW_OPF_RAISES) \
    X(IBITAND,           "rrr",  SW_OPF_RAISES) \
    X(IBITOR,            "rrr",  SW_OPF_RAISES) \
    X(IBITXOR,           "rrr",  SW_OPF_RAISES) \
    X(IMATMUL,           "rrr",  SW_OPF_RAISES) \
    X(NEG,               "rr-",  SW_OPF_RAISES)                /* A = -B */ \
    X(POS,               "rr-",  SW_OPF_RAISES)                /* A = +B */ \
    X(INVERT,            "rr-",  SW_OPF_RAISES)                /* A = ~B */ \
    X(NOT,               "rr-",  SW_OPF_RAISES)                /* A = not B */ \
    X(LT,                "rrr",  SW_OPF_RAISES)                /* A = B < C */ \
    X(LE,                "rrr",  SW_OPF_RAISES) \
    X(GT,                "rrr",  SW_OPF_RAISES) \
    X(GE,                "rrr",  SW_OPF_RAISES) \
    X(EQ,                "rrr",  SW_OPF_RAISES) \
    X(NE,                "rrr",  SW_OPF_RAISES) \
    X(IS,                "rrr",  0) \
    X(IS_NOT,            "rrr",  0) \
    X(IN,                "rrr",  SW_OPF_RAISES)                /* A = B in C */ \
    X(NOT_IN,            "rrr",  SW_OPF_RAISES) \
    X(JUMP,              "-j-",  SW_OPF_JUMP | SW_OPF_TERM)    /* pc += J */ \
    X(JUMP_BACK,         "-j-",  SW_OPF_JUMP | SW_OPF_TERM | SW_OPF_SAFEPOINT) /* loop back-edge */ \
    X(JUMP_IF_TRUE,      "rj-",  SW_OPF_JUMP | SW_OPF_RAISES)  /* if A: pc += J */ \
    X(JUMP_IF_FALSE,     "rj-",  SW_OPF_JUMP | SW_OPF_RAISES)  /* if not A: pc += J */ \
    X(GET_ITER,          "rr-",  SW_OPF_RAISES)                /* A = iter(B) */ \
    X(FOR_ITER,          "rrc",  SW_OPF_JUMP | SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* B = next(A) or pc += C */ \
    X(CALL,              "ri-",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* A = A(A+1 .. A+B) */ \
    X(CALL_KW,           "rir",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* A = A(A+1 .. A+B), last len(C) by keyword names in tuple C */ \
    X(CALL_EX,           "rr-",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* A = A(*(A+1), **(A+2)); B: 1 if A+2 is a dict */ \
    X(CALL_METHOD,       "ri-",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* after LOAD_METHOD: A = A(A+1 if bound, A+2 .. A+B+1) */ \
    X(CALL_METHOD_KW,    "rir",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* CALL_METHOD with keyword names tuple C */ \
    X(LOAD_METHOD,       "rrn",  SW_OPF_RAISES)                /* A = B.names[C] as (function, self) in A, A+1 */ \
    X(RETURN,            "r--",  SW_OPF_TERM)                  /* return A */ \
    X(LOAD_ATTR,         "rrn",  SW_OPF_RAISES)                /* A = B.names[C] */ \
    X(STORE_ATTR,        "rnr",  SW_OPF_RAISES)                /* A.names[B] = C */ \
    X(DELETE_ATTR,       "rn-",  SW_OPF_RAISES)                /* del A.names[B] */ \
    X(GETITEM,           "rrr",  SW_OPF_RAISES)                /* A = B[C] */ \
    X(SETITEM,           "rrr",  SW_OPF_RAISES)                /* A[B] = C */ \
    X(DELITEM,           "rr-",  SW_OPF_RAISES)                /* del A[B] */ \
    X(BUILD_LIST,        "rri",  0)                            /* A = [B .. B+C-1] */ \
    X(BUILD_TUPLE,       "rri",  0)                            /* A = (B .. B+C-1) */ \
    X(BUILD_SET,         "rri",  SW_OPF_RAISES)                /* A = {B .. B+C-1} */ \
    X(BUILD_DICT,        "rri",  SW_OPF_RAISES)                /* A = {B: B+1, ...} C pairs */ \
    X(BUILD_SLICE,       "rr-",  0)                            /* A = slice(B, B+1, B+2) */ \
    X(BUILD_STRING,      "rri",  0)                            /* A = B + ... + B+C-1 (all str) */ \
    X(LIST_APPEND,       "rr-",  0)                            /* A.append(B) */ \
    X(LIST_EXTEND,       "rr-",  SW_OPF_RAISES)                /* A.extend(B) */ \
    X(LIST_TO_TUPLE,     "rr-",  0)                            /* A = tuple(list B) */ \
    X(SET_ADD,           "rr-",  SW_OPF_RAISES)                /* A.add(B) */ \
    X(SET_UPDATE,        "rr-",  SW_OPF_RAISES)                /* A |= B */ \
    X(DICT_SET,          "rrr",  SW_OPF_RAISES)                /* A[B] = C (dict displays) */ \
    X(DICT_UPDATE,       "rr-",  SW_OPF_RAISES)                /* A.update(B) (dict displays with **) */ \
    X(UNPACK,            "rri",  SW_OPF_RAISES)                /* B .. B+C-1 = A (exactly C items) */ \
    X(UNPACK_EX,         "rri",  SW_OPF_RAISES)                /* starred unpack: C = before | after << 8 */ \
    X(FORMAT,            "rri",  SW_OPF_RAISES)                /* A = format(B, spec B+1 if C&4) after conversion C&3 (1 str, 2 repr, 3 ascii) */ \
    X(MAKE_FUNCTION,     "rri",  0)                            /* A = function(code B); C flags: 1 defaults A+1, 2 kwdefaults A+2, 4 closure A+3 */ \
    X(RAISE,             "rri",  SW_OPF_RAISES | SW_OPF_TERM)  /* raise A [from B]; C: 0 bare re-raise, 1 A, 2 A from B */ \
    X(RERAISE,           "r--",  SW_OPF_RAISES | SW_OPF_TERM)  /* re-raise exception A, keeping its traceback */ \
    X(EXC_MATCH,         "rrr",  SW_OPF_RAISES)                /* A = exception B matches type(s) C */ \
    X(PUSH_EXC,          "rr-",  0)                            /* B = handled exception; handled exception = A */ \
    X(POP_EXC,           "r--",  0)                            /* handled exception = A */ \
    X(RAISE_ASSERT,      "rri",  SW_OPF_RAISES | SW_OPF_TERM)  /* raise AssertionError(B if C else nothing) */ \
    X(IMPORT_NAME,       "rnr",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* A = import names[B] (fromlist C) */ \
    X(IMPORT_FROM,       "rrn",  SW_OPF_RAISES)                /* A = from-import names[C] out of module B */ \
    X(IMPORT_STAR,       "r--",  SW_OPF_RAISES)                /* from A import * */ \
    X(SETUP_ANNOTATIONS, "---",  0) \
    X(YIELD,             "rr-",  SW_OPF_RAISES)                /* generator: yield A; on resume B = the sent value */ \
    X(YIELD_FROM,        "rr-",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* send B into iterator A: yield what it yields (re-running this instruction on resume, B = sent value); when it is done B = its result */ \
    X(GEN_YIELD,         "rr-",  SW_OPF_RAISES)                /* generator expression: yield A, unless register B holds its consumer's collector (list: A appended; set: A added if hashing it runs no code) */ \
    X(BEFORE_WITH,       "rr-",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* context manager B: A, A+1 = __exit__ as (function, self or unbound), A+2 = B.__enter__() */ \
    X(WITH_EXIT,         "rrr",  SW_OPF_RAISES | SW_OPF_SAFEPOINT) /* A = bool(__exit__ B, B+1 called with (type(C), C, traceback)) */ \
    X(NOT_IMPLEMENTED,   "k--",  SW_OPF_RAISES | SW_OPF_TERM)  /* raise NotImplementedError(constants[A]) */

typedef enum __attribute__((enum_extensibility(closed))) SwOpcode : uint8_t {
#define SW_OP_ENUM(name, format, flags) SW_OP_##name,
    SW_OPCODE_TABLE(SW_OP_ENUM)
#undef SW_OP_ENUM
    SW_OP__COUNT
} SwOpcode;

typedef struct SwOpInfo {
    const char *name;
    const char *format;
    uint32_t flags;
} SwOpInfo;

extern const SwOpInfo sw_op_info[SW_OP__COUNT];
/* One entry (Swift imports the array as a tuple, which it would copy to index). */
static inline const SwOpInfo *sw_op_info_at(int op) { return &sw_op_info[op]; }

#endif
