//! The statutory timeline (SEND.md): from the support status and key dates, what should happen by when.
