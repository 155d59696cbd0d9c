//! Information pages in plain words, and the glossary. All the words are Fluent messages, so every
//! page reads in every language; terms in them can be tapped for their meaning.

use crate::components::NotFoundPage;
use crate::components::{PageTitle, WithSymbol, WithTerms};
use crate::glossary::{Term, TERMS};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// One block of an information page. A page's body message has one block per line: `## ` starts a
/// heading, `- ` a list item, anything else is a paragraph. Translators keep the markers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    List(Vec<String>),
    Paragraph(String),
}

pub fn blocks(body: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(heading) = line.strip_prefix("## ") {
            blocks.push(Block::Heading(heading.trim().to_string()));
        } else if let Some(item) = line.strip_prefix("- ") {
            match blocks.last_mut() {
                Some(Block::List(items)) => items.push(item.trim().to_string()),
                _ => blocks.push(Block::List(vec![item.trim().to_string()])),
            }
        } else {
            blocks.push(Block::Paragraph(line.to_string()));
        }
    }
    blocks
}

fn block_view(block: Block) -> AnyView {
    match block {
        Block::Heading(text) => view! { <h2>{text}</h2> }.into_any(),
        Block::Paragraph(text) => view! { <p><WithTerms text=text /></p> }.into_any(),
        Block::List(items) => view! {
            <ul class="list">
                {items.into_iter().map(|item| view! { <li><WithTerms text=item /></li> }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}

#[component]
pub fn InfoPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map().get_untracked();
    let asked = params.get("topic").unwrap_or_default();
    let Some(topic) = paths::HELP_TOPICS.into_iter().find(|t| *t == asked) else {
        return view! { <NotFoundPage /> }.into_any();
    };
    let title = i18n.get(&format!("info-{topic}-title"));
    let body = i18n.get(&format!("info-{topic}-body"));
    let others = paths::HELP_TOPICS
        .into_iter()
        .filter(|other| *other != topic)
        .map(|other| {
            view! {
                <li><a href=paths::help_topic(other)>{i18n.get(&format!("info-{other}-title"))}</a></li>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=title.clone() />
        <p class="back-link"><a href=paths::HELP>{fl!(i18n, "info-back-to-help")}</a></p>
        <h1>{title}</h1>
        <div class="info-body">{blocks(&body).into_iter().map(block_view).collect_view()}</div>
        <h2>{fl!(i18n, "info-more-title")}</h2>
        <ul class="list">
            {others}
            <li><a href=paths::GLOSSARY>{fl!(i18n, "glossary-page-title")}</a></li>
        </ul>
    }
    .into_any()
}

/// Every term with its plain meaning, each with an anchor the explanations link to.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let i18n = use_i18n();
    let terms = TERMS
        .into_iter()
        .map(|id| {
            let term = Term::new(id, i18n);
            view! {
                <dt id=term.anchor()>{term.name.clone()}</dt>
                <dd>{term.meaning.clone()}</dd>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=fl!(i18n, "glossary-page-title") />
        <p class="back-link"><a href=paths::HELP>{fl!(i18n, "info-back-to-help")}</a></p>
        <WithSymbol message="glossary-page-title"><h1>{fl!(i18n, "glossary-page-title")}</h1></WithSymbol>
        <p class="lead">{fl!(i18n, "glossary-page-lead")}</p>
        <dl class="glossary">{terms}</dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::loader;
    use crate::locale::Locale;

    #[test]
    fn a_body_becomes_headings_lists_and_paragraphs() {
        let body = "First.\n## Who\n- One\n- Two\nLast.";
        assert_eq!(
            blocks(body),
            [
                Block::Paragraph("First.".into()),
                Block::Heading("Who".into()),
                Block::List(vec!["One".into(), "Two".into()]),
                Block::Paragraph("Last.".into()),
            ]
        );
    }

    #[test]
    fn every_page_has_a_title_and_a_body_with_headings_in_every_language() {
        for locale in Locale::ALL {
            let i18n = loader(locale);
            for topic in paths::HELP_TOPICS {
                for part in ["title", "summary", "body"] {
                    let id = format!("info-{topic}-{part}");
                    assert!(i18n.has(&id), "{}: no {id}", locale.tag());
                }
                let body = blocks(&i18n.get(&format!("info-{topic}-body")));
                assert!(
                    body.iter().any(|b| matches!(b, Block::Heading(_))) && body.len() >= 4,
                    "{}: info-{topic}-body lost its structure: {body:?}",
                    locale.tag()
                );
            }
        }
    }
}
