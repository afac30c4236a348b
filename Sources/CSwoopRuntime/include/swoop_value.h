// swoop_value.h — the value and heap-object layouts shared by the Swift runtime, the
// interpreter and (later) JIT-generated machine code. Nothing here may change without
// changing the code that reads it: generated code loads these fields directly.
#ifndef SWOOP_VALUE_H
#define SWOOP_VALUE_H

#include <stdint.h>
#include <stddef.h>
#include <gmp.h>

/// Value tags. A value is 16 bytes: the tag, then the payload bits. Tag 0 is "unbound":
/// frames are zero-filled on entry, so an unassigned local reads as unbound.
typedef enum __attribute__((enum_extensibility(closed))) SwTag : uint64_t {
    SW_TAG_UNBOUND = 0,
    SW_TAG_NONE = 1,
    SW_TAG_BOOL = 2,     // bits: 0 or 1
    SW_TAG_INT = 3,      // bits: int64 (ints outside int64 are SW_TAG_OBJ big ints)
    SW_TAG_FLOAT = 4,    // bits: IEEE double
    SW_TAG_OBJ = 5,      // bits: SwObject *
} SwTag;

typedef struct SwValue {
    SwTag tag;
    uint64_t bits;
} SwValue;

struct SwType;

/// Every heap object starts with this header. The GC threads all objects on one list
/// through `gcNext`; `nslots` counts the SwValue fields stored right after the header
/// (after any kind-specific fixed fields — see each layout) so the marker can trace
/// "slot objects" without knowing their kind.
typedef struct SwObject {
    struct SwType * _Nonnull type;
    struct SwObject * _Nullable gcNext;
    uint32_t gcMark;
    uint32_t nslots;
} SwObject;

/// The built-in layout kinds. A type object records which layout its instances use;
/// the GC and the fast paths switch on it.
typedef enum __attribute__((enum_extensibility(closed))) SwKind : uint32_t {
    SW_KIND_SLOTS = 0,    // header + nslots values, nothing else (functions, cells, iterators...)
    SW_KIND_TYPE,
    SW_KIND_BIGINT,
    SW_KIND_STR,
    SW_KIND_TUPLE,
    SW_KIND_LIST,
    SW_KIND_DICT,
    SW_KIND_SET,
    SW_KIND_CODE,
    SW_KIND_BUILTIN,
} SwKind;

/// An int too large for int64. Always normalized: a result that fits in int64 is a
/// SW_TAG_INT value, never a SwBigInt.
typedef struct SwBigInt {
    SwObject head;
    __mpz_struct z;
} SwBigInt;

/// str: UTF-8 bytes inline, NUL-terminated. `length` counts code points; when the string
/// is ASCII (`isASCII`), indexing is byte indexing.
typedef struct SwStr {
    SwObject head;
    int64_t length;
    int64_t byteCount;
    int64_t hash;        // -1 until computed
    uint8_t isASCII;
    uint8_t isInterned;
    uint8_t isClassAttributeName;   // a key of a heap class's dict (see Classes.noteNewKey)
    uint8_t inInstanceDict;         // was a key of an instance's dict
    uint8_t shadowsClassAttribute;  // was both: some instance may hide a class attribute
    uint8_t pad[3];
    char bytes[];
} SwStr;

/// tuple: items inline, `head.nslots == count`.
typedef struct SwTuple {
    SwObject head;
    SwValue items[];
} SwTuple;

typedef struct SwList {
    SwObject head;
    int64_t count;
    int64_t capacity;
    SwValue * _Null_unspecified items;
} SwList;

/// One entry of a dict's dense, insertion-ordered entry array. A deleted entry has
/// key.tag == SW_TAG_UNBOUND.
typedef struct SwDictEntry {
    int64_t hash;
    SwValue key;
    SwValue value;
} SwDictEntry;

/// dict: a compact, insertion-ordered hash table (dense entries + a sparse index table
/// of int64 entry numbers, -1 empty, -2 deleted). `version` changes on every mutation so
/// caches (and JIT guards) can check "unchanged" with one compare; `keysVersion` only when
/// a key is added or removed (while it holds, every key keeps its entry number, so a trace
/// can read a global's value straight from its entry however often the value is rebound).
/// `index` owns one malloc block holding the index table and, after it, the entries.
typedef struct SwDict {
    SwObject head;
    int64_t count;        // live entries
    int64_t used;         // entries slots used (live + deleted)
    int64_t entryCapacity;
    int64_t indexMask;    // index table size - 1 (a power of two)
    SwDictEntry * _Null_unspecified entries;
    int64_t * _Null_unspecified index;
    uint64_t version;
    uint64_t keysVersion;
    uint64_t flags;       // SW_DICT_INSTANCE, SW_DICT_CLASS: whose attributes it holds
} SwDict;

#define SW_DICT_INSTANCE 1
#define SW_DICT_CLASS 2

/// set / frozenset: open addressing over (hash, key) with CPython's probe sequence, so
/// that iteration order matches CPython for the same insertions.
typedef struct SwSetEntry {
    int64_t hash;
    SwValue key;         // tag UNBOUND = empty; tag NONE with hash == -1... see Set.swift
} SwSetEntry;

typedef struct SwSet {
    SwObject head;
    int64_t fill;        // live + dummy
    int64_t used;        // live
    int64_t mask;
    int64_t finger;      // for pop()
    int64_t hash;        // frozenset hash cache, -1 if unknown
    SwSetEntry * _Null_unspecified table;   // `small` while the table has 8 entries
    SwSetEntry small[8];                    // CPython's smalltable: no block of its own
} SwSet;

/// A code object: an opaque (retained) pointer to the Swift CodeObject, plus the
/// constants materialized as values (GC-traced through nslots).
typedef struct SwCode {
    SwObject head;
    void * _Nonnull swiftCode;
    void * _Null_unspecified hot;   // the interpreter's CodeHot: fields read on every call
    SwValue constants[];
} SwCode;

/// A built-in function or bound built-in method: `index` selects the Swift
/// implementation; slot 0 is the bound self (UNBOUND if none), slot 1 the name.
typedef struct SwBuiltin {
    SwObject head;
    int64_t index;
    SwValue slots[];
} SwBuiltin;

#define SW_CLASS_CACHE_SIZE 64
/// Room in a class's attribute-name hash table (twice the names it may hold).
#define SW_ATTR_TABLE_SIZE 64

/// The hot facts of a class made by a `class` statement (a heap type), read on every
/// attribute access and call: where instances keep their __dict__, their inline
/// attributes' names (see InlineAttributes.swift), and a direct-mapped cache of MRO
/// lookups keyed by interned-name address, valid while `epoch` equals the runtime's class
/// epoch (bumped whenever any class changes).

typedef struct SwClassCache {
    int64_t dictOffset;          // byte offset of the instance dict value, or -1
    int64_t epoch;
    struct SwType * _Nonnull solidBase;   // the built-in layout instances share
    int64_t trailingValues;      // traced values after the solid base's fields
    SwValue fastInit;            // Python __init__ entered directly by C(...), or UNBOUND
    int64_t inlineCapacity;      // attribute values new instances keep inline (-1: never inline)
    int64_t inlineSpare;         // how many more new instances get room for names not seen yet
    uint64_t attrKeys[SW_ATTR_TABLE_SIZE];   // attribute-name table: interned str bits, open addressing (0: free)
    int8_t attrIndex[SW_ATTR_TABLE_SIZE];    // ... and each one's inline index
    uint64_t keys[SW_CLASS_CACHE_SIZE];
    SwValue values[SW_CLASS_CACHE_SIZE];
} SwClassCache;

/// A type object. Built-in types are allocated at startup; classes by `class` statements.
typedef struct SwType {
    SwObject head;
    SwKind kind;
    uint32_t flags;
    int64_t typeId;          // heap types: index + 1 of the runtime's ClassInfo record; built-in types with a constructor: -(index + 1) in Ops.constructors
    struct SwType * _Nullable base;     // single base for built-ins; MRO for classes lives in slots
    SwClassCache * _Nullable cache;     // heap types only
    // slots: [0] name (str), [1] dict (attributes/methods), [2] mro tuple, [3] bases tuple
    SwValue slots[];
} SwType;

enum {
    SW_TYPE_SLOT_NAME = 0,
    SW_TYPE_SLOT_DICT = 1,
    SW_TYPE_SLOT_MRO = 2,
    SW_TYPE_SLOT_BASES = 3,
    SW_TYPE_NSLOTS = 4,
};

/// Type flags.
enum {
    SW_TYPEFLAG_EXCEPTION = 1,     // BaseException or a subclass
    SW_TYPEFLAG_BASETYPE = 2,      // may be subclassed
    SW_TYPEFLAG_HEAPTYPE = 4,      // created by a class statement
};

static inline SwValue sw_make(SwTag tag, uint64_t bits) { SwValue v = { tag, bits }; return v; }

#endif
