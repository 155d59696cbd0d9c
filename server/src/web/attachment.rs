//! Files sent that are not pages (documents, through the record or a pack link; voice notes; the
//! record's JSON download): the headers that keep a browser from ever running one as a page live
//! here, in one place.

use axum::body::Body;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use heard_app::record::documents::{DocumentFile, FileKind};

/// How the browser is to treat the file.
pub(crate) enum Disposition<'a> {
    /// Saved as a file: under `name` (as a person or device typed it, so never trusted) with its
    /// ending replaced by `extension`, what the file really is.
    Download { name: &'a str, extension: &'a str },
    /// Played by the page's own `<audio>`.
    Played,
}

/// The file, under `media_type`, sent so that nothing in it can run: `nosniff` (the type is ours,
/// never guessed from the bytes), a sandbox with nothing allowed even if it were opened as a page,
/// and kept in no cache (it holds a child's record).
pub(crate) fn attachment_response(
    content: impl Into<Body>,
    media_type: &str,
    disposition: Disposition<'_>,
) -> Response {
    let mut response = Response::new(content.into());
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(media_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    let disposition = match disposition {
        Disposition::Download { name, extension } => content_disposition(name, extension),
        Disposition::Played => "inline".to_string(),
    };
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

/// A kept document, only ever as a download, under the type its bytes were found to be.
pub(crate) fn document_response(file: DocumentFile) -> Response {
    let kind = FileKind::from_media_type(&file.media_type);
    attachment_response(
        file.content,
        kind.map_or("application/octet-stream", FileKind::media_type),
        Disposition::Download {
            name: &file.file_name,
            extension: kind.map_or("bin", FileKind::extension),
        },
    )
}

/// `%`-encodes everything but RFC 5987's attr-chars, for `filename*`.
fn rfc5987(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The name the download is offered under: the typed name's stem with the ending of what the file
/// really is, so it opens in the right program; in plain letters for old browsers, and in full
/// (RFC 5987) for the rest.
fn content_disposition(typed: &str, extension: &str) -> String {
    let stem = match typed.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => typed,
    };
    let stem = if stem.trim().is_empty() {
        "document"
    } else {
        stem
    };
    let full = format!("{stem}.{extension}");
    let plain: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '(' | ')') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{plain}.{extension}\"; filename*=UTF-8''{}",
        rfc5987(&full)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hostile_name_is_offered_back_safely_with_the_real_ending() {
        assert_eq!(
            content_disposition("EHC plan 2025.pdf", "pdf"),
            "attachment; filename=\"EHC plan 2025.pdf\"; filename*=UTF-8''EHC%20plan%202025.pdf"
        );
        let hostile = content_disposition("a\"; filename=evil.html\r\n.pdf", "pdf");
        assert!(!hostile.contains('\r') && !hostile.contains('\n'));
        assert!(hostile.starts_with("attachment; filename=\"a__ filename_evil.html__.pdf\""));
        assert_eq!(
            content_disposition("list.html", FileKind::Jpeg.extension()),
            "attachment; filename=\"list.jpg\"; filename*=UTF-8''list.jpg"
        );
        assert!(content_disposition("سند.docx", "docx")
            .ends_with("filename*=UTF-8''%D8%B3%D9%86%D8%AF.docx"));
    }

    #[test]
    fn every_file_is_sent_so_that_nothing_in_it_runs() {
        for disposition in [
            Disposition::Download {
                name: "x.html",
                extension: "json",
            },
            Disposition::Played,
        ] {
            let response = attachment_response("<script>", "text/html\r\nX: y", disposition);
            let headers = response.headers();
            assert_eq!(headers["content-type"], "application/octet-stream");
            assert_eq!(headers["x-content-type-options"], "nosniff");
            assert_eq!(
                headers["content-security-policy"],
                "sandbox; default-src 'none'"
            );
            assert_eq!(headers["cache-control"], "private, no-store");
        }
    }
}
