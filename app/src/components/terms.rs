use crate::glossary::{find_terms, Term, TextPart};
use crate::i18n::{fl, use_i18n};
use crate::scope::request_scope;
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};

/// The terms already explained on this page: each is explained where it first appears, so a page
/// full of "EHC plan" is not a page full of buttons. Also numbers the explanations' ids.
#[derive(Clone, Default)]
pub struct ExplainedTerms(Arc<Mutex<(usize, HashSet<&'static str>)>>);

impl ExplainedTerms {
    /// A fresh number for this term's explanation if it is the first time on the page.
    fn first_time(&self, id: &'static str) -> Option<usize> {
        let mut state = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if state.1.insert(id) {
            state.0 += 1;
            Some(state.0)
        } else {
            None
        }
    }
}

/// Running text in which every SEND term, where it first appears on the page, can be tapped (or
/// focused and pressed) to show its plain meaning. The meaning is an HTML popover: it opens and closes
/// without JavaScript, Escape or a tap elsewhere closes it, and screen readers hear the meaning as the
/// term's description. Use it for paragraphs and list items, never inside a label, link or button.
#[component]
pub fn WithTerms(#[prop(into)] text: String) -> impl IntoView {
    let locale = request_scope().locale;
    let explained = use_context::<ExplainedTerms>().unwrap_or_default();
    find_terms(&text, locale)
        .into_iter()
        .map(|part| match part {
            TextPart::Plain(plain) => plain.into_any(),
            TextPart::Term { id, written } => match explained.first_time(id) {
                Some(number) => {
                    view! { <Explained id=id written=written number=number /> }.into_any()
                }
                None => written.into_any(),
            },
        })
        .collect_view()
}

#[component]
fn Explained(id: &'static str, written: String, number: usize) -> impl IntoView {
    let i18n = use_i18n();
    let term = Term::new(id, i18n);
    let popover = format!("explain-{number}");
    let meaning = format!("explain-{number}-meaning");
    view! {
        <button
            type="button"
            class="term"
            popovertarget=popover.clone()
            aria-describedby=meaning.clone()
        >
            {written}
        </button>
        <span popover="auto" id=popover.clone() class="term-explained">
            <strong class="term-explained-name">{term.name.clone()}</strong>
            " "
            <span id=meaning class="term-explained-meaning">{term.meaning.clone()}</span>
            " "
            <a class="term-explained-all" href=crate::paths::glossary_term(&term.anchor())>
                {fl!(i18n, "glossary-see-all")}
            </a>
            " "
            <button
                type="button"
                class="term-explained-close"
                popovertarget=popover.clone()
                popovertargetaction="hide"
            >
                {fl!(i18n, "glossary-close")}
            </button>
        </span>
    }
}
