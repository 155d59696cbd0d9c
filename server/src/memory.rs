//! Giving freed memory back to the system.

/// Returns the free pages glibc's allocator keeps to the system. After a large, short-lived piece of
/// work, the allocator keeps what was freed for later allocations, so the resident set stays at the
/// work's peak: building the search index for 100,000 services peaks at 357 MB of heap and keeps
/// 15 MB, and the server stayed at 456 MB resident until this brought it to 67 MB
/// (heaptrack and /proc, release build, 2026-12-07). Other allocators return memory on their own.
pub fn give_back_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory that is free; it changes nothing the program holds.
    unsafe {
        libc::malloc_trim(0);
    }
}
