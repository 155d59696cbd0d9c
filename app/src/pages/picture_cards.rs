//! The picture cards on the young person's page, one at a time: the card to sort now (its number,
//! name, picture and three choices), then the piles so far, where each card's name leads back to it
//! to move it. A card and its choices fit on one phone screen even with the largest text, so a
//! young person never scrolls past a wall of buttons to find the next card.
//!
//! Each card is a small form, so sorting works without JavaScript: the post stores the choice and
//! leads to the page at the next card, saying where this one went. With JavaScript the `CardSorter`
//! island posts the same form and swaps this part of the page in place.

use crate::card_sorter::{CardSorter, SORTING_ID};
use crate::i18n::fl;
use crate::paths;
use crate::record::cards::{card_to_show, next_to_sort, pile_of, Card, CardAsked, Pile};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

fn pile_symbol(pile: Pile) -> &'static str {
    match pile {
        Pile::Like => "like",
        Pile::NotSure => "not-sure",
        Pile::DontLike => "dislike",
    }
}

/// The cards section. Those who may not change the record see the piles only.
pub fn cards_section(
    child_id: i64,
    choices: &[(Card, Pile)],
    asked: CardAsked,
    may_write: bool,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let body = if may_write {
        let sorting = view! {
            <div id=SORTING_ID>
                {card_now(child_id, choices, asked, i18n)}
                {piles(child_id, choices, true, i18n)}
            </div>
        };
        view! { <CardSorter>{sorting}</CardSorter> }.into_any()
    } else {
        piles(child_id, choices, false, i18n)
    };
    view! {
        <section aria-labelledby="cards-title" id="cards">
            <h2 id="cards-title">{fl!(i18n, "my-page-cards-title")}</h2>
            <p>{fl!(i18n, "my-page-cards-lead")}</p>
            {body}
        </section>
    }
    .into_any()
}

/// Where the card just sorted went (after a press), the card to sort now, or that all are sorted.
/// Redirects after a press land here (`#card-now`), with the card at the top of the screen.
fn card_now(
    child_id: i64,
    choices: &[(Card, Pile)],
    asked: CardAsked,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let said = match asked {
        CardAsked::Sorted(card) => {
            let name = i18n.get(&card.name_id());
            Some(match pile_of(choices, card) {
                Some(pile) => fl!(
                    i18n,
                    "card-sorted",
                    card = name,
                    pile = (i18n.get(&pile.message_id()))
                ),
                None => fl!(i18n, "card-unsorted", card = name),
            })
        }
        _ => None,
    };
    let shown = card_to_show(choices, asked);
    view! {
        <div id="card-now" class="card-now" data-card=shown.map(|card| card.code())>
            {said.map(|said| view! { <p class="notice card-sorted">{said}</p> })}
            {match shown {
                Some(card) => one_card(child_id, card, choices, i18n).into_any(),
                None => view! {
                    // Focused after the last card is sorted in place, so it is read out.
                    <p id="cards-done" class="cards-done" tabindex="-1">{fl!(i18n, "cards-all-sorted")}</p>
                }
                .into_any(),
            }}
        </div>
    }
    .into_any()
}

fn one_card(
    child_id: i64,
    card: Card,
    choices: &[(Card, Pile)],
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let name = i18n.get(&card.name_id());
    let code = card.code();
    let pile = pile_of(choices, card);
    let number = Card::ALL.iter().position(|c| *c == card).unwrap_or(0) + 1;
    let next = next_to_sort(choices, Some(card));
    view! {
        // Focused when the card comes in place of the one just sorted: its name is read out, and
        // the next Tab reaches its first choice.
        <h3 id="card-now-title" class="card-now-title" tabindex="-1">
            <span class="card-number">{fl!(i18n, "card-number", number = number, total = (Card::ALL.len()))}</span>
            " "
            <span class="card-now-name">{name.clone()}</span>
        </h3>
        <div class="picture-card">
            <span class=format!("card-picture card-{code}") role="img" aria-label=i18n.get(&card.picture_id())></span>
            <form class="picture-card-choices" action=paths::cards(child_id) method="post">
                <input type="hidden" name="card" value=code />
                {Pile::ALL.iter().map(|choice| {
                    let chosen = pile == Some(*choice);
                    view! {
                        <button
                            class="button button-secondary card-choice"
                            type="submit"
                            name="pile"
                            value=choice.code()
                            aria-pressed=if chosen { "true" } else { "false" }
                            aria-label=fl!(i18n, "card-put-in", card = (name.clone()), pile = (i18n.get(&choice.message_id())))
                        >
                            <span class=format!("link-symbol symbol-{}", pile_symbol(*choice)) aria-hidden="true"></span>
                            {i18n.get(&choice.message_id())}
                        </button>
                    }
                }).collect_view()}
                {pile.is_some().then(|| view! {
                    <button class="button button-secondary card-choice" type="submit" name="pile" value="unsorted"
                        aria-label=fl!(i18n, "card-put-back-named", card = (name.clone()))>
                        {fl!(i18n, "card-put-back")}
                    </button>
                })}
            </form>
        </div>
        {next.map(|next| view! {
            <p class="card-skip">
                <a href=paths::my_page_card(child_id, next) data-card-link="" data-card=next.code()>{fl!(i18n, "card-skip")}</a>
            </p>
        })}
    }
}

/// The piles so far, as small pictures with names, and how many cards are not sorted yet. For
/// whoever may sort, each name leads to its card, to move it; for others the cards not sorted yet
/// are listed too.
fn piles(
    child_id: i64,
    choices: &[(Card, Pile)],
    links: bool,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let groups: Vec<(Option<Pile>, String)> = Pile::ALL
        .iter()
        .map(|p| (Some(*p), i18n.get(&p.message_id())))
        .chain(std::iter::once((None, fl!(i18n, "pile-unsorted"))))
        .collect();
    view! {
        <div class="card-piles">
            <h3 class="card-piles-title">{fl!(i18n, "cards-piles-title")}</h3>
            {links.then(|| view! { <p class="hint">{fl!(i18n, "cards-piles-hint")}</p> })}
            {groups.into_iter().map(|(pile, heading)| {
                let cards: Vec<Card> = Card::ALL
                    .iter()
                    .copied()
                    .filter(|card| pile_of(choices, *card) == pile)
                    .collect();
                let code = pile.map(|p| p.code()).unwrap_or("unsorted");
                let heading_id = format!("pile-{code}");
                // When all are sorted, "all sorted" above says so; no empty heading for them.
                let shown = pile.is_some() || !links || !cards.is_empty();
                shown.then(|| view! {
                    <div class="card-pile">
                        <h4 class="card-pile-title" id=heading_id.clone()>
                            {pile.map(|p| view! { <span class=format!("link-symbol symbol-{}", pile_symbol(p)) aria-hidden="true"></span> })}
                            {heading}
                            " "
                            <span class="card-count">{fl!(i18n, "pile-count", count = (cards.len()))}</span>
                        </h4>
                        // Whoever sorts meets the cards not sorted yet one at a time above: the
                        // count is enough, and keeps the page short.
                        {(!cards.is_empty() && (pile.is_some() || !links)).then(|| view! {
                            <ul class="card-pile-names" id=format!("pile-{code}-cards") aria-labelledby=heading_id>
                                {cards.iter().map(|card| pile_card(child_id, *card, links, i18n)).collect_view()}
                            </ul>
                        })}
                    </div>
                })
            }).collect_view()}
        </div>
    }
    .into_any()
}

fn pile_card(
    child_id: i64,
    card: Card,
    link: bool,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let code = card.code();
    // The name says it; the small picture is for the eyes.
    let picture = view! { <span class=format!("card-picture card-picture-small card-{code}") aria-hidden="true"></span> };
    let name = i18n.get(&card.name_id());
    view! {
        <li class="card-pile-name">
            {if link {
                view! {
                    <a href=paths::my_page_card(child_id, card) data-card-link="" data-card=code>{picture}{name}</a>
                }
                .into_any()
            } else {
                view! { <span data-card=code>{picture}{name}</span> }.into_any()
            }}
        </li>
    }
}
