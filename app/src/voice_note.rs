//! A voice note: a young person records, in their own voice, what they like and what they want, with
//! the browser's `MediaRecorder`, listens back, and saves it or tries again. The recording stays in
//! the browser until they press save; then it is posted to the server as it is (no re-encoding here).
//! Without WebAssembly (or without a microphone API) the page's typed alternative is all there is.

use leptos::prelude::*;

/// The words the recorder shows, handed over by the server in the person's language (Fluent stays
/// there). The island has no words of its own, and no props (an island with props brings a JSON
/// reader into the WebAssembly): `VoiceNoteRecorderControl` renders the words as hidden children
/// (`data-word`), and the island reads them when it wakes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VoiceNoteWords {
    pub start: String,
    pub stop: String,
    pub save: String,
    pub again: String,
    pub recording: String,
    pub saving: String,
    pub saved: String,
    pub not_supported: String,
    pub microphone_refused: String,
    pub failed: String,
    /// The name of the player for listening back before saving.
    pub listen_back: String,
    /// The link to the page's writing box, under a warning that it cannot record.
    pub write_instead: String,
}

impl VoiceNoteWords {
    /// Each word with the name it travels under from the server to the island.
    fn each_mut(&mut self) -> [(&'static str, &mut String); 12] {
        [
            ("start", &mut self.start),
            ("stop", &mut self.stop),
            ("save", &mut self.save),
            ("again", &mut self.again),
            ("recording", &mut self.recording),
            ("saving", &mut self.saving),
            ("saved", &mut self.saved),
            ("not-supported", &mut self.not_supported),
            ("microphone-refused", &mut self.microphone_refused),
            ("failed", &mut self.failed),
            ("listen-back", &mut self.listen_back),
            ("write-instead", &mut self.write_instead),
        ]
    }
}

/// Where the server keeps the words and the address recordings are posted to, inside the island.
const WORDS_CLASS: &str = "voice-note-words";

/// The recorder with its words, for the child whose page it is on.
#[cfg(feature = "ssr")]
#[component]
pub fn VoiceNoteRecorderControl(child_id: i64, words: VoiceNoteWords) -> impl IntoView {
    let mut words = words;
    let spans = words
        .each_mut()
        .map(|(name, text)| view! { <span data-word=name>{std::mem::take(text)}</span> })
        .collect_view();
    view! {
        <VoiceNoteRecorder>
            <div class=WORDS_CLASS hidden data-post-to=crate::paths::voice_notes(child_id)>
                {spans}
            </div>
        </VoiceNoteRecorder>
    }
}

/// The page's writing box (`TextArea` named `text`), which "write instead" links to.
pub const WRITING_BOX: &str = "#text";

/// The longest note, in seconds: recording stops by itself then.
pub const LONGEST_SECONDS: u32 = 120;

/// Where the recorder is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not running in the browser (yet): nothing is known about the microphone.
    Waiting,
    /// The browser cannot record.
    Unsupported,
    Ready,
    /// Waiting for the person (or the browser) to allow the microphone.
    Asking,
    Recording,
    /// Told to stop; the recorder is handing over the last of the sound.
    Stopping,
    /// A recording to listen to, save or throw away.
    Recorded,
    Saving,
    /// Saved: the page reloads to show it in the list.
    Saved,
}

impl Phase {
    fn name(self) -> &'static str {
        match self {
            Phase::Waiting => "waiting",
            Phase::Unsupported => "unsupported",
            Phase::Ready => "ready",
            Phase::Asking => "asking",
            Phase::Recording => "recording",
            Phase::Stopping => "stopping",
            Phase::Recorded => "recorded",
            Phase::Saving => "saving",
            Phase::Saved => "saved",
        }
    }

    /// The start / stop button is there. It is one button all along, so keyboard focus stays on it
    /// when "start" turns into "stop".
    fn shows_record_button(self) -> bool {
        matches!(
            self,
            Phase::Ready | Phase::Asking | Phase::Recording | Phase::Stopping
        )
    }

    fn is_recording(self) -> bool {
        matches!(self, Phase::Recording | Phase::Stopping)
    }

    /// There is a recording to listen to, save or throw away.
    fn has_recording(self) -> bool {
        matches!(self, Phase::Recorded | Phase::Saving | Phase::Saved)
    }
}

/// What the status line says (one of the words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecorderStatus {
    NotSupported,
    MicrophoneRefused,
    Recording,
    Saving,
    Saved,
    Failed,
    /// The server said why it did not keep the note (too big, not sound, no room, too many this
    /// hour), in the person's language.
    Refused,
}

impl RecorderStatus {
    /// It cannot record here at all: said as a warning, pointing at the writing box.
    fn is_warning(self) -> bool {
        matches!(
            self,
            RecorderStatus::NotSupported | RecorderStatus::MicrophoneRefused
        )
    }
}

/// `m:ss`.
fn minutes_and_seconds(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The voice note recorder. Without WebAssembly it stays hidden: the page offers typing instead.
#[island]
pub fn VoiceNoteRecorder(children: Children) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::islands::expect_island(crate::islands::Island::VoiceNoteRecorder);
    let words = RwSignal::new(VoiceNoteWords::default());
    // Where the recording is posted (the child's voice notes), from the server with the words.
    let post_to = StoredValue::new(String::new());
    let wrapper = NodeRef::<leptos::html::Div>::new();
    let hydrated = RwSignal::new(false);
    let phase = RwSignal::new(Phase::Waiting);
    let said = RwSignal::new(None::<RecorderStatus>);
    let elapsed = RwSignal::new(0_u32);
    let audio_url = RwSignal::new(None::<String>);
    let refusal = RwSignal::new(String::new());
    let record_button = NodeRef::<leptos::html::Button>::new();
    let save_button = NodeRef::<leptos::html::Button>::new();

    #[cfg(feature = "hydrate")]
    let ui = recorder::Ui {
        phase,
        said,
        elapsed,
        audio_url,
        refusal,
        record_button,
        save_button,
    };
    #[cfg(feature = "hydrate")]
    let session = StoredValue::new_local(recorder::Session::default());

    // Effects run only in the browser: this finds out whether it can record, and shows the island.
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(wrapper) = wrapper.get() {
            let (read, address) = recorder::words_from(&wrapper);
            words.set(read);
            post_to.set_value(address);
        }
        #[cfg(feature = "hydrate")]
        if recorder::supported() {
            phase.set(Phase::Ready);
        } else {
            phase.set(Phase::Unsupported);
            said.set(Some(RecorderStatus::NotSupported));
        }
        hydrated.set(true);
    });

    let press_record = move |_| {
        #[cfg(feature = "hydrate")]
        match phase.get_untracked() {
            Phase::Ready => recorder::start(ui, session),
            Phase::Recording => recorder::stop(ui, session),
            _ => {}
        }
    };
    let press_save = move |_| {
        let _ = post_to;
        #[cfg(feature = "hydrate")]
        recorder::save(ui, session, post_to.get_value());
    };
    let press_again = move |_| {
        #[cfg(feature = "hydrate")]
        recorder::again(ui, session);
    };

    let status = move || {
        said.get().map(|said| {
            words.with(|w| match said {
                RecorderStatus::NotSupported => w.not_supported.clone(),
                RecorderStatus::MicrophoneRefused => w.microphone_refused.clone(),
                RecorderStatus::Recording => w.recording.clone(),
                RecorderStatus::Saving => w.saving.clone(),
                RecorderStatus::Saved => w.saved.clone(),
                RecorderStatus::Failed => w.failed.clone(),
                RecorderStatus::Refused => refusal.get(),
            })
        })
    };
    let record_label = move || {
        words.with(|w| {
            if phase.get().is_recording() {
                w.stop.clone()
            } else {
                w.start.clone()
            }
        })
    };
    // While saving (or saved, before the reload) the buttons stay where they are, so focus is not
    // lost, but do nothing.
    let busy = move || matches!(phase.get(), Phase::Saving | Phase::Saved).then_some("true");

    view! {
        <div
            class="voice-note"
            node_ref=wrapper
            data-island="voice-note"
            data-hydrated=move || if hydrated.get() { "true" } else { "false" }
            data-phase=move || phase.get().name()
            hidden=move || !hydrated.get()
        >
            {children()}
            // Shown and removed rather than `hidden`: `.button` sets its own `display`.
            <Show when=move || phase.get().shows_record_button()>
                <button
                    type="button"
                    class="button voice-note-record"
                    node_ref=record_button
                    on:click=press_record
                >
                    {record_label}
                </button>
            </Show>
            <Show when=move || phase.get().has_recording()>
                {move || {
                    audio_url
                        .get()
                        .map(|src| {
                            let label = words.with(|w| w.listen_back.clone());
                            view! {
                                <audio class="voice-note-audio" controls src=src aria-label=label></audio>
                            }
                        })
                }}
                <div class="voice-note-actions">
                    <button
                        type="button"
                        class="button voice-note-save"
                        node_ref=save_button
                        aria-disabled=busy
                        on:click=press_save
                    >
                        {move || words.with(|w| w.save.clone())}
                    </button>
                    <button
                        type="button"
                        class="button button-secondary voice-note-again"
                        aria-disabled=busy
                        on:click=press_again
                    >
                        {move || words.with(|w| w.again.clone())}
                    </button>
                </div>
            </Show>
            // One live region; what it says cannot record is a warning with the way to write instead.
            <div role="status" class="voice-note-said">
                {move || {
                    let warning = said.get().is_some_and(RecorderStatus::is_warning);
                    let text = status();
                    if warning {
                        let link = words.with(|w| w.write_instead.clone());
                        view! {
                            <div class="notice notice-warning voice-note-warning">
                                <p class="voice-note-status">{text}</p>
                                <p><a class="voice-note-write-instead" href=WRITING_BOX>{link}</a></p>
                            </div>
                        }
                        .into_any()
                    } else {
                        view! { <p class="voice-note-status">{text}</p> }.into_any()
                    }
                }}
            </div>
            // The time is for eyes only: read out every second it would drown everything else.
            <Show when=move || phase.get().is_recording()>
                <p class="voice-note-elapsed" aria-hidden="true">
                    {move || minutes_and_seconds(elapsed.get())}
                </p>
            </Show>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod recorder {
    use super::{Phase, RecorderStatus, LONGEST_SECONDS};
    use leptos::leptos_dom::helpers::{
        request_animation_frame, set_interval_with_handle, set_timeout, IntervalHandle,
    };
    use leptos::prelude::*;
    use std::time::Duration;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::js_sys::{self, Array, Reflect};

    /// The words and the address the server put in the island (`VoiceNoteRecorderControl`).
    pub fn words_from(wrapper: &web_sys::HtmlDivElement) -> (super::VoiceNoteWords, String) {
        let mut words = super::VoiceNoteWords::default();
        let Ok(Some(holder)) = wrapper.query_selector(&format!(".{}", super::WORDS_CLASS)) else {
            return (words, String::new());
        };
        for (name, word) in words.each_mut() {
            if let Ok(Some(span)) = holder.query_selector(&format!("[data-word=\"{name}\"]")) {
                *word = span.text_content().unwrap_or_default();
            }
        }
        let address = holder.get_attribute("data-post-to").unwrap_or_default();
        (words, address)
    }

    /// Asked for in this order; the first the browser can record is used, else its own choice.
    const KINDS: [&str; 3] = [
        "audio/webm;codecs=opus",
        "audio/ogg;codecs=opus",
        "audio/mp4",
    ];
    /// Plenty for a voice, and keeps two minutes near 1 MB to upload (browsers default to about
    /// twice that, close to the server's usual 2 MB body limit).
    const BITS_PER_SECOND: u32 = 64_000;

    /// The island's signals and buttons, handed around together.
    #[derive(Clone, Copy)]
    pub struct Ui {
        pub phase: RwSignal<Phase>,
        pub said: RwSignal<Option<RecorderStatus>>,
        pub elapsed: RwSignal<u32>,
        pub audio_url: RwSignal<Option<String>>,
        pub refusal: RwSignal<String>,
        pub record_button: NodeRef<leptos::html::Button>,
        pub save_button: NodeRef<leptos::html::Button>,
    }

    /// The browser things one recording needs, kept by the island while it lives.
    #[derive(Default)]
    pub struct Session {
        stream: Option<web_sys::MediaStream>,
        recorder: Option<web_sys::MediaRecorder>,
        chunks: Option<Array>,
        on_data: Option<Closure<dyn FnMut(web_sys::BlobEvent)>>,
        timer: Option<IntervalHandle>,
        started_at: f64,
        blob: Option<web_sys::Blob>,
        url: Option<String>,
    }

    pub type Store = StoredValue<Session, LocalStorage>;

    fn has(target: &JsValue, name: &str) -> bool {
        Reflect::get(target, &JsValue::from_str(name))
            .map(|value| !value.is_undefined() && !value.is_null())
            .unwrap_or(false)
    }

    /// The browser can ask for the microphone and record it. (`navigator.mediaDevices` is missing
    /// outside secure contexts, and `MediaRecorder` in old browsers.)
    pub fn supported() -> bool {
        let window = window();
        let devices = Reflect::get(&window.navigator(), &JsValue::from_str("mediaDevices"))
            .unwrap_or(JsValue::UNDEFINED);
        has(&window, "MediaRecorder")
            && !devices.is_undefined()
            && !devices.is_null()
            && has(&devices, "getUserMedia")
    }

    fn stop_tracks(stream: &web_sys::MediaStream) {
        for track in stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                track.stop();
            }
        }
    }

    fn is_focused(button: NodeRef<leptos::html::Button>) -> bool {
        let active = document().active_element();
        let body = document().body().map(web_sys::Element::from);
        // Safari does not focus a clicked button, so "nothing focused" counts too.
        active.is_none()
            || active == body
            || button
                .get_untracked()
                .is_some_and(|button| active == Some(web_sys::Element::from(button)))
    }

    /// Focuses `button` once it is on the page (after the view has caught up with the signals).
    fn focus_soon(button: NodeRef<leptos::html::Button>) {
        request_animation_frame(move || {
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        });
    }

    /// Asks for the microphone and starts recording.
    pub fn start(ui: Ui, session: Store) {
        if ui.phase.get_untracked() != Phase::Ready {
            return;
        }
        ui.phase.set(Phase::Asking);
        ui.said.set(None);
        let refused = move || {
            ui.phase.set(Phase::Ready);
            ui.said.set(Some(RecorderStatus::MicrophoneRefused));
        };
        let constraints = web_sys::MediaStreamConstraints::new();
        constraints.set_audio(&JsValue::TRUE);
        constraints.set_video(&JsValue::FALSE);
        let asked = window()
            .navigator()
            .media_devices()
            .and_then(|devices| devices.get_user_media_with_constraints(&constraints));
        let Ok(asked) = asked else {
            refused();
            return;
        };
        leptos::task::spawn_local(async move {
            match JsFuture::from(asked).await {
                Ok(stream) => begin(ui, session, stream.unchecked_into()),
                Err(_) => refused(),
            }
        });
    }

    fn new_recorder(stream: &web_sys::MediaStream) -> Result<web_sys::MediaRecorder, JsValue> {
        let can_ask = Reflect::get(&window(), &JsValue::from_str("MediaRecorder"))
            .map(|recorder| has(&recorder, "isTypeSupported"))
            .unwrap_or(false);
        let kind = KINDS
            .into_iter()
            .find(|kind| can_ask && web_sys::MediaRecorder::is_type_supported(kind));
        let options = web_sys::MediaRecorderOptions::new();
        options.set_audio_bits_per_second(BITS_PER_SECOND);
        if let Some(kind) = kind {
            options.set_mime_type(kind);
        }
        web_sys::MediaRecorder::new_with_media_stream_and_media_recorder_options(stream, &options)
    }

    fn begin(ui: Ui, session: Store, stream: web_sys::MediaStream) {
        let could_not = |stream: &web_sys::MediaStream| {
            stop_tracks(stream);
            ui.phase.set(Phase::Ready);
            ui.said.set(Some(RecorderStatus::Failed));
        };
        let Ok(recorder) = new_recorder(&stream) else {
            could_not(&stream);
            return;
        };
        let chunks = Array::new();
        let on_data = {
            let chunks = chunks.clone();
            Closure::<dyn FnMut(web_sys::BlobEvent)>::new(move |event: web_sys::BlobEvent| {
                if let Some(data) = event.data().filter(|data| data.size() > 0.0) {
                    chunks.push(&data);
                }
            })
        };
        recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        // Fired after the last `dataavailable`, whoever stopped it: the stop button, the time limit,
        // or the browser (the microphone unplugged or its permission withdrawn).
        let on_stop = Closure::once_into_js(move || finish(ui, session));
        recorder.set_onstop(Some(on_stop.unchecked_ref()));
        if recorder.start().is_err() {
            recorder.set_ondataavailable(None);
            recorder.set_onstop(None);
            could_not(&stream);
            return;
        }
        let timer =
            set_interval_with_handle(move || tick(ui, session), Duration::from_millis(250)).ok();
        session.update_value(|s| {
            s.stream = Some(stream);
            s.recorder = Some(recorder);
            s.chunks = Some(chunks);
            s.on_data = Some(on_data);
            s.timer = timer;
            s.started_at = js_sys::Date::now();
        });
        ui.elapsed.set(0);
        ui.phase.set(Phase::Recording);
        ui.said.set(Some(RecorderStatus::Recording));
    }

    /// Keeps the time shown; stops at the limit.
    fn tick(ui: Ui, session: Store) {
        let Some(started_at) = session.try_with_value(|s| s.started_at) else {
            return;
        };
        let seconds = ((js_sys::Date::now() - started_at) / 1000.0).max(0.0) as u32;
        if seconds >= LONGEST_SECONDS {
            ui.elapsed.set(LONGEST_SECONDS);
            stop(ui, session);
        } else if ui.elapsed.get_untracked() != seconds {
            ui.elapsed.set(seconds);
        }
    }

    fn stop_timer(session: Store) {
        if let Some(timer) = session.try_update_value(|s| s.timer.take()).flatten() {
            timer.clear();
        }
    }

    /// Stops recording; `finish` runs when the recorder has handed over the sound.
    pub fn stop(ui: Ui, session: Store) {
        if ui.phase.get_untracked() != Phase::Recording {
            return;
        }
        stop_timer(session);
        ui.phase.set(Phase::Stopping);
        let recorder = session.with_value(|s| s.recorder.clone());
        match recorder {
            Some(recorder) if recorder.stop().is_ok() => {}
            _ => finish(ui, session),
        }
    }

    /// The recording is over: the microphone is let go, and the sound is made one file to listen to.
    fn finish(ui: Ui, session: Store) {
        if !ui.phase.get_untracked().is_recording() {
            return;
        }
        stop_timer(session);
        let Some((stream, recorder, chunks, on_data)) = session.try_update_value(|s| {
            (
                s.stream.take(),
                s.recorder.take(),
                s.chunks.take(),
                s.on_data.take(),
            )
        }) else {
            return;
        };
        if let Some(stream) = &stream {
            stop_tracks(stream);
        }
        let mut kind = String::new();
        if let Some(recorder) = &recorder {
            recorder.set_ondataavailable(None);
            recorder.set_onstop(None);
            kind = recorder.mime_type();
        }
        drop(on_data);
        let chunks = chunks.unwrap_or_default();
        if kind.is_empty() {
            if let Ok(first) = chunks.get(0).dyn_into::<web_sys::Blob>() {
                kind = first.type_();
            }
        }
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&kind);
        let made = (chunks.length() > 0)
            .then(|| web_sys::Blob::new_with_blob_sequence_and_options(&chunks, &options).ok())
            .flatten()
            .and_then(|blob| {
                let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
                Some((blob, url))
            });
        let Some((blob, url)) = made else {
            ui.phase.set(Phase::Ready);
            ui.said.set(Some(RecorderStatus::Failed));
            return;
        };
        let move_focus = is_focused(ui.record_button);
        session.update_value(|s| {
            s.blob = Some(blob);
            s.url = Some(url.clone());
        });
        ui.audio_url.set(Some(url));
        ui.phase.set(Phase::Recorded);
        ui.said.set(None);
        if move_focus {
            focus_soon(ui.save_button);
        }
    }

    /// Throws the recording away and goes back to the start button.
    pub fn again(ui: Ui, session: Store) {
        if ui.phase.get_untracked() != Phase::Recorded {
            return;
        }
        let move_focus = {
            let active = document().active_element();
            let body = document().body().map(web_sys::Element::from);
            active.is_none()
                || active == body
                || active.is_some_and(|a| a.class_list().contains("voice-note-again"))
        };
        forget(session);
        ui.audio_url.set(None);
        ui.phase.set(Phase::Ready);
        ui.said.set(None);
        if move_focus {
            focus_soon(ui.record_button);
        }
    }

    fn forget(session: Store) {
        if let Some(Some(url)) = session.try_update_value(|s| {
            s.blob = None;
            s.url.take()
        }) {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    }

    /// Posts the recording. Saved: the page reloads to list it. Not saved: the recording is kept to
    /// try again, and the server's reason, when it gave one, is said.
    pub fn save(ui: Ui, session: Store, address: String) {
        if ui.phase.get_untracked() != Phase::Recorded {
            return;
        }
        let Some(blob) = session.with_value(|s| s.blob.clone()) else {
            return;
        };
        ui.phase.set(Phase::Saving);
        ui.said.set(Some(RecorderStatus::Saving));
        leptos::task::spawn_local(async move {
            match send(&blob, &address).await {
                Ok(Sent::Saved) => {
                    ui.phase.set(Phase::Saved);
                    ui.said.set(Some(RecorderStatus::Saved));
                    // A moment to see (and hear) "saved" first.
                    set_timeout(
                        || {
                            let _ = window().location().reload();
                        },
                        Duration::from_millis(600),
                    );
                }
                Ok(Sent::Refused(reason)) => {
                    ui.phase.set(Phase::Recorded);
                    ui.refusal.set(reason);
                    ui.said.set(Some(RecorderStatus::Refused));
                }
                Ok(Sent::Failed) | Err(_) => {
                    ui.phase.set(Phase::Recorded);
                    ui.said.set(Some(RecorderStatus::Failed));
                }
            }
        });
    }

    enum Sent {
        Saved,
        /// Refused, with the server's words for why.
        Refused(String),
        Failed,
    }

    /// The most of a refusal's words shown: the server's own are one or two sentences; anything
    /// longer came from somewhere else.
    const REFUSAL_MAX_CHARS: usize = 400;

    async fn send(blob: &web_sys::Blob, address: &str) -> Result<Sent, JsValue> {
        if address.is_empty() {
            return Ok(Sent::Failed);
        }
        let kind = blob.type_();
        let kind = if kind.is_empty() {
            "application/octet-stream"
        } else {
            kind.as_str()
        };
        let headers = web_sys::Headers::new()?;
        headers.set("Content-Type", kind)?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_credentials(web_sys::RequestCredentials::SameOrigin);
        init.set_headers(&headers);
        init.set_body(blob);
        let response: web_sys::Response =
            JsFuture::from(window().fetch_with_str_and_init(address, &init))
                .await?
                .dyn_into()?;
        if response.ok() {
            return Ok(Sent::Saved);
        }
        // Only the server's own plain-words refusals are shown; a proxy's error page is not.
        let plain = response
            .headers()
            .get("content-type")?
            .is_some_and(|kind| kind.starts_with("text/plain"));
        if !matches!(response.status(), 413 | 415 | 429) || !plain {
            return Ok(Sent::Failed);
        }
        let text = JsFuture::from(response.text()?).await?;
        Ok(match text.as_string() {
            Some(text) if !text.trim().is_empty() && text.chars().count() <= REFUSAL_MAX_CHARS => {
                Sent::Refused(text.trim().to_string())
            }
            _ => Sent::Failed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{minutes_and_seconds, Phase};

    #[test]
    fn elapsed_time_reads_as_minutes_and_seconds() {
        assert_eq!(minutes_and_seconds(0), "0:00");
        assert_eq!(minutes_and_seconds(9), "0:09");
        assert_eq!(minutes_and_seconds(75), "1:15");
        assert_eq!(minutes_and_seconds(120), "2:00");
    }

    #[test]
    fn start_and_stop_are_one_button() {
        for phase in [
            Phase::Ready,
            Phase::Asking,
            Phase::Recording,
            Phase::Stopping,
        ] {
            assert!(phase.shows_record_button());
        }
        for phase in [Phase::Waiting, Phase::Unsupported, Phase::Recorded] {
            assert!(!phase.shows_record_button());
        }
    }
}
