//! What a voice note may be: real sound in a container browsers play, found from the file's own
//! first bytes (never from the label the sender put on it), and the limits on how much is kept. The
//! limits are all here, so they can be read and changed in one place.

/// The most one note may be. Two minutes at the recorder's 64 kbit/s is about 1 MB; this leaves
/// room for browsers and phones that record richer.
pub const VOICE_NOTE_MAX_BYTES: usize = 5 * 1024 * 1024;
/// The file field of the page's upload form (a recording made in the phone's own recorder app).
pub const UPLOAD_FIELD: &str = "recording";
/// The most notes kept for one child: several for every review point over years. Old ones can be
/// deleted to make room.
pub const NOTES_PER_CHILD: i64 = 40;
/// The most sound kept for one child, all notes together.
pub const BYTES_PER_CHILD: i64 = 50 * 1024 * 1024;
/// The most notes one person may save in an hour, counted in the database so every server agrees
/// (and deleting a note does not give the go back).
pub const NOTES_PER_HOUR: i64 = 20;
/// The hour that `NOTES_PER_HOUR` counts over, in seconds.
pub const RATE_WINDOW_SECONDS: i64 = 60 * 60;

/// The sound containers Heard keeps: what browsers record (`MediaRecorder`) and what phones' own
/// recorder apps save, as long as browsers can play it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudioKind {
    /// Chrome, Edge and Firefox record this.
    WebM,
    /// Firefox, and some Android recorder apps (Opus or Vorbis).
    Ogg,
    /// Safari records this; iPhone Voice Memos and most Android recorders save `.m4a`.
    Mp4,
    /// Older Android recorders.
    ThreeGpp,
    Wav,
    Mp3,
    /// AAC without a container (ADTS), from some Android recorders.
    Aac,
    Flac,
}

impl AudioKind {
    /// The media type it is stored and played back as.
    pub fn media_type(self) -> &'static str {
        match self {
            AudioKind::WebM => "audio/webm",
            AudioKind::Ogg => "audio/ogg",
            AudioKind::Mp4 => "audio/mp4",
            AudioKind::ThreeGpp => "audio/3gpp",
            AudioKind::Wav => "audio/wav",
            AudioKind::Mp3 => "audio/mpeg",
            AudioKind::Aac => "audio/aac",
            AudioKind::Flac => "audio/flac",
        }
    }
}

/// Which sound container `bytes` are, from their first bytes; `None` for anything else (a web page,
/// a picture, a video-only file, nothing at all).
pub fn sniff(bytes: &[u8]) -> Option<AudioKind> {
    let at = |from: usize, len: usize| bytes.get(from..from + len);
    if bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        // EBML: Matroska or WebM. Only WebM is played everywhere.
        return (ebml_doc_type(bytes)? == b"webm").then_some(AudioKind::WebM);
    }
    if bytes.starts_with(b"OggS") && at(4, 1) == Some(&[0]) {
        return Some(AudioKind::Ogg);
    }
    if at(4, 4) == Some(b"ftyp") {
        return mp4_brand(at(8, 4)?);
    }
    if bytes.starts_with(b"RIFF") && at(8, 4) == Some(b"WAVE") {
        return Some(AudioKind::Wav);
    }
    if bytes.starts_with(b"fLaC") {
        return Some(AudioKind::Flac);
    }
    if bytes.starts_with(b"ID3") && at(3, 1).is_some_and(|v| v[0] < 0xFF) {
        return Some(AudioKind::Mp3);
    }
    mpeg_frame(at(0, 4)?)
}

/// ISO media files name what they are in their first box. Sound (and the video kinds whose sound
/// browsers play) are kept; pictures in the same container (HEIC, AVIF) are not.
fn mp4_brand(brand: &[u8]) -> Option<AudioKind> {
    match brand {
        b"M4A " | b"M4B " | b"mp41" | b"mp42" | b"isom" | b"dash" | b"MSNV" => Some(AudioKind::Mp4),
        [b'i', b's', b'o', b'2'..=b'9'] => Some(AudioKind::Mp4),
        [b'3', b'g', b'p' | b'2', _] => Some(AudioKind::ThreeGpp),
        _ => None,
    }
}

/// An MPEG audio frame header (MP3) or an ADTS header (AAC) at the very start.
fn mpeg_frame(header: &[u8]) -> Option<AudioKind> {
    let [first, second, third, _] = *header else {
        return None;
    };
    if first != 0xFF || second & 0xE0 != 0xE0 {
        return None;
    }
    let version = (second >> 3) & 0b11;
    let layer = (second >> 1) & 0b11;
    if layer == 0 {
        // ADTS: twelve sync bits, and a sampling rate from the table.
        let rate = (third >> 2) & 0b1111;
        return (second & 0xF0 == 0xF0 && rate < 13).then_some(AudioKind::Aac);
    }
    let bitrate = third >> 4;
    let rate = (third >> 2) & 0b11;
    (version != 0b01 && bitrate != 0b1111 && rate != 0b11).then_some(AudioKind::Mp3)
}

/// An EBML number: its length is told by the first set bit of its first byte. Returns the value
/// (with the length marker kept when `keep_marker`, as element ids are written) and its length.
fn ebml_number(bytes: &[u8], keep_marker: bool) -> Option<(u64, usize)> {
    let first = *bytes.first()?;
    let len = first.leading_zeros() as usize + 1;
    if len > 8 {
        return None;
    }
    let mut value = if keep_marker {
        u64::from(first)
    } else {
        u64::from(first) & (0xFF >> len)
    };
    for byte in bytes.get(1..len)? {
        value = (value << 8) | u64::from(*byte);
    }
    Some((value, len))
}

/// The `DocType` ("webm", "matroska") in the EBML header at the start of `bytes`.
fn ebml_doc_type(bytes: &[u8]) -> Option<&[u8]> {
    let (header_size, size_len) = ebml_number(bytes.get(4..)?, false)?;
    let start = 4 + size_len;
    let end = start.checked_add(usize::try_from(header_size).ok()?)?;
    let header = bytes.get(start..end.min(bytes.len()))?;
    let mut at = 0;
    while at < header.len() {
        let (id, id_len) = ebml_number(&header[at..], true)?;
        let (size, size_len) = ebml_number(header.get(at + id_len..)?, false)?;
        let from = at + id_len + size_len;
        let to = from.checked_add(usize::try_from(size).ok()?)?;
        let value = header.get(from..to)?;
        if id == 0x4282 {
            let text_end = value.iter().position(|b| *b == 0).unwrap_or(value.len());
            return Some(&value[..text_end]);
        }
        at = to;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start of what Chrome's `MediaRecorder` writes for `audio/webm;codecs=opus`.
    const CHROME_WEBM: &[u8] = &[
        0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2,
        0x81, 0x04, 0x42, 0xF3, 0x81, 0x08, 0x42, 0x82, 0x84, b'w', b'e', b'b', b'm', 0x42, 0x87,
        0x81, 0x04, 0x42, 0x85, 0x81, 0x02, 0x18, 0x53, 0x80, 0x67,
    ];

    #[test]
    fn what_browsers_and_phones_record_is_known_by_its_first_bytes() {
        let cases: [(&[u8], AudioKind); 11] = [
            (CHROME_WEBM, AudioKind::WebM),
            (b"OggS\0\x02\0\0\0\0\0\0\0\0OpusHead", AudioKind::Ogg),
            (b"\0\0\0\x20ftypM4A \0\0\0\0M4A mp42isom", AudioKind::Mp4),
            (b"\0\0\0\x1cftypiso5\0\0\x02\0iso5iso6mp41", AudioKind::Mp4),
            (b"\0\0\0\x18ftyp3gp4\0\0\0\0isom3gp4", AudioKind::ThreeGpp),
            (b"RIFF\x24\x08\0\0WAVEfmt ", AudioKind::Wav),
            (b"ID3\x04\0\0\0\0\0\x21TIT2", AudioKind::Mp3),
            // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz.
            (&[0xFF, 0xFB, 0x90, 0x64, 0x00], AudioKind::Mp3),
            // ADTS AAC-LC, 44.1 kHz.
            (&[0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC], AudioKind::Aac),
            (b"fLaC\0\0\0\x22", AudioKind::Flac),
            (b"\0\0\0\x20ftypmp42\0\0\0\0mp42isom", AudioKind::Mp4),
        ];
        for (bytes, kind) in cases {
            assert_eq!(sniff(bytes), Some(kind), "{bytes:02X?}");
        }
    }

    #[test]
    fn anything_else_is_not_a_voice_note_whatever_it_is_called() {
        let matroska: Vec<u8> = CHROME_WEBM
            .iter()
            .copied()
            .take(24)
            .chain(*b"matroska")
            .collect();
        let mut matroska = matroska;
        matroska[4] = 0x80 | 27;
        matroska[23] = 0x88;
        for bytes in [
            &b""[..],
            b"<!DOCTYPE html><html><script>alert(1)</script>",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>",
            b"%PDF-1.7",
            b"\x89PNG\r\n\x1a\n",
            b"\xFF\xD8\xFF\xE0\0\x10JFIF",
            // An iPhone photo and an AVIF picture are ISO media files too.
            b"\0\0\0\x18ftypheic\0\0\0\0mif1heic",
            b"\0\0\0\x1cftypavif\0\0\0\0avifmif1",
            b"RIFF\x24\x08\0\0WEBPVP8 ",
            b"#!AMR\n",
            // Only the EBML magic, with nothing saying what it holds.
            &[0x1A, 0x45, 0xDF, 0xA3],
            &matroska,
            // Bytes that look like a frame sync but are not a valid header.
            &[0xFF, 0xFF, 0xFF, 0xFF],
            b"OggS\x01",
        ] {
            assert_eq!(sniff(bytes), None, "{bytes:02X?}");
        }
    }

    #[test]
    fn a_header_cut_short_is_not_read_past_its_end() {
        for len in 0..CHROME_WEBM.len() {
            // Never panics; only a header that reaches its doc type counts.
            let found = sniff(&CHROME_WEBM[..len]);
            assert!(found.is_none() || len >= 28, "{len}");
        }
        // A size far bigger than the bytes there.
        assert_eq!(
            sniff(&[0x1A, 0x45, 0xDF, 0xA3, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x42]),
            None
        );
    }
}
