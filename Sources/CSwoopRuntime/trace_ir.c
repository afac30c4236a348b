// trace_ir.c — the trace IR metadata array, expanded from the one table in swoop_trace_ir.h.
#include "swoop_trace_ir.h"

const SwIROpInfo sw_ir_info[SW_IR__COUNT] = {
#define SW_IR_INFO(name, format, type, flags) { #name, format, type, flags },
    SW_IR_TABLE(SW_IR_INFO)
#undef SW_IR_INFO
};

uint8_t sw_gc_requested = 0;
