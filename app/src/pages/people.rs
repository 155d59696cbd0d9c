//! Who can see a child's record: the people, the advocates and what each sees until when, links
//! waiting to be used, inviting someone, and the log of who has looked.

use crate::components::{
    share_terms, CheckboxGroup, ChildNav, DateField, ErrorSummary, PageTitle, RadioChoice,
    RadioGroup, RecordSection, TextField, WithSymbol,
};
use crate::forms::{for_field, use_form_outcome};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::people::{
    AccessLogEntry, Action, ChildAccess, Job, PendingInvitation, RecordPart, Role, Share,
    INVITATION_DAYS,
};
use crate::record::problems::FieldProblem;
use crate::record_page::record_view;
use crate::record_problems::shown;
use crate::scope::request_scope;
use crate::services::{use_people, RecordError};
use crate::words::{
    long_date, long_date_of_time, record_part_words, record_parts_words, role_words,
};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

#[component]
pub fn ChildPeoplePage() -> impl IntoView {
    let i18n = use_i18n();
    let people = use_people();
    record_view(move |page| async move {
        let loaded = {
            let child = page.records.child(&page.viewer, page.child_id).await;
            let access = people.access(&page.viewer, page.child_id).await;
            let who = people.who_can_see(&page.viewer, page.child_id).await;
            match (child, access, who) {
                (Ok(child), Ok(access), Ok(who)) => Ok((child, access, who)),
                (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => Err(e),
            }
        };
        let (child, access, who) = loaded?;
        let name = child.details.called_name.clone();
        let id = child.id;
        let manages = access.can_change(RecordPart::People);
        let title = fl!(i18n, "people-title", name = (name.clone()));
        Ok(view! {
            <PageTitle text=title.clone() />
            <ChildNav child_id=id name=name.clone() current=RecordSection::People />
            <WithSymbol message="people-title"><h1 dir="auto">{title}</h1></WithSymbol>
            <p class="lead">{fl!(i18n, "people-lead")}</p>
            {(!manages).then(|| view! {
                <p class="notice">{fl!(i18n, "people-not-yours-to-change")}</p>
            })}
            <h2>{fl!(i18n, "people-family-title")}</h2>
            <ul class="people-list">
                {who.people.iter().map(|person| {
                    // From 16, a young person in control decides whether each parent still sees it.
                    let may_stop = manages
                        && access.role == Role::YoungPerson
                        && person.role == Role::ParentOrCarer;
                    let stop = paths::stop_parent(id, person.account_id);
                    let stop_named = fl!(i18n, "people-stop-parent-named", name = (person.name.clone()));
                    view! {
                        <li class="person">
                            <span class="person-name" dir="auto">{person.name.clone()}</span>
                            " – "
                            {role_words(person.role, i18n)}
                            {may_stop.then(|| view! {
                                <form action=stop.clone() method="post">
                                    <button class="button button-warning" type="submit" aria-label=stop_named.clone()>
                                        {fl!(i18n, "people-stop-parent")}
                                    </button>
                                </form>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h2>{fl!(i18n, "people-advocates-title")}</h2>
            {if who.shares.is_empty() {
                view! { <p>{fl!(i18n, "people-no-advocates")}</p> }.into_any()
            } else {
                view! {
                    <ul class="people-list">
                        {who.shares.iter().map(|share| share_item(id, share, manages, i18n)).collect_view()}
                    </ul>
                }.into_any()
            }}
            {manages.then(|| view! {
                <p>
                    <a class="button" href=paths::invite(id)>
                        {fl!(i18n, "people-invite")}
                    </a>
                </p>
            })}
            {manages.then(|| view! {
                <h2>{fl!(i18n, "people-pack-links-title")}</h2>
                <p>
                    {fl!(i18n, "people-pack-links-lead")}" "
                    <a href=paths::share_pack(id)>{fl!(i18n, "pack-share-link")}</a>
                </p>
            })}
            {(!who.invitations.is_empty()).then(|| view! {
                <h2>{fl!(i18n, "people-waiting-title")}</h2>
                <ul class="people-list">
                    {who.invitations.iter().map(|invitation| waiting_item(id, invitation, i18n)).collect_view()}
                </ul>
            })}
            <h2>{fl!(i18n, "people-seen-title")}</h2>
            <p>
                {fl!(i18n, "people-seen-lead")}" "
                <a href=paths::seen(id)>{fl!(i18n, "people-seen-link", name = (name.clone()))}</a>
            </p>
            <p><a href=paths::your_data(id)>{fl!(i18n, "people-your-data")}</a></p>
            {(!who.ended.is_empty()).then(|| view! {
                <h2>{fl!(i18n, "people-ended-title")}</h2>
                <ul class="people-list">
                    {who.ended.iter().map(|share| view! {
                        <li class="person">
                            <span class="person-name" dir="auto">{share.advocate.clone()}</span>
                            " – "
                            {fl!(i18n, "people-ended-item", parts = (record_parts_words(&share.parts, i18n)))}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        }
        .into_any())
    })
}

fn share_item(
    child_id: i64,
    share: &Share,
    manages: bool,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let withdraw = paths::withdraw_share(child_id, share.id);
    let stop_named = fl!(
        i18n,
        "people-stop-sharing-named",
        name = (share.advocate.clone())
    );
    view! {
        <li class="person person-advocate" id=format!("share-{}", share.id)>
            <h3 class="person-name">
                <span dir="auto">{share.advocate.clone()}</span>
                " – "
                {match share.job {
                    Some(job) if share.role == Role::Professional => view! {
                        <span dir="auto">{job_at(job, &share.organisation, i18n)}</span>
                    }.into_any(),
                    _ => role_words(Role::Advocate, i18n).into_any(),
                }}
            </h3>
            {share_terms(&share.parts, share.may_change, share.until, i18n)}
            {manages.then(|| view! {
                <form action=withdraw method="post">
                    <button class="button button-warning" type="submit" aria-label=stop_named>
                        {fl!(i18n, "people-stop-sharing")}
                    </button>
                </form>
            })}
        </li>
    }
}

/// "SENCo, Riverside Academy": what a professional does and where, as the family gave it.
pub fn job_at(job: Job, organisation: &str, i18n: &FluentLanguageLoader) -> String {
    fl!(
        i18n,
        "professional-job-at",
        job = (i18n.get(&job.message_id())),
        organisation = (organisation.to_string())
    )
}

/// A link waiting to be used. Only someone who may send it gets its secret from the service, and so
/// the buttons to show and cancel it; anyone else sees that it is waiting.
fn waiting_item(
    child_id: i64,
    invitation: &PendingInvitation,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let manages = invitation.token.is_some();
    let who = if invitation.for_name.is_empty() {
        role_words(invitation.role, i18n)
    } else {
        format!(
            "{} – {}",
            invitation.for_name,
            role_words(invitation.role, i18n)
        )
    };
    let base = paths::invitation(child_id, invitation.id);
    view! {
        <li class="person person-waiting">
            <p class="person-name" dir="auto">{who}</p>
            <p class="hint">{fl!(i18n, "invitation-works-until", date = (expiry_words(invitation.expires_at, i18n)))}</p>
            {manages.then(|| view! {
                <div class="button-row">
                    <a class="button button-secondary" href=base.clone()>{fl!(i18n, "people-show-link")}</a>
                    <form action=format!("{base}/cancel") method="post">
                        <button class="button button-secondary" type="submit">{fl!(i18n, "people-cancel-invitation")}</button>
                    </form>
                </div>
            })}
        </li>
    }
}

/// The day a link stops working, from its unix time.
fn expiry_words(expires_at: i64, i18n: &FluentLanguageLoader) -> String {
    long_date_of_time(expires_at, i18n)
}

/// The form's fields as typed, or the defaults: read only, shared until stopped.
#[component]
pub fn InvitePage() -> impl IntoView {
    let i18n = use_i18n();
    let people = use_people();
    let outcome = use_form_outcome::<FieldProblem>();
    // An account whose email is not confirmed yet cannot share a record (the server refuses too).
    let unconfirmed = crate::scope::request_scope().confirm_by.is_some();
    record_view(move |page| async move {
        let loaded = {
            let child = page.records.child(&page.viewer, page.child_id).await;
            let access = people.access(&page.viewer, page.child_id).await;
            match (child, access) {
                (Ok(child), Ok(access)) if access.can_change(RecordPart::People) => {
                    Ok((child, access))
                }
                (Ok(_), Ok(_)) => Err(RecordError::NotFound),
                (Err(e), _) | (_, Err(e)) => Err(e),
            }
        };
        let (child, access) = loaded?;
        if unconfirmed {
            return Ok(view! {
                <h1>{fl!(i18n, "invite-title")}</h1>
                <crate::pages::account_email::ConfirmFirst />
            }
            .into_any());
        }
        Ok(invite_form(
            child.id,
            &child.details.called_name,
            &access,
            outcome.clone(),
            i18n,
        ))
    })
}

fn invite_form(
    child_id: i64,
    name: &str,
    access: &ChildAccess,
    outcome: Option<crate::forms::FormOutcome<FieldProblem>>,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let problems = shown(&outcome, i18n);
    let kept = |field: &str| outcome.as_ref().and_then(|o| o.kept_value(field));
    let kept_all = |field: &str| -> Vec<String> {
        outcome
            .as_ref()
            .map(|o| {
                o.kept
                    .iter()
                    .filter(|(n, _)| n == field)
                    .map(|(_, v)| v.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let title = fl!(i18n, "invite-title");
    // A young person who has taken control shares with advocates; parents join through the family.
    let roles: Vec<Role> = if access.role == Role::YoungPerson {
        vec![Role::Advocate, Role::Professional]
    } else {
        vec![
            Role::ParentOrCarer,
            Role::YoungPerson,
            Role::Advocate,
            Role::Professional,
        ]
    };
    let job_choices = Job::ALL
        .iter()
        .map(|job| RadioChoice::new(job.code(), i18n.get(&job.message_id())))
        .collect();
    let role_choices = roles
        .iter()
        .map(|role| {
            RadioChoice::new(
                role.code(),
                i18n.get(&format!("invite-role-{}", role.code())),
            )
        })
        .collect();
    let part_choices = RecordPart::SHAREABLE
        .iter()
        .map(|part| RadioChoice::new(part.code(), record_part_words(*part, i18n)))
        .collect();
    let until_typed = [
        kept("until-day").unwrap_or_default(),
        kept("until-month").unwrap_or_default(),
        kept("until-year").unwrap_or_default(),
    ];
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <p><a href=paths::people(child_id)>{fl!(i18n, "invite-back", name = (name.to_string()))}</a></p>
        <WithSymbol message="invite-title"><h1>{title}</h1></WithSymbol>
        <p class="lead">{fl!(i18n, "invite-lead", days = INVITATION_DAYS)}</p>
        <form action=paths::invite(child_id) method="post" novalidate>
            <RadioGroup
                name="role"
                legend=fl!(i18n, "invite-role-legend")
                hint=fl!(i18n, "invite-role-hint", name = (name.to_string()))
                choices=role_choices
                selected=kept("role").unwrap_or_default()
                error=for_field(&problems, "role")
            />
            <TextField
                name="for-name"
                label=fl!(i18n, "invite-for-name")
                hint=fl!(i18n, "invite-for-name-hint")
                value=kept("for-name")
                error=for_field(&problems, "for-name")
            />
            <TextField
                name="email"
                label=fl!(i18n, "invite-email")
                hint=fl!(i18n, "invite-email-hint")
                value=kept("email")
                error=for_field(&problems, "email")
                input_type="email"
                autocomplete="off"
            />
            <fieldset class="fieldset form-section">
                <legend class="legend">{fl!(i18n, "invite-professional-legend")}</legend>
                <p class="hint">{fl!(i18n, "invite-professional-hint")}</p>
                <RadioGroup
                    name="job"
                    legend=fl!(i18n, "invite-job-legend")
                    choices=job_choices
                    selected=kept("job").unwrap_or_default()
                    error=for_field(&problems, "job")
                    small=true
                />
                <TextField
                    name="organisation"
                    label=fl!(i18n, "invite-organisation")
                    hint=fl!(i18n, "invite-organisation-hint")
                    value=kept("organisation")
                    error=for_field(&problems, "organisation")
                />
            </fieldset>
            <fieldset class="fieldset form-section">
                <legend class="legend">{fl!(i18n, "invite-advocate-legend")}</legend>
                <p class="hint">{fl!(i18n, "invite-advocate-hint")}</p>
                <CheckboxGroup
                    name="parts"
                    legend=fl!(i18n, "invite-parts-legend")
                    choices=part_choices
                    selected=kept_all("parts")
                    error=for_field(&problems, "parts")
                />
                <RadioGroup
                    name="may-change"
                    legend=fl!(i18n, "invite-may-change-legend")
                    choices=vec![
                        RadioChoice::new("no", fl!(i18n, "share-read-only")),
                        RadioChoice::new("yes", fl!(i18n, "share-may-change")),
                    ]
                    selected=kept("may-change").unwrap_or_else(|| "no".into())
                    error=for_field(&problems, "may-change")
                    small=true
                />
                <DateField
                    name="until"
                    legend=fl!(i18n, "invite-until-legend")
                    hint=fl!(i18n, "invite-until-hint")
                    typed=until_typed
                    error=for_field(&problems, "until")
                />
            </fieldset>
            <button class="button" type="submit">{fl!(i18n, "invite-button")}</button>
        </form>
    }
    .into_any()
}

/// The link for one invitation, to copy, send or show as a QR code.
#[component]
pub fn InvitationLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let invitation_id = crate::record_page::route_number("invitation");
    let people = use_people();
    let origin = request_scope().origin;
    record_view(move |page| async move {
        let loaded = people
            .who_can_see(&page.viewer, page.child_id)
            .await
            .and_then(|who| {
                who.invitations
                    .into_iter()
                    .filter(|i| Some(i.id) == invitation_id)
                    .find_map(|i| Some((page.child_id, i.token.clone()?, i)))
                    .ok_or(RecordError::NotFound)
            });
        let (child_id, token, invitation) = loaded?;
        let link = format!("{origin}/invitations/{token}");
        let message = fl!(i18n, "invitation-message", link = (link.clone()));
        let encoded = crate::paths::encode_component(&message);
        let title = fl!(i18n, "invitation-link-title");
        Ok(view! {
            <PageTitle text=title.clone() />
            <p><a href=paths::people(child_id)>{fl!(i18n, "invitation-back")}</a></p>
            <h1>{title}</h1>
            <p class="lead">{fl!(i18n, "invitation-link-lead")}</p>
            <p class="notice">{fl!(i18n, "invitation-works-until", date = (expiry_words(invitation.expires_at, i18n)))}</p>
            {invitation.email_to.clone().map(|address| view! {
                <p class="notice">{fl!(i18n, "invitation-emailed", address = address)}</p>
            })}
            <div class="field">
                <label class="label" for="invitation-link">{fl!(i18n, "invitation-link-label")}</label>
                <p class="hint" id="invitation-link-hint">{fl!(i18n, "invitation-link-hint")}</p>
                <input class="input invitation-link" id="invitation-link" type="text" readonly
                    value=link.clone() dir="ltr" lang="en" aria-describedby="invitation-link-hint" />
            </div>
            <div class="button-row">
                <a class="button" href=format!("sms:?&body={encoded}")>{fl!(i18n, "invitation-send-text")}</a>
                <a class="button button-secondary" href=format!("mailto:?subject={}&body={encoded}", crate::paths::encode_component(&fl!(i18n, "invitation-email-subject")))>
                    {fl!(i18n, "invitation-send-email")}
                </a>
            </div>
            <h2>{fl!(i18n, "invitation-qr-title")}</h2>
            <p>{fl!(i18n, "invitation-qr-lead")}</p>
            <div class="qr-code" role="img" aria-label=fl!(i18n, "invitation-qr-label") inner_html=qr_svg(&link) />
            <form action=paths::cancel_invitation(child_id, invitation.id) method="post">
                <button class="button button-secondary" type="submit">{fl!(i18n, "people-cancel-invitation")}</button>
            </form>
        }
        .into_any())
    })
}

/// The link as a QR code in SVG, dark on light whatever the reading mode (scanners need it), with
/// the quiet zone around it.
fn qr_svg(link: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(link, qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}

/// Who has read or changed the record, in plain words.
#[component]
pub fn AccessLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let people = use_people();
    record_view(move |page| async move {
        let loaded = {
            let child = page.records.child(&page.viewer, page.child_id).await;
            let log = people.access_log(&page.viewer, page.child_id).await;
            match (child, log) {
                (Ok(child), Ok(log)) => Ok((child, log)),
                (Err(e), _) | (_, Err(e)) => Err(e),
            }
        };
        let (child, log) = loaded?;
        let name = child.details.called_name.clone();
        let title = fl!(i18n, "seen-title", name = (name.clone()));
        Ok(view! {
            <PageTitle text=title.clone() />
            <ChildNav child_id=child.id name=name.clone() current=RecordSection::People />
            <WithSymbol message="seen-title"><h1 dir="auto">{title}</h1></WithSymbol>
            <p class="lead">{fl!(i18n, "seen-lead")}</p>
            {if log.is_empty() {
                view! { <p>{fl!(i18n, "seen-none")}</p> }.into_any()
            } else {
                view! {
                    <ol class="access-log">
                        {log.iter().map(|entry| log_item(entry, i18n)).collect_view()}
                    </ol>
                }.into_any()
            }}
            <p><a href=paths::people(child.id)>{fl!(i18n, "seen-back", name = name)}</a></p>
        }
        .into_any())
    })
}

fn log_item(entry: &AccessLogEntry, i18n: &'static FluentLanguageLoader) -> impl IntoView {
    let when = time::OffsetDateTime::from_unix_timestamp(entry.at).ok();
    let words = match entry.action {
        Action::Read => fl!(
            i18n,
            "seen-read",
            who = (entry.who.clone()),
            role = (role_words(entry.role, i18n)),
            part = (record_part_words(entry.part, i18n))
        ),
        Action::Change => fl!(
            i18n,
            "seen-change",
            who = (entry.who.clone()),
            role = (role_words(entry.role, i18n)),
            part = (record_part_words(entry.part, i18n))
        ),
        // A document's file, not the whole record.
        Action::Download if entry.part == crate::people::RecordPart::Documents => fl!(
            i18n,
            "seen-download-document",
            who = (entry.who.clone()),
            role = (role_words(entry.role, i18n))
        ),
        Action::Download => fl!(
            i18n,
            "seen-download",
            who = (entry.who.clone()),
            role = (role_words(entry.role, i18n))
        ),
        // Nobody signed in: the person the family made the link for.
        Action::OpenedByLink => fl!(i18n, "seen-link-opened", who = (entry.who.clone())),
        Action::DownloadedByLink => fl!(i18n, "seen-link-downloaded", who = (entry.who.clone())),
    };
    view! {
        <li class="access-log-entry">
            <p dir="auto">{words}</p>
            {when.map(|t| view! {
                <p class="hint">
                    <time datetime=format!("{}T{:02}:{:02}Z", crate::record::dates::to_iso(t.date()), t.hour(), t.minute())>
                        {fl!(i18n, "seen-when", date = (long_date(i18n, t.date())), time = (format!("{:02}:{:02}", t.hour(), t.minute())))}
                    </time>
                </p>
            })}
        </li>
    }
}

// Answering the forms for who can see the record: inviting, cancelling a link, stopping a share, and
// a young person taking control at 16.

use crate::forms::{Posted, Reply};

/// Makes an invitation link (`/children/{child}/people/invite`).
pub async fn invite(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    match crate::people::InvitationForm::from_fields(&posted.fields).check(child_id, posted.today) {
        Ok(invitation) => match posted
            .people
            .invite(&posted.viewer, child_id, &invitation)
            .await
        {
            Ok(id) => Reply::Next(crate::paths::invitation(child_id, id)),
            Err(error) => posted.answer::<()>(Err(error), "/family"),
        },
        Err(problems) => posted.again(problems),
    }
}

/// Cancels a link (`/children/{child}/people/invitations/{invitation}/cancel`).
pub async fn cancel_invitation(posted: Posted) -> Reply {
    let (Some(child_id), Some(invitation_id)) =
        (posted.number("child"), posted.number("invitation"))
    else {
        return Reply::not_found();
    };
    let done = posted
        .people
        .cancel_invitation(&posted.viewer, child_id, invitation_id)
        .await;
    posted.answer(done, &crate::paths::people(child_id))
}

/// Stops an advocate's share at once (`/children/{child}/people/shares/{share}/withdraw`).
pub async fn withdraw_share(posted: Posted) -> Reply {
    let (Some(child_id), Some(share_id)) = (posted.number("child"), posted.number("share")) else {
        return Reply::not_found();
    };
    let done = posted
        .people
        .withdraw_share(&posted.viewer, child_id, share_id)
        .await;
    posted.answer(done, &crate::paths::people(child_id))
}

/// A young person in control stops a parent seeing their record
/// (`/children/{child}/people/parents/{account}/stop`).
pub async fn stop_parent(posted: Posted) -> Reply {
    let (Some(child_id), Some(account_id)) = (posted.number("child"), posted.number("account"))
    else {
        return Reply::not_found();
    };
    let done = posted
        .people
        .stop_parent(&posted.viewer, child_id, account_id)
        .await;
    posted.answer(done, &crate::paths::people(child_id))
}

/// From the end of compulsory school age, the young person decides who sees their record
/// (`/children/{child}/take-control`).
pub async fn take_control(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    let done = posted
        .people
        .take_control(&posted.viewer, child_id, posted.today)
        .await;
    posted.answer(done, &crate::paths::people(child_id))
}
