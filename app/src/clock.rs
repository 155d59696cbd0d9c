//! Today's date, in one place for the whole server. A test or a demo may fix it (`heard --today`,
//! `HEARD_TODAY`), because what pages show depends on the date: which review point is next, what a
//! progress table holds, what is coming up. A fixed day makes a test mean the same on any day it runs.

use crate::record::dates::Date;
use std::sync::OnceLock;

static FIXED_TODAY: OnceLock<Date> = OnceLock::new();

/// Makes `today()` answer `date` from now on, for the life of the process. Set once, at start;
/// a second call is ignored, so a running server's day never changes under a request.
pub fn fix_today(date: Date) {
    let _ = FIXED_TODAY.set(date);
}

/// Today in England (UTC is close enough for dates families see: at worst an hour late in summer),
/// or the fixed day when one was set.
pub fn today() -> Date {
    FIXED_TODAY
        .get()
        .copied()
        .unwrap_or_else(|| time::OffsetDateTime::now_utc().date())
}
