//! Without an SMTP server, each message is written to a folder as a `.eml` file (what would have been
//! sent, headers and all), so a demo works and an operator can read what Heard would send. The files
//! hold people's names and addresses: the folder is made for its owner only (700) and each file is
//! readable by its owner only (600).

use super::{Delivered, MailError};
use lettre::Message;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

pub struct Outbox {
    folder: PathBuf,
}

/// Makes file names unique within this process; the time and process id make them unique beside
/// other instances writing to the same folder.
static COUNTER: AtomicU64 = AtomicU64::new(0);

impl Outbox {
    pub fn new(folder: PathBuf) -> Outbox {
        Outbox { folder }
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    pub fn write(&self, message: &Message) -> Result<Delivered, MailError> {
        let failed = |source| MailError::Folder {
            folder: self.folder.clone(),
            source,
        };
        let mut folder = std::fs::DirBuilder::new();
        folder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut folder, 0o700);
        folder.create(&self.folder).map_err(failed)?;
        let millis = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or_default();
        let name = format!(
            "{millis}-{}-{}.eml",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let path = self.folder.join(name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path).map_err(failed)?;
        file.write_all(&message.formatted()).map_err(failed)?;
        file.sync_all().map_err(failed)?;
        Ok(Delivered::File(path))
    }
}
