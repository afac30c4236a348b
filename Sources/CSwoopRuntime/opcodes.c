// opcodes.c — the opcode metadata array, expanded from the one table in swoop_opcodes.h.
#include "swoop_opcodes.h"

const SwOpInfo sw_op_info[SW_OP__COUNT] = {
#define SW_OP_INFO(name, format, flags) { #name, format, flags },
    SW_OPCODE_TABLE(SW_OP_INFO)
#undef SW_OP_INFO
};
