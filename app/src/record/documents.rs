//! Documents kept on a child's record (the EHC plan, reports, letters): what kinds of file Heard
//! keeps, found from the file's own bytes (never its name or the type the browser sent), and how much.
//! The limits are all here, so they can be read and changed in one place.

use crate::record::dates::Date;

/// The most one document may be: a long EHC plan scanned as a PDF, or a phone's photo of a letter.
pub const DOCUMENT_MAX_BYTES: usize = 20 * 1024 * 1024;
/// The most kept for one child, all documents together. Old ones can be deleted to make room.
pub const DOCUMENTS_BYTES_PER_CHILD: i64 = 200 * 1024 * 1024;
/// The most characters in a document's note.
pub const NOTE_MAX_CHARS: usize = 500;
/// The most characters of the file's own name kept (it is shown, and offered back when downloading).
pub const FILE_NAME_MAX_CHARS: usize = 200;

/// The upload form's fields.
pub const FILE_FIELD: &str = "file";
pub const KIND_FIELD: &str = "kind";
pub const DATE_FIELD: &str = "date";
pub const NOTE_FIELD: &str = "note";

/// What the file input offers: the kinds below, by type and by the names phones and computers give them.
pub const ACCEPT: &str = "application/pdf,image/jpeg,image/png,image/heic,image/heif,.pdf,.jpg,.jpeg,.png,.heic,.heif,.doc,.docx,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

coded_enum! {
    /// What a document is, in the family's terms.
    pub enum DocumentKind {
        EhcPlan = "ehc-plan",
        DraftPlan = "draft-plan",
        Report = "report",
        Letter = "letter",
        Other = "other",
    }
}

impl DocumentKind {
    pub fn message_id(self) -> String {
        format!("document-kind-{}", self.code())
    }
}

/// The kinds of file Heard keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
    /// A photo from an iPhone's camera.
    Heic,
    /// Word since 2007.
    Docx,
    /// Older Word.
    Doc,
}

impl FileKind {
    /// The media type it is stored and downloaded as.
    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
            FileKind::Heic => "image/heic",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Doc => "application/msword",
        }
    }

    /// The ending a downloaded file is given, whatever its typed name said.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Jpeg => "jpg",
            FileKind::Png => "png",
            FileKind::Heic => "heic",
            FileKind::Docx => "docx",
            FileKind::Doc => "doc",
        }
    }

    pub fn from_media_type(media_type: &str) -> Option<FileKind> {
        [
            FileKind::Pdf,
            FileKind::Jpeg,
            FileKind::Png,
            FileKind::Heic,
            FileKind::Docx,
            FileKind::Doc,
        ]
        .into_iter()
        .find(|kind| kind.media_type() == media_type)
    }
}

/// Which kind of file `bytes` are, from their content; `None` for anything else (a web page, a
/// program, a zip that is not a Word file, nothing at all).
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(b"%PDF-") {
        return Some(FileKind::Pdf);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(FileKind::Jpeg);
    }
    if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        return Some(FileKind::Png);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(FileKind::Doc);
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return is_heif(bytes).then_some(FileKind::Heic);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return zip_has_entry(bytes, b"word/document.xml").then_some(FileKind::Docx);
    }
    None
}

/// An ISO-BMFF file whose major or compatible brands say HEIC or HEIF (a still image, not a video).
fn is_heif(bytes: &[u8]) -> bool {
    const BRANDS: [&[u8]; 5] = [b"heic", b"heix", b"mif1", b"msf1", b"heif"];
    let Some(size) = bytes.get(0..4) else {
        return false;
    };
    let size = u32::from_be_bytes([size[0], size[1], size[2], size[3]]) as usize;
    let Some(ftyp) = bytes.get(8..size.min(bytes.len()).max(8)) else {
        return false;
    };
    // The major brand, the minor version, then compatible brands, four bytes each.
    ftyp.chunks_exact(4)
        .enumerate()
        .filter(|(i, _)| *i != 1)
        .any(|(_, brand)| BRANDS.contains(&brand))
}

fn u16_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at + 2)?;
    Some(u16::from_le_bytes([b[0], b[1]]) as usize)
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

/// Whether a zip file's own list of its entries (the central directory, found from the record at its
/// end) names `wanted`. A file that only starts like a zip is not one.
fn zip_has_entry(bytes: &[u8], wanted: &[u8]) -> bool {
    const END: &[u8] = b"PK\x05\x06";
    const ENTRY: &[u8] = b"PK\x01\x02";
    // The end record is 22 bytes, then a comment of up to 64 KB.
    let earliest = bytes.len().saturating_sub(22 + 0xFFFF);
    let Some(end) = (earliest..bytes.len().saturating_sub(21))
        .rev()
        .find(|&at| bytes.get(at..at + 4) == Some(END))
    else {
        return false;
    };
    let (Some(count), Some(mut at)) = (u16_at(bytes, end + 10), u32_at(bytes, end + 16)) else {
        return false;
    };
    for _ in 0..count {
        if bytes.get(at..at + 4) != Some(ENTRY) {
            return false;
        }
        let (Some(name_len), Some(extra_len), Some(comment_len)) = (
            u16_at(bytes, at + 28),
            u16_at(bytes, at + 30),
            u16_at(bytes, at + 32),
        ) else {
            return false;
        };
        if bytes.get(at + 46..at + 46 + name_len) == Some(wanted) {
            return true;
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    false
}

/// A document as listed, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedDocument {
    pub id: i64,
    pub kind: DocumentKind,
    pub dated: Date,
    pub note: String,
    /// As the person's device named it: shown as text, never trusted.
    pub file_name: String,
    pub media_type: String,
    pub bytes: i64,
    pub added_by: Option<String>,
    pub added_at: i64,
}

/// A document to keep, as the form gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDocument {
    pub kind: DocumentKind,
    pub dated: Date,
    pub note: String,
    pub file_name: String,
}

/// A kept document's file, to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentFile {
    pub file_name: String,
    pub media_type: String,
    pub content: Vec<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A zip with one stored, empty entry named `name`.
    fn zip_with(name: &[u8]) -> Vec<u8> {
        let mut zip = Vec::new();
        zip.extend_from_slice(b"PK\x03\x04");
        zip.extend_from_slice(&[
            20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ]);
        zip.extend_from_slice(&(name.len() as u16).to_le_bytes());
        zip.extend_from_slice(&[0, 0]);
        zip.extend_from_slice(name);
        let directory = zip.len() as u32;
        zip.extend_from_slice(b"PK\x01\x02");
        zip.extend_from_slice(&[0; 24]);
        zip.extend_from_slice(&(name.len() as u16).to_le_bytes());
        zip.extend_from_slice(&[0; 16]);
        zip.extend_from_slice(name);
        let size = zip.len() as u32 - directory;
        zip.extend_from_slice(b"PK\x05\x06");
        zip.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]);
        zip.extend_from_slice(&size.to_le_bytes());
        zip.extend_from_slice(&directory.to_le_bytes());
        zip.extend_from_slice(&[0, 0]);
        zip
    }

    #[test]
    fn files_are_known_by_their_content() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(FileKind::Pdf));
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 16]),
            Some(FileKind::Jpeg)
        );
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(FileKind::Png));
        assert_eq!(
            sniff(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Some(FileKind::Heic)
        );
        assert_eq!(
            sniff(b"\0\0\0\x18ftypmif1\0\0\0\0mif1heic"),
            Some(FileKind::Heic)
        );
        assert_eq!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            Some(FileKind::Doc)
        );
        assert_eq!(sniff(&zip_with(b"word/document.xml")), Some(FileKind::Docx));
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"<!doctype html><script>alert(1)</script>"), None);
        // A video is ISO-BMFF too.
        assert_eq!(sniff(b"\0\0\0\x18ftypisom\0\0\0\0isomavc1"), None);
        // A zip that is not a Word file, and one that only starts like a zip.
        assert_eq!(sniff(&zip_with(b"evil.html")), None);
        assert_eq!(sniff(b"PK\x03\x04word/document.xml"), None);
    }
}
