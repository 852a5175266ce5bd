//! The package's global allocator: [talc](https://crates.io/crates/talc) in place of std's
//! dlmalloc, for the wasm32 build only (native builds keep the system allocator).
//!
//! Talc merges neighbouring free chunks like dlmalloc and is smaller in the module (−1.5 KB
//! gzipped or more, BENCHMARKS.md, session 42 (size-b)). Its memory comes from [`Grow`]: the
//! WebAssembly memory grown (`memory.grow`) by what a request lacks, one heap extended in place.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::ptr::NonNull;

use talc::base::binning::Binning;
use talc::base::{Talc, CHUNK_UNIT};
use talc::cell::TalcSyncCell;
use talc::wasm::WasmBinning;

/// The allocator of every Rust allocation of the package (single-threaded wasm32: no lock).
#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

/// Talc itself.
static TALC: TalcSyncCell<Grow, WasmBinning> = TalcSyncCell::new_wasm(Grow { end: None });

/// Talc behind calls that are never inlined: inlined by LTO, its allocation and deallocation
/// paths were copied into every function that allocates or drops (+4.7 KB of code). A unit
/// struct, so that the calls pass no `&self` (LLVM drops the unused argument: −2.4 KB of code).
struct Allocator;

// SAFETY: every method forwards to talc's own `GlobalAlloc` with the same arguments.
unsafe impl GlobalAlloc for Allocator {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is the one talc's `alloc` requires.
        unsafe { TALC.alloc(layout) }
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above; `ptr` came from this allocator, i.e. from talc.
        unsafe { TALC.dealloc(ptr, layout) }
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        unsafe { TALC.realloc(ptr, layout, new_size) }
    }
}

/// WebAssembly's page.
const PAGE: usize = 65536;

/// Talc's source of memory: `memory.grow`, by the pages that a request lacks beyond the free
/// chunk at the top of the heap (talc's own `WasmGrowAndExtend` grows by the whole request:
/// a vector that outgrows a free top of 3 MiB by 1 MiB cost 4 MiB more, not 1, and big/en's
/// defaults peaked 7 % above dlmalloc's); the new pages extend the heap when they follow it.
#[derive(Debug)]
struct Grow {
    /// The end of the heap (`None` before the first request).
    end: Option<NonNull<u8>>,
}

// SAFETY: `acquire` only claims or extends over pages that `memory.grow` has just added, which
// nothing else uses, and allocates nothing itself.
unsafe impl talc::source::Source for Grow {
    fn acquire<B: Binning>(talc: &mut Talc<Self, B>, layout: Layout) -> Result<(), ()> {
        // The chunk (the request, its tag, its alignment) and a unit of slack; the free chunk at
        // the top of the heap, if any, joins the new pages.
        let needed = layout.size() + layout.align() + 2 * CHUNK_UNIT;
        let free_top = talc.source.end.map_or(0, |end| {
            // SAFETY: `end` is the heap's current end, as `claim`/`extend` returned it.
            let reserved = unsafe { talc.reserved(end) };
            end.as_ptr() as usize - reserved.up_to.as_ptr() as usize
        });
        let pages = needed.saturating_sub(free_top).div_ceil(PAGE).max(1);
        let previous = wasm32::memory_grow::<0>(pages);
        if previous == usize::MAX {
            return Err(());
        }
        let base = (previous * PAGE) as *mut u8;
        let new_end = base.wrapping_add(pages * PAGE);
        if let Some(end) = talc.source.end {
            if end.as_ptr() == base {
                // SAFETY: the pages from `end` on are new and the allocator's alone.
                talc.source.end = Some(unsafe { talc.extend(end, new_end) });
                return Ok(());
            }
        }
        // SAFETY: as above, a heap of its own.
        talc.source.end = unsafe { talc.claim(base, pages * PAGE) };
        Ok(())
    }
}
