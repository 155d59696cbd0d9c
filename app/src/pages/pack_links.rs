//! Sharing the review pack by a link: the family makes a link for a named person (a teacher, a SENCo),
//! sees it once to copy, lists the links that work and withdraws one; and the page the link opens,
//! with no account: the pack as the family's page shows it, who shared it and until when.

use crate::components::{
    CheckboxGroup, ChildNav, DateField, ErrorSummary, PageTitle, RadioChoice, RadioGroup,
    RecordSection, TextField,
};
use crate::filled_message::FilledMessage;
use crate::forms::{for_field, use_form_outcome, Posted, Reply};
use crate::i18n::{fl, loader, use_i18n};
use crate::locale::Locale;
use crate::pack_links::{
    OpenedPack, PackLink, PackLinkError, PackLinkForm, PackLinkRefused, DOCUMENTS_FIELD,
    PACK_LINK_DAYS, PACK_LINK_DEFAULT_DAYS,
};
use crate::pages::prepare::{review_pack_article, PackWords};
use crate::paths;
use crate::people::RecordPart;
use crate::record::documents::SavedDocument;
use crate::record::problems::{FieldProblem, Problem};
use crate::record_page::{record_view, route_text};
use crate::record_problems::shown;
use crate::scope::request_scope;
use crate::services::use_people;
use crate::words::long_date;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// A link just made: its secret, shown on the page this once and kept nowhere.
#[derive(Clone)]
pub struct MadePackLink {
    pub secret: String,
    pub for_name: String,
    pub until: crate::record::dates::Date,
}

/// Making a link, the links that work now, and withdrawing one
/// (`/children/{child}/review-pack/share`).
#[component]
pub fn SharePackPage() -> impl IntoView {
    let i18n = use_i18n();
    let people = use_people();
    let scope = request_scope();
    let made = use_context::<MadePackLink>();
    let outcome = use_form_outcome::<FieldProblem>();
    let asked_withdraw: Option<i64> = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("withdraw")
        .and_then(|id| id.parse().ok());
    record_view(move |page| async move {
        let child = page.records.child(&page.viewer, page.child_id).await?;
        page.may_change(RecordPart::People).await?;
        let links = people.pack_links(&page.viewer, page.child_id).await?;
        // Documents are offered only to someone who may read them.
        let access = people.access(&page.viewer, page.child_id).await?;
        let documents = if access.can_read(RecordPart::Documents) {
            page.records.documents(&page.viewer, page.child_id).await?
        } else {
            Vec::new()
        };
        let (id, name) = (child.id, child.details.called_name.clone());
        let title = fl!(i18n, "pack-share-title", name = (name.clone()));
        // An account whose email is not confirmed yet cannot share a record (the server refuses too).
        if scope.confirm_by.is_some() {
            return Ok(view! {
                <PageTitle text=title.clone() />
                <h1 dir="auto">{title}</h1>
                <crate::pages::account_email::ConfirmFirst />
            }
            .into_any());
        }
        let problems = shown(&outcome, i18n);
        let withdrawing =
            asked_withdraw.and_then(|asked| links.iter().find(|l| l.id == asked).cloned());
        Ok(view! {
            <PageTitle text=title.clone() has_errors=!problems.is_empty() />
            <ErrorSummary problems=problems.clone() />
            <ChildNav child_id=id name=name.clone() current=RecordSection::Prepare />
            <p><a href=paths::review_pack(id)>{fl!(i18n, "pack-share-back")}</a></p>
            <h1 dir="auto">{title}</h1>
            <p class="lead">{fl!(i18n, "pack-share-lead")}</p>
            {made.clone().map(|made| made_link(&made, &scope.origin, i18n))}
            {withdrawing.map(|link| view! {
                <div class="notice" id="withdraw">
                    <h2>{fl!(i18n, "pack-share-withdraw-ask", who = (link.for_name.clone()))}</h2>
                    <p>{fl!(i18n, "pack-share-withdraw-hint")}</p>
                    <form action=paths::withdraw_pack_link(id, link.id) method="post">
                        <button class="button button-warning" type="submit">{fl!(i18n, "pack-share-withdraw-yes")}</button>
                    </form>
                    <p><a href=paths::share_pack(id)>{fl!(i18n, "pack-share-withdraw-no")}</a></p>
                </div>
            })}
            <h2>{fl!(i18n, "pack-share-live-title")}</h2>
            {if links.is_empty() {
                view! { <p>{fl!(i18n, "pack-share-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="people-list pack-links">
                        {links.iter().map(|link| live_link(id, link, scope.locale, i18n)).collect_view()}
                    </ul>
                }.into_any()
            }}
            {make_form(id, scope.locale, &documents, &problems, outcome.as_ref(), i18n)}
        }
        .into_any())
    })
}

/// The link just made, to copy: plain text in a box, so it works with JavaScript off.
fn made_link(made: &MadePackLink, origin: &str, i18n: &'static FluentLanguageLoader) -> AnyView {
    let link = format!("{origin}{}{}", paths::PACK_LINK_PREFIX, made.secret);
    view! {
        <div class="notice" role="status">
            <h2 dir="auto">{fl!(i18n, "pack-share-made-title", who = (made.for_name.clone()))}</h2>
            <p>{fl!(i18n, "pack-share-made-lead", date = (long_date(i18n, made.until)))}</p>
            <div class="field">
                <label class="label" for="pack-link">{fl!(i18n, "pack-share-made-label")}</label>
                <input class="input invitation-link" id="pack-link" type="text" readonly
                    value=link dir="ltr" lang="en" />
            </div>
        </div>
    }
    .into_any()
}

fn language_words(for_school: bool, locale: Locale, i18n: &FluentLanguageLoader) -> String {
    if for_school {
        fl!(i18n, "pack-share-in-english")
    } else {
        fl!(i18n, "pack-share-in-own", language = (locale.own_name()))
    }
}

fn live_link(
    child_id: i64,
    link: &PackLink,
    locale: Locale,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    // A link in the family's own language needs no word about it; the English one says so.
    let language = link.for_school.then(|| language_words(true, locale, i18n));
    view! {
        <li class="person">
            <span class="person-name" dir="auto">{link.for_name.clone()}</span>
            " – "
            {fl!(i18n, "pack-share-live-item", date = (long_date(i18n, link.until)), count = (link.opened))}
            {language.map(|words| view! { " " {words} })}
            {(link.documents > 0).then(|| view! {
                " " {fl!(i18n, "pack-share-live-documents", count = (link.documents))}
            })}
            " "
            <a href=paths::ask_withdraw_pack_link(child_id, link.id)
                aria-label=fl!(i18n, "pack-share-withdraw-named", who = (link.for_name.clone()))>
                {fl!(i18n, "pack-share-withdraw")}
            </a>
        </li>
    }
}

/// A document as the form offers it: what it is, its date and its file's name (as typed, shown as
/// text only).
fn document_choice(document: &SavedDocument, i18n: &FluentLanguageLoader) -> RadioChoice {
    let kind = i18n.get(&document.kind.message_id());
    // The file name is the family's own words, isolated so an Urdu label keeps "EHC plan.pdf" whole.
    let label = FilledMessage::filled([&document.file_name], |[file]| {
        fl!(
            i18n,
            "pack-share-document",
            kind = kind,
            date = (long_date(i18n, document.dated)),
            file = file
        )
    });
    RadioChoice::new(document.id.to_string(), label)
}

fn make_form(
    child_id: i64,
    locale: Locale,
    documents: &[SavedDocument],
    problems: &[crate::forms::ShownProblem],
    outcome: Option<&crate::forms::FormOutcome<FieldProblem>>,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let kept = |field: &str| outcome.and_then(|o| o.kept_value(field));
    let mut how_long: Vec<RadioChoice> = PACK_LINK_DAYS
        .iter()
        .map(|days| {
            RadioChoice::new(
                days.to_string(),
                fl!(i18n, "pack-share-days", days = (*days)),
            )
        })
        .collect();
    how_long.push(RadioChoice::new("date", fl!(i18n, "pack-share-until-date")));
    let in_english_already = locale == Locale::EnglishUk || locale.is_easy_read();
    let until_typed = [
        kept("until-day").unwrap_or_default(),
        kept("until-month").unwrap_or_default(),
        kept("until-year").unwrap_or_default(),
    ];
    view! {
        <h2>{fl!(i18n, "pack-share-make-title")}</h2>
        <form action=paths::share_pack(child_id) method="post" novalidate>
            <input type="hidden" name="locale" value=locale.tag() />
            <TextField
                name="for-name"
                label=fl!(i18n, "pack-share-for-name")
                hint=fl!(i18n, "pack-share-for-name-hint")
                value=kept("for-name")
                error=for_field(problems, "for-name")
                autocomplete="off"
            />
            <RadioGroup
                name="how-long"
                legend=fl!(i18n, "pack-share-how-long")
                choices=how_long
                selected=kept("how-long").unwrap_or_else(|| PACK_LINK_DEFAULT_DAYS.to_string())
                error=for_field(problems, "how-long")
            />
            <DateField
                name="until"
                legend=fl!(i18n, "pack-share-until")
                hint=fl!(i18n, "pack-share-until-hint")
                typed=until_typed
                error=for_field(problems, "until")
            />
            {(!in_english_already).then(|| view! {
                <RadioGroup
                    name="language"
                    legend=fl!(i18n, "pack-share-language")
                    choices=vec![
                        RadioChoice::new("school", language_words(true, locale, i18n)),
                        RadioChoice::new("family", language_words(false, locale, i18n)),
                    ]
                    selected=kept("language").unwrap_or_else(|| "school".into())
                    error=for_field(problems, "language")
                />
            })}
            // None ticked unless the family ticks them: each one is a choice to share.
            {(!documents.is_empty()).then(|| view! {
                <CheckboxGroup
                    name=DOCUMENTS_FIELD
                    legend=fl!(i18n, "pack-share-documents")
                    hint=fl!(i18n, "pack-share-documents-hint")
                    choices=documents.iter().map(|d| document_choice(d, i18n)).collect()
                    selected=outcome.map(|o| o.kept_values(DOCUMENTS_FIELD)).unwrap_or_default()
                    error=for_field(problems, DOCUMENTS_FIELD)
                />
            })}
            <button class="button" type="submit">{fl!(i18n, "pack-share-make")}</button>
        </form>
    }
    .into_any()
}

/// Makes a link (`/children/{child}/review-pack/share`) and shows it once, on the same page.
pub async fn make_pack_link(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    match PackLinkForm::from_fields(&posted.fields).check(posted.today) {
        Ok(link) => match posted
            .people
            .make_pack_link(&posted.viewer, child_id, &link)
            .await
        {
            Ok(secret) => Reply::show(
                http::StatusCode::CREATED,
                MadePackLink {
                    secret,
                    for_name: link.for_name,
                    until: link.until,
                },
            ),
            Err(PackLinkRefused::NotThisChildsDocument) => posted.again(vec![FieldProblem::new(
                DOCUMENTS_FIELD,
                Problem::DocumentNotOnList,
            )]),
            Err(PackLinkRefused::Record(error)) => posted.answer::<()>(Err(error), "/family"),
        },
        Err(problems) => posted.again(problems),
    }
}

/// Withdraws a link at once (`/children/{child}/review-pack/share/{link}/withdraw`).
pub async fn withdraw_pack_link(posted: Posted) -> Reply {
    let (Some(child_id), Some(link_id)) = (posted.number("child"), posted.number("link")) else {
        return Reply::not_found();
    };
    let done = posted
        .people
        .withdraw_pack_link(&posted.viewer, child_id, link_id)
        .await;
    posted.answer(done, &format!("{}?withdrawn", paths::share_pack(child_id)))
}

/// Where a link leads (`/pack/{secret}`), with nobody signed in: the pack in the language the family
/// chose, who shared it and until when. A link withdrawn or past its day is gone (410), in English and
/// in the family's words; a secret never made is not found (404).
#[component]
pub fn PackLinkPage() -> impl IntoView {
    let secret = route_text("secret").unwrap_or_default();
    let people = use_people();
    let response = use_context::<leptos_axum::ResponseOptions>();
    // A document's download through this link was refused: say why, opening nothing.
    let refused = use_context::<PackLinkError>();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let opened = match refused {
                    Some(error) => Err(error),
                    None => people.open_pack_link(&secret).await,
                };
                match opened {
                    Ok(opened) => opened_pack(&secret, opened),
                    Err(error) => {
                        if let Some(response) = &response {
                            response.set_status(match error {
                                PackLinkError::Ended { .. } => http::StatusCode::GONE,
                                PackLinkError::Unknown => http::StatusCode::NOT_FOUND,
                                PackLinkError::Unavailable => http::StatusCode::SERVICE_UNAVAILABLE,
                            });
                        }
                        link_refused(&error)
                    }
                }
            })}
        </Suspense>
    }
}

fn opened_pack(secret: &str, opened: OpenedPack) -> AnyView {
    let english = loader(Locale::EnglishUk);
    let family = Locale::from_tag(&opened.locale).unwrap_or_default();
    let i18n = if opened.for_school {
        english
    } else {
        loader(family)
    };
    let english_page = opened.for_school || family == Locale::EnglishUk || family.is_easy_read();
    let (pack_lang, pack_dir) = (
        Some(if opened.for_school {
            "en-GB"
        } else {
            family.html_lang()
        }),
        Some(if opened.for_school {
            "ltr"
        } else {
            family.direction().html_dir()
        }),
    );
    let words = PackWords {
        i18n,
        english,
        english_page,
        words_lang: Some(family.html_lang()),
        pack_lang,
        pack_dir,
    };
    let today = crate::clock::today();
    let title = fl!(
        i18n,
        "pack-title",
        name = (opened.child.details.called_name.clone())
    );
    view! {
        <PageTitle text=title />
        <div lang=pack_lang dir=pack_dir>
            <p class="notice" dir="auto">
                {fl!(i18n, "pack-link-shared-by", who = (opened.shared_by.clone()), date = (long_date(i18n, opened.until)))}
            </p>
            <p class="no-print hint">{fl!(i18n, "pack-how-to-print")}</p>
        </div>
        {review_pack_article(words, &opened.child, &opened.entries, &opened.goals, &opened.points, today)}
        {(!opened.documents.is_empty()).then(|| chosen_documents(secret, &opened.documents, i18n, pack_lang, pack_dir))}
    }
    .into_any()
}

/// The documents the family chose to go with the pack, each a download through the link.
fn chosen_documents(
    secret: &str,
    documents: &[SavedDocument],
    i18n: &'static FluentLanguageLoader,
    lang: Option<&'static str>,
    dir: Option<&'static str>,
) -> AnyView {
    view! {
        <section class="pack-documents no-print" lang=lang dir=dir aria-labelledby="pack-documents-title">
            <h2 id="pack-documents-title">{fl!(i18n, "pack-link-documents")}</h2>
            <ul class="documents">
                {documents.iter().map(|document| {
                    let kind = i18n.get(&document.kind.message_id());
                    let named = fl!(
                        i18n,
                        "documents-named",
                        kind = (kind.clone()),
                        date = (long_date(i18n, document.dated))
                    );
                    view! {
                        <li class="document">
                            <h3 class="document-title">{format!("{kind}, {}", long_date(i18n, document.dated))}</h3>
                            {(!document.note.is_empty()).then(|| view! { <p class="document-note" dir="auto">{document.note.clone()}</p> })}
                            <p class="hint"><span dir="auto">{document.file_name.clone()}</span></p>
                            <p>
                                <a class="button button-secondary" href=paths::pack_link_document(secret, document.id) download=""
                                    aria-label=fl!(i18n, "documents-download-named", name = named)>
                                    {fl!(i18n, "documents-download")}
                                </a>
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// A link that shows no pack: said in English, and in the family's language too when it is another.
fn link_refused(error: &PackLinkError) -> AnyView {
    let english = loader(Locale::EnglishUk);
    let words = |i18n: &FluentLanguageLoader| match error {
        PackLinkError::Ended { .. } => (
            fl!(i18n, "pack-link-ended-title"),
            fl!(i18n, "pack-link-ended-body"),
        ),
        PackLinkError::Unknown => (
            fl!(i18n, "pack-link-unknown-title"),
            fl!(i18n, "pack-link-unknown-body"),
        ),
        PackLinkError::Unavailable => (
            fl!(i18n, "record-unavailable-title"),
            fl!(i18n, "record-unavailable-body"),
        ),
    };
    let family = match error {
        PackLinkError::Ended { locale } => {
            Locale::from_tag(locale).filter(|l| *l != Locale::EnglishUk && !l.is_easy_read())
        }
        _ => None,
    };
    let (title, body) = words(english);
    let also = family.map(|family| {
        let (title, body) = words(loader(family));
        view! {
            <div lang=family.html_lang() dir=family.direction().html_dir()>
                <h2>{title}</h2>
                <p>{body}</p>
            </div>
        }
    });
    view! {
        <PageTitle text=title.clone() />
        <div lang="en-GB" dir="ltr">
            <h1>{title}</h1>
            <p>{body}</p>
        </div>
        {also}
    }
    .into_any()
}
