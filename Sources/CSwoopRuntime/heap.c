// heap.c — storage for the allocator's free lists (swoop_heap.h).
#include "swoop_heap.h"

void *sw_object_free_lists[SW_SIZE_CLASSES];
void *sw_raw_free_lists[SW_SIZE_CLASSES];
