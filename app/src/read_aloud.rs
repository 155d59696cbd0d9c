//! Read aloud: the page's main content spoken by the browser's own speech synthesis, in the page's
//! language, one sentence at a time with the sentence being read highlighted. Nothing is sent anywhere.

use leptos::prelude::*;

/// The words the control shows, handed over by the server (Fluent stays there).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReadAloudWords {
    pub read: String,
    pub pause: String,
    pub resume: String,
    pub stop: String,
    /// Said when the device has no voice for the page's language; names the language.
    pub no_voice: String,
    /// Said when the browser cannot speak at all.
    pub no_speech: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Idle,
    Speaking,
    Paused,
}

/// The read aloud control. Without WebAssembly it stays hidden: there is nothing it could do.
#[island]
pub fn ReadAloud(words: ReadAloudWords) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    let state = RwSignal::new(Reading::Idle);
    let notice = RwSignal::new(String::new());
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        speech::warm_up();
        hydrated.set(true);
    });
    let (no_voice, no_speech) = (words.no_voice.clone(), words.no_speech.clone());
    let main_button = move |_| {
        let _ = (&no_voice, &no_speech);
        #[cfg(feature = "hydrate")]
        match state.get_untracked() {
            Reading::Idle => speech::start(
                state,
                notice,
                speech::Sayings {
                    no_voice: no_voice.clone(),
                    no_speech: no_speech.clone(),
                },
            ),
            Reading::Speaking => speech::pause(state),
            Reading::Paused => speech::resume(state),
        }
    };
    let stop = move |_| {
        #[cfg(feature = "hydrate")]
        speech::stop(state);
    };
    let ReadAloudWords {
        read,
        pause,
        resume,
        stop: stop_label,
        ..
    } = words;
    view! {
        <div
            class="read-aloud"
            data-island="read-aloud"
            data-hydrated=move || if hydrated.get() { "true" } else { "false" }
            data-reading=move || match state.get() {
                Reading::Idle => "idle",
                Reading::Speaking => "speaking",
                Reading::Paused => "paused",
            }
            hidden=move || !hydrated.get()
        >
            <button type="button" class="button button-secondary read-aloud-button" on:click=main_button>
                <span class="link-symbol symbol-read-aloud" aria-hidden="true"></span>
                {move || match state.get() {
                    Reading::Idle => read.clone(),
                    Reading::Speaking => pause.clone(),
                    Reading::Paused => resume.clone(),
                }}
            </button>
            <button
                type="button"
                class="button button-secondary read-aloud-stop"
                on:click=stop
                hidden=move || state.get() == Reading::Idle
            >
                {stop_label}
            </button>
            <p class="read-aloud-notice" role="status">{move || notice.get()}</p>
        </div>
    }
}

/// Cuts a block's text into sentences, as byte ranges. A sentence ends at `.`, `!`, `?`, the Urdu
/// full stop `۔`, the Arabic question mark `؟`, the Gurmukhi danda `।` or an ellipsis, followed by
/// a space or the end.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    const ENDS: [char; 7] = ['.', '!', '?', '۔', '؟', '।', '…'];
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if ENDS.contains(&c) && next_is_space {
            let end = at + c.len_utf8();
            push_sentence(text, start, end, &mut found);
            start = end;
        }
    }
    push_sentence(text, start, text.len(), &mut found);
    found
}

fn push_sentence(text: &str, start: usize, end: usize, found: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let leading = piece.len() - piece.trim_start().len();
    let trailing = piece.len() - piece.trim_end().len();
    if piece.trim().chars().any(char::is_alphanumeric) {
        found.push((start + leading, end - trailing));
    }
}

#[cfg(feature = "hydrate")]
mod speech {
    use super::{sentences, Reading};
    use leptos::prelude::*;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::js_sys::{self, Array, Reflect};

    /// What the control says on its own, in the page's language.
    pub struct Sayings {
        pub no_voice: String,
        pub no_speech: String,
    }

    /// One sentence: where it is on the page (for the highlight) and what to say.
    struct Sentence {
        range: web_sys::Range,
        block: web_sys::Element,
        text: String,
    }

    struct Reader {
        sentences: Vec<Sentence>,
        next: usize,
        /// Raised on every start and stop, so events from a cancelled utterance are ignored.
        run: u32,
    }

    thread_local! {
        static READER: RefCell<Reader> = const { RefCell::new(Reader {
            sentences: Vec::new(),
            next: 0,
            run: 0,
        }) };
    }

    const HIGHLIGHT: &str = "heard-reading";
    /// What is never read: the control itself, hidden things, explanations not opened, form values.
    const SKIP: &str = "[hidden],[aria-hidden='true'],script,style,noscript,template,[popover],\
        .read-aloud,input,select,textarea,option,.visually-hidden";
    /// The elements a sentence never runs across.
    const BLOCKS: &str = "p,li,h1,h2,h3,h4,h5,h6,dt,dd,td,th,caption,label,legend,figcaption,\
        blockquote,summary,button,a.button,div,section,article,aside,form,fieldset,ul,ol,dl,table,main";

    fn synthesis() -> Option<web_sys::SpeechSynthesis> {
        window().speech_synthesis().ok()
    }

    /// Chrome loads its voices on first ask; asking early means they are there when the person presses.
    pub fn warm_up() {
        if let Some(synthesis) = synthesis() {
            let _ = synthesis.get_voices();
        }
    }

    fn page_language() -> String {
        document()
            .document_element()
            .map(|html| html.get_attribute("lang").unwrap_or_default())
            .unwrap_or_default()
    }

    /// The best voice for the language: the same tag, else the same language in another region.
    fn voice_for(
        synthesis: &web_sys::SpeechSynthesis,
        language: &str,
    ) -> Option<web_sys::SpeechSynthesisVoice> {
        let primary = language
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let voices: Vec<web_sys::SpeechSynthesisVoice> = synthesis
            .get_voices()
            .iter()
            .filter_map(|v| v.dyn_into().ok())
            .collect();
        let normalise = |tag: String| tag.replace('_', "-").to_ascii_lowercase();
        voices
            .iter()
            .find(|v| normalise(v.lang()) == language.to_ascii_lowercase())
            .or_else(|| {
                voices
                    .iter()
                    .find(|v| normalise(v.lang()).split('-').next() == Some(primary.as_str()))
            })
            .cloned()
    }

    pub fn start(state: RwSignal<Reading>, notice: RwSignal<String>, sayings: Sayings) {
        notice.set(String::new());
        let Some(synthesis) = synthesis() else {
            notice.set(sayings.no_speech);
            return;
        };
        let language = page_language();
        if let Some(voice) = voice_for(&synthesis, &language) {
            begin(state, synthesis, voice, language);
            return;
        }
        // The voice list may still be loading: look once more a moment later before saying none.
        let retry = Closure::once_into_js(move || match voice_for(&synthesis, &language) {
            Some(voice) => begin(state, synthesis, voice, language),
            None => notice.set(sayings.no_voice),
        });
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(retry.unchecked_ref(), 700);
    }

    fn begin(
        state: RwSignal<Reading>,
        synthesis: web_sys::SpeechSynthesis,
        voice: web_sys::SpeechSynthesisVoice,
        language: String,
    ) {
        synthesis.cancel();
        let found = collect_sentences();
        let run = READER.with_borrow_mut(|reader| {
            reader.sentences = found;
            reader.next = 0;
            reader.run += 1;
            reader.run
        });
        state.set(Reading::Speaking);
        speak_next(state, synthesis, voice, language, run);
    }

    fn speak_next(
        state: RwSignal<Reading>,
        synthesis: web_sys::SpeechSynthesis,
        voice: web_sys::SpeechSynthesisVoice,
        language: String,
        run: u32,
    ) {
        let next = READER.with_borrow_mut(|reader| {
            if reader.run != run {
                return None;
            }
            let index = reader.next;
            reader.next += 1;
            Some(
                reader
                    .sentences
                    .get(index)
                    .map(|s| (s.text.clone(), s.range.clone(), s.block.clone())),
            )
        });
        let Some(next) = next else { return };
        let Some((text, range, block)) = next else {
            clear_highlight();
            state.set(Reading::Idle);
            return;
        };
        highlight(&range, &block);
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else {
            return;
        };
        utterance.set_lang(&language);
        utterance.set_voice(Some(&voice));
        let (again, voice_again, language_again) =
            (synthesis.clone(), voice.clone(), language.clone());
        let on_end = Closure::once_into_js(move || {
            speak_next(state, again, voice_again, language_again, run)
        });
        utterance.set_onend(Some(on_end.unchecked_ref()));
        synthesis.speak(&utterance);
    }

    pub fn pause(state: RwSignal<Reading>) {
        if let Some(synthesis) = synthesis() {
            synthesis.pause();
        }
        state.set(Reading::Paused);
    }

    pub fn resume(state: RwSignal<Reading>) {
        if let Some(synthesis) = synthesis() {
            synthesis.resume();
        }
        state.set(Reading::Speaking);
    }

    pub fn stop(state: RwSignal<Reading>) {
        READER.with_borrow_mut(|reader| reader.run += 1);
        if let Some(synthesis) = synthesis() {
            synthesis.cancel();
        }
        clear_highlight();
        state.set(Reading::Idle);
    }

    /// Every sentence in `<main>` as it is shown now, in reading order.
    fn collect_sentences() -> Vec<Sentence> {
        let mut found = Vec::new();
        let Some(main) = document().get_element_by_id("main") else {
            return found;
        };
        // SHOW_TEXT: only text nodes.
        let Ok(walker) = document().create_tree_walker_with_what_to_show(&main, 4) else {
            return found;
        };
        let mut block: Option<web_sys::Element> = None;
        let mut pieces: Vec<(web_sys::Text, usize)> = Vec::new();
        let mut text = String::new();
        while let Ok(Some(node)) = walker.next_node() {
            let Ok(node) = node.dyn_into::<web_sys::Text>() else {
                continue;
            };
            let Some(parent) = node.parent_element() else {
                continue;
            };
            if parent.closest(SKIP).ok().flatten().is_some()
                || parent.get_client_rects().length() == 0
            {
                continue;
            }
            let here = parent.closest(BLOCKS).ok().flatten();
            if here != block {
                finish_block(block.take(), &pieces, &text, &mut found);
                pieces.clear();
                text.clear();
                block = here;
            }
            pieces.push((node.clone(), text.len()));
            text.push_str(&node.data());
        }
        finish_block(block, &pieces, &text, &mut found);
        found
    }

    fn finish_block(
        block: Option<web_sys::Element>,
        pieces: &[(web_sys::Text, usize)],
        text: &str,
        found: &mut Vec<Sentence>,
    ) {
        let Some(block) = block else { return };
        for (start, end) in sentences(text) {
            let Some(range) = range_of(pieces, text, start, end) else {
                continue;
            };
            found.push(Sentence {
                range,
                block: block.clone(),
                text: text[start..end].to_string(),
            });
        }
    }

    /// A DOM range over bytes `start..end` of the joined text of `pieces`. DOM offsets count UTF-16
    /// units, so bytes are turned into those within each text node.
    fn range_of(
        pieces: &[(web_sys::Text, usize)],
        text: &str,
        start: usize,
        end: usize,
    ) -> Option<web_sys::Range> {
        let locate = |at: usize| {
            let (node, from) = pieces.iter().rev().find(|(_, from)| *from <= at)?;
            let units = text[*from..at].encode_utf16().count() as u32;
            Some((node.clone(), units))
        };
        let (start_node, start_offset) = locate(start)?;
        let (end_node, end_offset) = locate(end)?;
        let range = document().create_range().ok()?;
        range.set_start(&start_node, start_offset).ok()?;
        range.set_end(&end_node, end_offset).ok()?;
        Some(range)
    }

    /// Marks the sentence being read with the CSS Custom Highlight API where the browser has it, and
    /// the whole block otherwise; scrolls it into view if it is off screen.
    fn highlight(range: &web_sys::Range, block: &web_sys::Element) {
        clear_highlight();
        let window = window();
        let registry = Reflect::get(&window, &"CSS".into())
            .and_then(|css| Reflect::get(&css, &"highlights".into()))
            .ok()
            .filter(|r| !r.is_undefined());
        let constructor = Reflect::get(&window, &"Highlight".into())
            .ok()
            .and_then(|c| c.dyn_into::<js_sys::Function>().ok());
        let marked = match (registry, constructor) {
            (Some(registry), Some(constructor)) => {
                Reflect::construct(&constructor, &Array::of1(range))
                    .and_then(|highlight| {
                        let set: js_sys::Function =
                            Reflect::get(&registry, &"set".into())?.dyn_into()?;
                        set.call2(&registry, &HIGHLIGHT.into(), &highlight)
                    })
                    .is_ok()
            }
            _ => false,
        };
        if !marked {
            let _ = block.class_list().add_1("reading-now");
        }
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        block.scroll_into_view_with_scroll_into_view_options(&options);
    }

    fn clear_highlight() {
        let window = window();
        if let Ok(registry) = Reflect::get(&window, &"CSS".into())
            .and_then(|css| Reflect::get(&css, &"highlights".into()))
        {
            if let Ok(delete) = Reflect::get(&registry, &"delete".into())
                .and_then(|d| d.dyn_into::<js_sys::Function>())
            {
                let _ = delete.call1(&registry, &HIGHLIGHT.into());
            }
        }
        if let Ok(marked) = document().query_selector_all(".reading-now") {
            for index in 0..marked.length() {
                if let Some(element) = marked
                    .item(index)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = element.class_list().remove_1("reading-now");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sentences;

    fn said(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn text_is_cut_into_sentences_in_every_script() {
        assert_eq!(
            said("Write it down. Then save it! Is it done? "),
            ["Write it down.", "Then save it!", "Is it done?"]
        );
        assert_eq!(said("£3.50 a session."), ["£3.50 a session."]);
        assert_eq!(said("آپ کا بچہ۔ اگلا جملہ؟"), ["آپ کا بچہ۔", "اگلا جملہ؟"]);
        assert_eq!(said("ਪਹਿਲਾ। ਦੂਜਾ"), ["ਪਹਿਲਾ।", "ਦੂਜਾ"]);
        assert_eq!(
            said("A heading without a full stop"),
            ["A heading without a full stop"]
        );
        assert!(said(" · ").is_empty());
    }
}
