//! How the window's memory is kept between frames.
//!
//! Each frame builds and frees its shapes, meshes and, when a screen reader listens, its
//! accessibility tree. glibc hands the freed top of its heap back to the kernel at once (its
//! default keeps 128 KiB), and the next frame takes it back a page fault at a time: measured,
//! a typical frame with the accessibility tree took 532–568 µs, and 345 µs with 4 MiB kept
//! (docs/performance.md, "The frame with a screen reader"). Keeping 4 MiB costs at most that
//! much memory, a few percent of the window's.

/// The top of the heap glibc keeps when memory is freed, and adds when it grows.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const KEPT_BYTES: libc::c_int = 4 << 20;

/// Call once, before the first frame: the window and the benchmarks of its frames do.
pub fn keep_the_heap_top() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tuning value of glibc's allocator; it is called before the
    // window's threads start, and a refused value (returned as 0) leaves glibc's default.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, KEPT_BYTES);
    }
}
