// CSwoopRuntime.h — umbrella header of the C layouts.
#include "swoop_value.h"
#include "swoop_opcodes.h"
#include "swoop_trace_ir.h"
#include "swoop_heap.h"
#include "swoop_native.h"
