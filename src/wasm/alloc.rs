//! The package's global allocator: [talc](https://crates.io/crates/talc) in place of std's
//! dlmalloc, for the wasm32 build only (native builds keep the system allocator).
//!
//! Talc merges neighbouring free chunks like dlmalloc (peak memory per call stays near
//! dlmalloc's, see BENCHMARKS.md, session 42 (size-b)) and is smaller in the module. It grows
//! the WebAssembly memory itself (`memory.grow`) and extends its last heap in place.

use core::alloc::{GlobalAlloc, Layout};

/// The allocator of every Rust allocation of the package (single-threaded wasm32: no lock).
#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

/// Talc itself.
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
