// swoop_heap.h — the allocator's free lists (one per 16-byte size class), as C globals.
// Swift reads a C global directly; a Swift global holding them would cost a swift_once
// call on every allocation.
#ifndef SWOOP_HEAP_H
#define SWOOP_HEAP_H

#define SW_SIZE_CLASSES 33

/// Free object blocks (linked through gcNext, at offset 8) and free raw blocks (linked
/// at offset 0), by size class.
extern void **sw_object_free;
extern void **sw_raw_free;

#endif
