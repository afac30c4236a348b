// swoop_trace_ir.h — THE trace IR instruction set, defined once as a table.
//
// A trace is a list of SSA instructions; each has an op, a result type, up to three
// operands (a, b, c) and one 64-bit immediate (aux). Operand formats, one character
// per field a, b, c, aux:
//   r  reference to an earlier instruction's result     s  frame slot (register number)
//   n  small integer                                    k  64-bit immediate (aux)
//   -  unused
// Result types: I int64, F double, B bool, O object pointer, V 16-byte value,
//               - no result, * given by the instruction (constants, inputs, unboxing).
// Flags: PURE (no side effects, no memory reads: may be folded, CSE'd, removed when
//        unused), GUARD (may leave the trace through its snapshot), READS (reads the
//        heap), WRITES (writes the heap), CALL (calls out of generated code), ALLOCATES
//        (a new object: removed when unused, as are PURE and READS-only ops).
// From this table come the Swift IROp enum, the printer's names and the parser.
#ifndef SWOOP_TRACE_IR_H
#define SWOOP_TRACE_IR_H

#include <stdint.h>

#define SW_IRF_PURE 1
#define SW_IRF_GUARD 2
#define SW_IRF_READS 4
#define SW_IRF_WRITES 8
#define SW_IRF_CALL 16
#define SW_IRF_ALLOCATES 32

#define SW_IR_TABLE(X) \
    /* name          format  type  flags                                   meaning */ \
    X(CONST,         "---k", "*",  SW_IRF_PURE)                            /* a constant: aux holds the bits */ \
    X(INPUT,         "s---", "*",  SW_IRF_GUARD | SW_IRF_READS)            /* loop-carried frame slot: guard its tag, unbox (entry only) */ \
    X(PHI,           "r---", "*",  0)                                      /* loop-carried value: a on entry, its loopBack value after */ \
    X(LABEL,         "----", "-",  0)                                      /* the loop starts here: what precedes runs once per entry */ \
    X(LOADSLOT,      "s---", "*",  SW_IRF_GUARD | SW_IRF_READS)            /* frame slot re-read after a call out: guard tag, unbox */ \
    X(STORESLOT,     "sr--", "-",  SW_IRF_WRITES)                          /* frame slot a = b (a variable only locals() could read next: kept in memory) */ \
    X(GUARD_TRUE,    "r---", "-",  SW_IRF_GUARD)                           /* leave unless a */ \
    X(GUARD_FALSE,   "r---", "-",  SW_IRF_GUARD)                           /* leave if a */ \
    X(GUARD_TYPE,    "r--k", "-",  SW_IRF_GUARD)                           /* leave unless object a has type aux */ \
    X(GUARD_ID,      "r--k", "-",  SW_IRF_GUARD)                           /* leave unless object a is aux */ \
    X(GUARD_VERSION, "r--k", "-",  SW_IRF_GUARD | SW_IRF_READS)            /* leave unless dict a's version is aux */ \
    X(GUARD_KEYS,    "r--k", "-",  SW_IRF_GUARD | SW_IRF_READS)            /* leave unless dict a's keysVersion is aux (same keys, same entries) */ \
    X(GUARD_NOGC,    "----", "-",  SW_IRF_GUARD | SW_IRF_READS)            /* leave if a collection was requested */ \
    X(IADD_OV,       "rr--", "I",  SW_IRF_GUARD)                           /* a + b, leave on overflow */ \
    X(ISUB_OV,       "rr--", "I",  SW_IRF_GUARD) \
    X(IMUL_OV,       "rr--", "I",  SW_IRF_GUARD) \
    X(INEG_OV,       "r---", "I",  SW_IRF_GUARD) \
    X(ILSHIFT_OV,    "rr--", "I",  SW_IRF_GUARD)                           /* a << b (0 <= b), leave on overflow */ \
    X(IADD,          "rr--", "I",  SW_IRF_PURE)                            /* a + b, known not to overflow */ \
    X(ISUB,          "rr--", "I",  SW_IRF_PURE)                            /* a - b, known not to overflow (int bounds) */ \
    X(IMUL,          "rr--", "I",  SW_IRF_PURE)                            /* a * b, known not to overflow (int bounds) */ \
    X(IFLOORDIV,     "rr--", "I",  SW_IRF_PURE)                            /* a // b for b > 0 */ \
    X(IMOD,          "rr--", "I",  SW_IRF_PURE)                            /* a % b for b > 0 */ \
    X(UDIV,          "rr--", "I",  SW_IRF_PURE)                            /* a // b for a >= 0, b > 0 (no sign correction) */ \
    X(UMOD,          "rr--", "I",  SW_IRF_PURE)                            /* a % b for a >= 0, b > 0 (no sign correction) */ \
    X(IAND,          "rr--", "I",  SW_IRF_PURE) \
    X(IOR,           "rr--", "I",  SW_IRF_PURE) \
    X(IXOR,          "rr--", "I",  SW_IRF_PURE) \
    X(IRSHIFT,       "rr--", "I",  SW_IRF_PURE)                            /* a >> b for b >= 0 */ \
    X(IINVERT,       "r---", "I",  SW_IRF_PURE) \
    X(ILT,           "rr--", "B",  SW_IRF_PURE) \
    X(ILE,           "rr--", "B",  SW_IRF_PURE) \
    X(IGT,           "rr--", "B",  SW_IRF_PURE) \
    X(IGE,           "rr--", "B",  SW_IRF_PURE) \
    X(IEQ,           "rr--", "B",  SW_IRF_PURE) \
    X(INE,           "rr--", "B",  SW_IRF_PURE) \
    X(FADD,          "rr--", "F",  SW_IRF_PURE) \
    X(FSUB,          "rr--", "F",  SW_IRF_PURE) \
    X(FMUL,          "rr--", "F",  SW_IRF_PURE) \
    X(FDIV,          "rr--", "F",  SW_IRF_PURE)                            /* a / b, b known non-zero */ \
    X(FNEG,          "r---", "F",  SW_IRF_PURE) \
    X(FLT,           "rr--", "B",  SW_IRF_PURE) \
    X(FLE,           "rr--", "B",  SW_IRF_PURE) \
    X(FGT,           "rr--", "B",  SW_IRF_PURE) \
    X(FGE,           "rr--", "B",  SW_IRF_PURE) \
    X(FEQ,           "rr--", "B",  SW_IRF_PURE) \
    X(FNE,           "rr--", "B",  SW_IRF_PURE) \
    X(OEQ,           "rr--", "B",  SW_IRF_PURE)                            /* objects a and b are the same (Python's `is`) */ \
    X(I2F,           "r---", "F",  SW_IRF_PURE)                            /* int -> float */ \
    X(BNOT,          "r---", "B",  SW_IRF_PURE) \
    X(B2I,           "r---", "I",  SW_IRF_PURE)                            /* bool -> int 0/1 */ \
    X(FCALL1,        "r--k", "F",  SW_IRF_PURE)                            /* libm function aux (see LibmFunction) of a */ \
    X(FCALL2,        "rr-k", "F",  SW_IRF_PURE)                            /* libm function aux of a, b */ \
    X(BOX,           "r---", "V",  SW_IRF_PURE)                            /* typed a -> 16-byte value */ \
    X(UNBOX,         "r---", "*",  SW_IRF_GUARD)                           /* value a -> typed, leave unless its tag matches */ \
    X(OBJ_SLOT,      "rn--", "V",  SW_IRF_READS)                           /* value slot b of object a */ \
    X(FIELD_I64,     "r--k", "I",  SW_IRF_READS)                           /* int64 at byte offset aux of object a (a field traces change only by calls) */ \
    X(LOAD_PTR,      "r--k", "O",  SW_IRF_READS)                           /* pointer at byte offset aux of a (changed only by calls out) */ \
    X(LOAD_VALUE,    "r--k", "V",  SW_IRF_READS)                           /* value at byte offset aux of a (a dict entry's value) */ \
    X(STORE_VALUE,   "r-rk", "-",  SW_IRF_WRITES)                          /* value at byte offset aux of a = c */ \
    X(DICT_BUMP,     "r---", "-",  SW_IRF_WRITES)                          /* dict a's version += 1 (after a store into it) */ \
    X(SET_SLOT,      "rnr-", "-",  SW_IRF_WRITES)                          /* object a slot b = value c */ \
    X(SET_SLOT_INT,  "rnr-", "-",  SW_IRF_WRITES)                          /* object a slot b bits = int c (tag already INT) */ \
    X(LIST_LEN,      "r---", "I",  SW_IRF_READS)                           /* len(list a) */ \
    X(TUPLE_LEN,     "r---", "I",  SW_IRF_PURE)                            /* len(tuple a) (tuples never change) */ \
    X(TUPLE_ITEM,    "rr--", "V",  SW_IRF_PURE)                            /* tuple a [b], 0 <= b < len checked (tuples never change) */ \
    X(LIST_ITEM,     "rr--", "V",  SW_IRF_READS)                           /* list a [b], 0 <= b < len checked */ \
    X(LIST_SETITEM,  "rrr-", "-",  SW_IRF_WRITES)                          /* list a [b] = value c, checked */ \
    X(LIST_APPEND,   "rr--", "-",  SW_IRF_WRITES | SW_IRF_CALL | SW_IRF_ALLOCATES) /* list a .append(value b) */ \
    X(NEW_TUPLE,     "rrr-", "V",  SW_IRF_ALLOCATES)                       /* a new tuple of values a (b, c: -1 when absent); removed when unused */ \
    X(NEW_LIST,      "rrr-", "V",  SW_IRF_ALLOCATES)                       /* a new list of values a, b, c (-1 when absent); removed when unused */ \
    X(CALL_HELPER,   "rrrk", "V",  SW_IRF_CALL | SW_IRF_ALLOCATES)         /* runtime helper aux (value a, value b, value c preloaded into the result; each may be -1) -> value; cannot fail after its guards */ \
    X(RESIDUAL,      "---k", "I",  SW_IRF_GUARD | SW_IRF_READS | SW_IRF_WRITES | SW_IRF_CALL | SW_IRF_ALLOCATES) /* the interpreter runs bytecode instruction aux in the top frame of the snapshot (frames written and rebuilt first; any result stays in its register) -> 0, 1 raised (exception pending), 2 FOR_ITER at its end; guards on it leave */ \
    X(CALL_TRACE,    "---k", "-",  SW_IRF_GUARD | SW_IRF_READS | SW_IRF_WRITES | SW_IRF_CALL) /* run inner loop trace aux; leave unless it ended at its loop exit */

typedef enum __attribute__((enum_extensibility(closed))) SwIROp : uint8_t {
#define SW_IR_ENUM(name, format, type, flags) SW_IR_##name,
    SW_IR_TABLE(SW_IR_ENUM)
#undef SW_IR_ENUM
    SW_IR__COUNT
} SwIROp;

typedef struct SwIROpInfo {
    const char *name;
    const char *format;
    const char *type;
    uint32_t flags;
} SwIROpInfo;

extern const SwIROpInfo sw_ir_info[SW_IR__COUNT];
/* One entry (Swift imports the array as a tuple, which it would copy to index). */
static inline const SwIROpInfo *sw_ir_info_at(int op) { return &sw_ir_info[op]; }

/// The collector's request flag, as a C global so generated code can poll it.
extern uint8_t sw_gc_requested;

#endif
