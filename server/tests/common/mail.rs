//! Email as tests see it: a real SMTP server (scripts/smtp-sink, aiosmtpd) whose received messages are
//! read back from disk and taken apart.

use base64::Engine;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const FROM: &str = "Heard <heard@example.org>";

/// The SMTP sink, stopped when the test ends however it ends.
pub struct Sink {
    pub folder: tempfile::TempDir,
    pub port: u16,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/smtp-sink")
}

impl Sink {
    pub fn start() -> Sink {
        let folder = tempfile::tempdir().unwrap();
        let output = Command::new(script())
            .arg("start")
            .arg(folder.path())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "scripts/smtp-sink start: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        let port = stdout.lines().last().unwrap().trim().parse().unwrap();
        Sink { folder, port }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}?tls=none", self.port)
    }

    /// Forgets what has arrived so far (the sink numbers on from where it was).
    pub fn clear(&self) {
        for entry in std::fs::read_dir(self.folder.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "eml" || e == "rcpt") {
                std::fs::remove_file(path).unwrap();
            }
        }
    }

    /// The messages received, oldest first.
    pub fn received(&self) -> Vec<String> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(self.folder.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "eml"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|path| String::from_utf8(std::fs::read(path).unwrap()).unwrap())
            .collect()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = Command::new(script())
            .arg("stop")
            .arg(self.folder.path())
            .output();
    }
}

/// A received message taken apart: its headers (unfolded) and each part's headers and decoded body.
pub struct Received {
    pub headers: Vec<(String, String)>,
    pub parts: Vec<(Vec<(String, String)>, String)>,
}

pub fn headers_of(block: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in block.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            headers.last_mut().unwrap().1.push_str(line);
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.to_string(), value.trim().to_string()));
        }
    }
    headers
}

pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} header in {headers:?}"))
}

/// A header with RFC 2047 encoded words (`=?utf-8?b?...?=`) decoded.
pub fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut last_encoded = false;
    for (i, word) in value.split_whitespace().enumerate() {
        let encoded = word
            .strip_prefix("=?utf-8?b?")
            .and_then(|w| w.strip_suffix("?="));
        if i > 0 && !(last_encoded && encoded.is_some()) {
            out.push(' ');
        }
        match encoded {
            Some(data) => out.push_str(
                &String::from_utf8(
                    base64::engine::general_purpose::STANDARD
                        .decode(data)
                        .unwrap(),
                )
                .unwrap(),
            ),
            None => out.push_str(word),
        }
        last_encoded = encoded.is_some();
    }
    out
}

/// A quoted-printable body decoded: soft line breaks joined, `=XX` bytes put back.
pub fn quoted_printable(body: &str) -> String {
    let joined = body.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

pub fn take_apart(raw: &str) -> Received {
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let headers = headers_of(head);
    let content_type = header(&headers, "Content-Type");
    assert!(
        content_type.starts_with("multipart/alternative"),
        "{content_type}"
    );
    let boundary = content_type
        .split("boundary=\"")
        .nth(1)
        .unwrap()
        .trim_end_matches('"');
    let mut parts = Vec::new();
    for part in body.split(&format!("--{boundary}")) {
        let part = part.trim_start_matches("\r\n");
        let Some((head, body)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let part_headers = headers_of(head);
        if !part_headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("Content-Type"))
        {
            continue;
        }
        let text = match header(&part_headers, "Content-Transfer-Encoding") {
            "base64" => String::from_utf8(
                base64::engine::general_purpose::STANDARD
                    .decode(body.split_whitespace().collect::<String>())
                    .unwrap(),
            )
            .unwrap(),
            "quoted-printable" => quoted_printable(body),
            _ => body.to_string(),
        };
        parts.push((part_headers, text));
    }
    Received { headers, parts }
}
