// heap.c — storage for the allocator's free lists (swoop_heap.h).
#include "swoop_heap.h"

static void *object_free[SW_SIZE_CLASSES];
static void *raw_free[SW_SIZE_CLASSES];
void **sw_object_free = object_free;
void **sw_raw_free = raw_free;
