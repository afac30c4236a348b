// swoop_heap.h — the allocator's free lists (one per 16-byte size class), as C globals.
// Swift reads a C global directly; a Swift global holding them would cost a swift_once
// call on every allocation.
#ifndef SWOOP_HEAP_H
#define SWOOP_HEAP_H

#define SW_SIZE_CLASSES 65

/// Free object blocks (linked through gcNext, at offset 8) and free raw blocks (linked
/// at offset 0), by size class.
extern void *sw_object_free_lists[SW_SIZE_CLASSES];
extern void *sw_raw_free_lists[SW_SIZE_CLASSES];

/// The lists as pointers (a C array reaches Swift as a tuple): constant addresses.
static inline void **sw_object_free(void) { return sw_object_free_lists; }
static inline void **sw_raw_free(void) { return sw_raw_free_lists; }

#endif
