//! Read aloud: the page's main content spoken by the browser's own speech synthesis, in the page's
//! language, one sentence at a time with the sentence being read highlighted. Nothing is sent anywhere.

use leptos::prelude::*;

/// The words the control shows, in the page's language.
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// Wakes the read aloud control that `ReadAloudControl` renders. The buttons and every word they
/// may show or say come from the server as children, and CSS shows the ones for the state
/// (`data-reading`): an island without props leaves the JSON reader and float formatting out of
/// the WebAssembly most pages load. Without WebAssembly it stays hidden: there is nothing it could do.
#[island]
pub fn ReadAloud(children: Children) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    let state = RwSignal::new(Reading::Idle);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        speech::warm_up();
        hydrated.set(true);
    });
    // One listener for both buttons, which are the server's children.
    let pressed = move |_event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        speech::pressed(&_event, state);
    };
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
            on:click=pressed
        >
            {children()}
        </div>
    }
}

/// The read aloud control at the top of every page: its buttons, with the main button's words for
/// each state, and what it says when the device cannot read the page (`data-no-voice`,
/// `data-no-speech`), put into the status line when needed.
#[cfg(feature = "ssr")]
#[component]
pub fn ReadAloudControl(words: ReadAloudWords) -> impl IntoView {
    view! {
        <ReadAloud>
            <button type="button" class="button button-secondary read-aloud-button">
                <span class="link-symbol symbol-read-aloud" aria-hidden="true"></span>
                <span class="read-aloud-when-idle">{words.read}</span>
                <span class="read-aloud-when-speaking">{words.pause}</span>
                <span class="read-aloud-when-paused">{words.resume}</span>
            </button>
            <button type="button" class="button button-secondary read-aloud-stop">{words.stop}</button>
            <p
                class="read-aloud-notice"
                role="status"
                data-no-voice=words.no_voice
                data-no-speech=words.no_speech
            ></p>
        </ReadAloud>
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

    /// What the control says on its own (the notice's `data-no-voice` or `data-no-speech`), or
    /// nothing when `saying` is None.
    fn say(saying: Option<&str>) {
        if let Ok(Some(notice)) = document().query_selector(".read-aloud-notice") {
            let words = saying.and_then(|name| notice.get_attribute(name));
            notice.set_text_content(words.as_deref());
        }
    }

    /// A press on either button: the stop button stops; the main one starts, pauses or resumes.
    pub fn pressed(event: &leptos::ev::MouseEvent, state: RwSignal<Reading>) {
        let Some(button) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("button").ok().flatten())
        else {
            return;
        };
        if button.class_list().contains("read-aloud-stop") {
            stop(state);
            return;
        }
        match state.get_untracked() {
            Reading::Idle => start(state),
            Reading::Speaking => pause(state),
            Reading::Paused => resume(state),
        }
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

    fn start(state: RwSignal<Reading>) {
        say(None);
        let Some(synthesis) = synthesis() else {
            say(Some("data-no-speech"));
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
            None => say(Some("data-no-voice")),
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

    fn pause(state: RwSignal<Reading>) {
        if let Some(synthesis) = synthesis() {
            synthesis.pause();
        }
        state.set(Reading::Paused);
    }

    fn resume(state: RwSignal<Reading>) {
        if let Some(synthesis) = synthesis() {
            synthesis.resume();
        }
        state.set(Reading::Speaking);
    }

    fn stop(state: RwSignal<Reading>) {
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
