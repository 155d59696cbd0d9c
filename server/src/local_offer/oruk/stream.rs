//! Reading one JSON document without ever holding it whole: the list of services (a plain array, or
//! a v3 page's `contents`) is read one service at a time, each handed on as it is read, so a feed of
//! 100,000 services needs memory for one service of JSON, not for the feed.
//!
//! What is not streamed is held as JSON values: a page's other fields, a lone service, v1 tables
//! (they are joined across tables, so need all of them) and a v1 page's `content` (whether it is a
//! page is only known from keys that may come after it). All of that together may be at most
//! [`MAX_HELD_BYTES`] of the feed, and each streamed service at most [`MAX_SERVICE_BYTES`], so a
//! hostile feed cannot make Heard hold more than that at once, whatever its total size.

use super::json::{kind, Object};
use super::FeedError;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::io::Read;
use std::rc::Rc;

/// The most one service in a streamed list may take, as JSON. Real services are a few kilobytes.
pub const MAX_SERVICE_BYTES: usize = 1024 * 1024;

/// The most of a document held whole (see the module's note): the size the whole feed was once
/// limited to.
pub const MAX_HELD_BYTES: usize = 64 * 1024 * 1024;

/// Where a service read from a document goes: checked at once, or kept (to compare two pages).
pub(super) trait Sink: Send {
    fn take(&mut self, item: Value, from_tables: bool);
    /// How many services have been taken, counting across pages, for saying which one was too large.
    fn taken(&self) -> usize;
}

impl Sink for Vec<Value> {
    fn take(&mut self, item: Value, _: bool) {
        self.push(item);
    }

    fn taken(&self) -> usize {
        self.len()
    }
}

/// Where an API page sits: its number and how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Paging {
    pub page_number: u64,
    pub total_pages: u64,
}

/// Reads one document from `reader`, at most `max_bytes` of it, handing every service to `sink` in
/// order. Returns where the page sits among an API's pages, if it is one. On an error the sink may
/// have been given some services; the caller throws them away.
pub(super) fn read_document(
    reader: impl Read,
    max_bytes: usize,
    sink: &mut dyn Sink,
) -> Result<Option<Paging>, FeedError> {
    let mut reader = std::io::BufReader::with_capacity(64 * 1024, reader);
    skip_byte_order_mark(&mut reader).map_err(|e| FeedError::Unreadable {
        place: "the feed".into(),
        reason: e.to_string(),
    })?;
    let meter = Rc::new(Meter::new(max_bytes));
    let failure = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_reader(Metered {
        inner: reader,
        meter: meter.clone(),
    });
    let top = DocumentSeed {
        sink: &mut *sink,
        meter: &meter,
        failure: &failure,
    }
    .deserialize(&mut deserializer)
    .and_then(|top| deserializer.end().map(|()| top));
    let top = match top {
        Ok(top) => top,
        Err(error) => {
            return Err(match (failure.into_inner(), meter.overflow.get()) {
                (Some(failure), _) => failure,
                (None, Some(overflow)) => overflow.into_error(),
                // The file could not be read on (the caller names it).
                (None, None) if error.is_io() => FeedError::Unreadable {
                    place: "the feed".into(),
                    reason: error.to_string(),
                },
                (None, None) => FeedError::NotJson(error.to_string()),
            });
        }
    };
    finish(top, sink)
}

/// Windows tools often start a UTF-8 file with a byte order mark, which JSON does not allow.
fn skip_byte_order_mark(reader: &mut impl std::io::BufRead) -> std::io::Result<()> {
    let start = reader.fill_buf()?;
    if start.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    Ok(())
}

/// What a document was, once its services have been handed on.
enum Top {
    /// A list; whether any item was an object, and the kind of the first.
    List {
        any_object: bool,
        first: Option<&'static str>,
    },
    /// An object, without the `contents` it streamed (`Some` when it had one: a page).
    Object { rest: Object, contents: Option<()> },
    /// Not a list or object: its kind.
    Other(&'static str),
}

/// What was wrong with a document that only a whole reading shows; the same words as before
/// feeds were streamed.
fn finish(top: Top, sink: &mut dyn Sink) -> Result<Option<Paging>, FeedError> {
    let (mut object, contents) = match top {
        Top::List { any_object, first } => {
            if let Some(first) = first.filter(|_| !any_object) {
                return Err(FeedError::WrongShape(format!(
                    "a list of {first}, not of services"
                )));
            }
            return Ok(None);
        }
        Top::Other(kind) => {
            return Err(FeedError::WrongShape(format!(
                "{kind} where services were expected"
            )))
        }
        Top::Object { rest, contents } => (rest, contents),
    };
    let whole = |object: &Object, key: &str| {
        object
            .get(key)
            .and_then(super::json::number)
            .map(|(n, _)| n)
            .filter(|n| *n >= 0.0 && n.fract() == 0.0)
            .map(|n| n as u64)
    };
    let paging = |object: &Object, total: &str, number: &str| {
        whole(object, total).map(|total_pages| Paging {
            page_number: whole(object, number).unwrap_or(1),
            total_pages,
        })
    };
    // v3 pages say `contents` (streamed already), v1 (Spring-style) pages `content`.
    if contents.is_some() {
        return Ok(paging(&object, "total_pages", "page_number"));
    }
    if object.contains_key("content")
        && (object.contains_key("totalPages") || object.contains_key("totalElements"))
    {
        match object.remove("content") {
            Some(Value::Array(items)) => items.into_iter().for_each(|item| sink.take(item, false)),
            Some(Value::Null) | None => {}
            Some(other) => {
                return Err(FeedError::WrongShape(format!(
                    "an API page whose \"content\" is {}, not a list of services",
                    kind(&other)
                )))
            }
        }
        return Ok(paging(&object, "totalPages", "number"));
    }
    if super::v1::looks_like_tables(&object) {
        for item in super::v1::join_tables(&object)? {
            sink.take(item, true);
        }
        return Ok(None);
    }
    if object.contains_key("id") || object.contains_key("name") {
        sink.take(Value::Object(object), false);
        return Ok(None);
    }
    let mut keys: Vec<String> = object.keys().map(|k| format!("{k:?}")).collect();
    keys.sort();
    if keys.len() > 6 {
        keys.truncate(6);
        keys.push("…".into());
    }
    let keys = if keys.is_empty() {
        "an empty object".to_string()
    } else {
        format!("an object with {}", keys.join(", "))
    };
    Err(FeedError::WrongShape(format!(
        "{keys}: not a service (no id or name), an API page (no contents) or v1 tables (no service table)"
    )))
}

/// Which limit a document passed.
#[derive(Debug, Clone, Copy)]
enum Overflow {
    Feed { limit: usize },
    Service { position: usize, limit: usize },
    Held { limit: usize },
}

impl Overflow {
    fn into_error(self) -> FeedError {
        match self {
            Overflow::Feed { limit } => FeedError::TooLarge { limit },
            Overflow::Service { position, limit } => FeedError::ServiceTooLarge { position, limit },
            Overflow::Held { limit } => FeedError::TooLarge { limit },
        }
    }
}

/// Counts the bytes read, and stops the reading at a limit: the whole document's, or the one part
/// being read now (a service, or something held).
struct Meter {
    read: Cell<usize>,
    max_bytes: usize,
    /// The part being read: where it started, its limit, and what passing it means.
    part: Cell<Option<(usize, usize, Overflow)>>,
    /// Bytes held so far (everything read while `hold` was on).
    held: Cell<usize>,
    overflow: Cell<Option<Overflow>>,
}

impl Meter {
    fn new(max_bytes: usize) -> Meter {
        Meter {
            read: Cell::new(0),
            max_bytes,
            part: Cell::new(None),
            held: Cell::new(0),
            overflow: Cell::new(None),
        }
    }

    fn start_service(&self, position: usize) {
        let limit = MAX_SERVICE_BYTES;
        self.part.set(Some((
            self.read.get(),
            limit,
            Overflow::Service { position, limit },
        )));
    }

    fn start_held(&self) {
        let left = MAX_HELD_BYTES.saturating_sub(self.held.get());
        self.part.set(Some((
            self.read.get(),
            left,
            Overflow::Held {
                limit: MAX_HELD_BYTES,
            },
        )));
    }

    fn end_part(&self) {
        if let Some((start, _, Overflow::Held { .. })) = self.part.take() {
            self.held.set(self.held.get() + (self.read.get() - start));
        }
    }

    fn count(&self, bytes: usize) -> Result<(), Overflow> {
        let read = self.read.get() + bytes;
        self.read.set(read);
        if read > self.max_bytes {
            return Err(Overflow::Feed {
                limit: self.max_bytes,
            });
        }
        match self.part.get() {
            Some((start, limit, overflow)) if read - start > limit => Err(overflow),
            _ => Ok(()),
        }
    }
}

struct Metered<R> {
    inner: R,
    meter: Rc<Meter>,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.meter.count(n).map_err(|overflow| {
            self.meter.overflow.set(Some(overflow));
            std::io::Error::other("too large")
        })?;
        Ok(n)
    }
}

/// Stops reading with a `FeedError` that is returned as it is (not as "not JSON").
fn fail<E: serde::de::Error>(failure: &RefCell<Option<FeedError>>, error: FeedError) -> E {
    let words = error.to_string();
    *failure.borrow_mut() = Some(error);
    E::custom(words)
}

struct DocumentSeed<'a> {
    sink: &'a mut dyn Sink,
    meter: &'a Meter,
    failure: &'a RefCell<Option<FeedError>>,
}

impl<'de> DeserializeSeed<'de> for DocumentSeed<'_> {
    type Value = Top;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Top, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DocumentSeed<'_> {
    type Value = Top;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("Open Referral UK services")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Top, E> {
        Ok(Top::Other("true or false"))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Top, E> {
        Ok(Top::Other("a number"))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Top, E> {
        Ok(Top::Other("a number"))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Top, E> {
        Ok(Top::Other("a number"))
    }

    fn visit_str<E>(self, _: &str) -> Result<Top, E> {
        Ok(Top::Other("text"))
    }

    fn visit_unit<E>(self) -> Result<Top, E> {
        Ok(Top::Other("null"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Top, A::Error> {
        let (any_object, first) = stream_services(seq, self.sink, self.meter)?;
        Ok(Top::List { any_object, first })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut rest = Object::new();
        let mut contents = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "contents" {
                if contents.is_some() {
                    return Err(fail(
                        self.failure,
                        FeedError::WrongShape("an API page with \"contents\" twice".into()),
                    ));
                }
                let list = map.next_value_seed(ListSeed {
                    sink: &mut *self.sink,
                    meter: self.meter,
                })?;
                if let Some(other) = list {
                    return Err(fail(
                        self.failure,
                        FeedError::WrongShape(format!(
                            "an API page whose \"contents\" is {other}, not a list of services"
                        )),
                    ));
                }
                contents = Some(());
            } else {
                self.meter.start_held();
                let value = map.next_value::<Value>();
                self.meter.end_part();
                rest.insert(key, value?);
            }
        }
        Ok(Top::Object { rest, contents })
    }
}

/// Streams each service of a list to the sink; whether any was an object, and the first's kind.
fn stream_services<'de, A: SeqAccess<'de>>(
    mut seq: A,
    sink: &mut dyn Sink,
    meter: &Meter,
) -> Result<(bool, Option<&'static str>), A::Error> {
    let (mut any_object, mut first) = (false, None);
    loop {
        meter.start_service(sink.taken() + 1);
        let item = seq.next_element::<Value>();
        meter.end_part();
        let Some(item) = item? else {
            return Ok((any_object, first));
        };
        any_object |= item.is_object();
        first.get_or_insert(kind(&item));
        sink.take(item, false);
    }
}

/// A page's `contents`: streamed when a list; `null` is an empty page; otherwise its kind.
struct ListSeed<'a> {
    sink: &'a mut dyn Sink,
    meter: &'a Meter,
}

impl<'de> DeserializeSeed<'de> for ListSeed<'_> {
    type Value = Option<&'static str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ListSeed<'_> {
    type Value = Option<&'static str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of services")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        stream_services(seq, self.sink, self.meter)?;
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Some("an object"))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Some("true or false"))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Some("a number"))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Some("a number"))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Some("a number"))
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Some("text"))
    }
}
