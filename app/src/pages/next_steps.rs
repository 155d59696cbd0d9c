//! Being built: see the issue note.
