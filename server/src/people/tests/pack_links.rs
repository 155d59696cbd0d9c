//! The access matrix's cells for the review pack's links beyond the loop in the matrix: opening a
//! link (valid, withdrawn, past its day, unknown) with nobody signed in, and the say over links moving
//! to a young person who takes control. The rules are in `crate::access::pack_links`.

use super::*;
use heard_app::pack_links::{NewPackLink, PackLinkError, PackLinkRefused};
use heard_app::people::Action;

/// A link for two weeks, in the family's language.
pub(super) fn pack_link(for_name: &str) -> NewPackLink {
    NewPackLink {
        for_name: for_name.into(),
        until: today() + time::Duration::days(14),
        for_school: false,
        locale: "pl".into(),
        documents: Vec::new(),
    }
}

/// The record's refusal in a refused link; a link refused for its documents is a failed test here.
pub(super) fn link_refused(refused: PackLinkRefused) -> RecordError {
    match refused {
        PackLinkRefused::Record(error) => error,
        other => panic!("the link was refused for its documents: {other}"),
    }
}

#[tokio::test]
async fn a_link_opens_the_pack_until_withdrawn_or_past_its_day_and_each_opening_is_logged() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let child = w.child(&parent, "Amira", "2016-05-01").await;
    w.records
        .add_entry(
            &parent,
            child,
            AboutMePart::ImportantToMe,
            &entry(Author::ParentOrCarer),
        )
        .await
        .unwrap();

    let secret = w
        .people
        .make_pack_link(&parent, child, &pack_link("Mr Jones"))
        .await
        .unwrap();
    assert_eq!(secret.len(), 64);
    let stored: String = storage::query_scalar("SELECT token_hash FROM pack_links")
        .fetch_one(&w.pool)
        .await
        .unwrap();
    assert_ne!(stored, secret, "only the hash is kept");

    let opened = w.people.open_pack_link(&secret).await.unwrap();
    assert_eq!(opened.child.details.called_name, "Amira");
    assert_eq!(opened.entries[0].text, "Likes trains");
    assert_eq!(opened.shared_by, "parent@example.org");
    assert_eq!(opened.locale, "pl");
    w.people.open_pack_link(&secret).await.unwrap();
    let log = w.people.access_log(&parent, child).await.unwrap();
    let openings: Vec<_> = log
        .iter()
        .filter(|e| e.action == Action::OpenedByLink)
        .collect();
    assert_eq!(openings.len(), 2, "every opening: {log:?}");
    assert_eq!(openings[0].who, "Mr Jones");
    let listed = w.people.pack_links(&parent, child).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].opened, 2);

    let unknown = "0".repeat(64);
    for made_up in [unknown.as_str(), "", "short", &secret[..63]] {
        assert_eq!(
            w.people.open_pack_link(made_up).await,
            Err(PackLinkError::Unknown),
            "{made_up}"
        );
    }

    w.people
        .withdraw_pack_link(&parent, child, listed[0].id)
        .await
        .unwrap();
    assert_eq!(
        w.people.open_pack_link(&secret).await,
        Err(PackLinkError::Ended {
            locale: "pl".into()
        })
    );
    assert!(w
        .people
        .pack_links(&parent, child)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        w.people
            .withdraw_pack_link(&parent, child, listed[0].id)
            .await,
        Err(RecordError::NotFound),
        "withdrawn once"
    );

    // Past its last day.
    let ended = w
        .people
        .make_pack_link(&parent, child, &pack_link("Ms Patel"))
        .await
        .unwrap();
    storage::query("UPDATE pack_links SET until = $1 WHERE for_name = 'Ms Patel'")
        .bind(dates::to_iso(today().previous_day().unwrap()))
        .execute(&w.pool)
        .await
        .unwrap();
    assert!(matches!(
        w.people.open_pack_link(&ended).await,
        Err(PackLinkError::Ended { .. })
    ));
    let logged = w.people.access_log(&parent, child).await.unwrap();
    assert_eq!(
        logged
            .iter()
            .filter(|e| e.action == Action::OpenedByLink)
            .count(),
        2,
        "a refused opening is not logged"
    );

    // The whole record goes, links and all.
    w.people.delete_child(&parent, child).await.unwrap();
    assert_eq!(w.rows_in("pack_links").await, 0);
    assert_eq!(w.rows_in("pack_link_openings").await, 0);
}

#[tokio::test]
async fn pack_links_follow_the_say_over_the_record() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let sixteen = format!("{}-01-01", today().year() - 17);
    let child = w.child(&parent, "Amira", &sixteen).await;
    let amira = w.person("amira@example.org").await;
    w.invite(&parent, child, &amira, invitation(Role::YoungPerson))
        .await
        .unwrap();
    let plan = w
        .records
        .add_document(&parent, child, &letter(), PDF)
        .await
        .unwrap();
    let mut with_plan = pack_link("Mr Jones");
    with_plan.documents = vec![plan];
    let parents = w
        .people
        .make_pack_link(&parent, child, &with_plan)
        .await
        .unwrap();
    assert!(w.people.pack_link_document(&parents, plan).await.is_ok());
    assert_eq!(
        w.people
            .make_pack_link(&amira, child, &pack_link("Ms Patel"))
            .await,
        Err(PackLinkRefused::Record(RecordError::NotFound)),
        "not before she takes control"
    );

    w.people.take_control(&amira, child, today()).await.unwrap();
    // Her parent's link stops with the parent's say, its documents too; hers work.
    assert!(matches!(
        w.people.open_pack_link(&parents).await,
        Err(PackLinkError::Ended { .. })
    ));
    assert!(matches!(
        w.people.pack_link_document(&parents, plan).await,
        Err(PackLinkError::Ended { .. })
    ));
    assert_eq!(
        w.people
            .make_pack_link(&parent, child, &pack_link("Mr Jones"))
            .await,
        Err(PackLinkRefused::Record(RecordError::NotFound))
    );
    let hers = w
        .people
        .make_pack_link(&amira, child, &pack_link("Ms Patel"))
        .await
        .unwrap();
    assert!(w.people.open_pack_link(&hers).await.is_ok());
    let links = w.people.pack_links(&amira, child).await.unwrap();
    assert!(w.people.pack_links(&parent, child).await.is_err());
    assert_eq!(
        w.people
            .withdraw_pack_link(&parent, child, links[0].id)
            .await,
        Err(RecordError::NotFound)
    );
    w.people
        .withdraw_pack_link(&amira, child, links[0].id)
        .await
        .unwrap();
    assert!(w.people.open_pack_link(&hers).await.is_err());
}

#[tokio::test]
async fn an_unconfirmed_account_makes_no_link() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let child = w.child(&parent, "Amira", "2016-05-01").await;
    storage::query("UPDATE accounts SET confirmed_at = NULL WHERE id = $1")
        .bind(parent.account_id)
        .execute(&w.pool)
        .await
        .unwrap();
    assert_eq!(
        w.people
            .make_pack_link(&parent, child, &pack_link("Mr Jones"))
            .await,
        Err(PackLinkRefused::Record(RecordError::Unavailable))
    );
    assert_eq!(w.rows_in("pack_links").await, 0);
}

/// The documents that go with a link: only the child's own, chosen when it is made; through the link
/// only those, downloadable by whoever holds it (no account is asked for, so every role and nobody
/// signed in are the same row), each download in "who has looked", none once the link has ended.
#[tokio::test]
async fn a_links_documents_are_only_those_chosen() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let child = w.child(&parent, "Amira", "2016-05-01").await;
    let plan = w
        .records
        .add_document(&parent, child, &letter(), PDF)
        .await
        .unwrap();
    let other_letter = w
        .records
        .add_document(&parent, child, &letter(), PDF)
        .await
        .unwrap();
    let other_parent = w.person("other@example.org").await;
    let theirs = w.child(&other_parent, "Jonah", "2015-02-01").await;
    let their_letter = w
        .records
        .add_document(&other_parent, theirs, &letter(), PDF)
        .await
        .unwrap();

    // Another child's document is refused, alone or among ours, and nothing is made.
    for chosen in [vec![their_letter], vec![plan, their_letter], vec![-1]] {
        let mut forged = pack_link("Mr Jones");
        forged.documents = chosen.clone();
        assert_eq!(
            w.people.make_pack_link(&parent, child, &forged).await,
            Err(PackLinkRefused::NotThisChildsDocument),
            "{chosen:?}"
        );
    }
    assert_eq!(w.rows_in("pack_links").await, 0);
    assert_eq!(w.rows_in("pack_link_documents").await, 0);

    let mut link = pack_link("Mr Jones");
    link.documents = vec![plan];
    let secret = w
        .people
        .make_pack_link(&parent, child, &link)
        .await
        .unwrap();
    let listed = w.people.pack_links(&parent, child).await.unwrap();
    assert_eq!(listed[0].documents, 1);
    let opened = w.people.open_pack_link(&secret).await.unwrap();
    assert_eq!(
        opened.documents.iter().map(|d| d.id).collect::<Vec<_>>(),
        vec![plan]
    );

    // The letter goes with another link, not this one.
    let mut another = pack_link("Ms Okafor");
    another.documents = vec![other_letter];
    w.people
        .make_pack_link(&parent, child, &another)
        .await
        .unwrap();

    let file = w.people.pack_link_document(&secret, plan).await.unwrap();
    assert_eq!(file.content, PDF);
    assert_eq!(file.file_name, "letter.pdf");
    for not_chosen in [other_letter, their_letter, 0] {
        assert_eq!(
            w.people.pack_link_document(&secret, not_chosen).await,
            Err(PackLinkError::Unknown),
            "{not_chosen}"
        );
    }
    assert_eq!(
        w.people.pack_link_document(&"0".repeat(64), plan).await,
        Err(PackLinkError::Unknown)
    );
    let downloads: Vec<_> = w
        .people
        .access_log(&parent, child)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == Action::DownloadedByLink)
        .collect();
    assert_eq!(downloads.len(), 1, "the download, and nothing refused");
    assert_eq!(downloads[0].who, "Mr Jones");
    assert_eq!(downloads[0].part, RecordPart::Documents);

    // A document deleted leaves nothing behind on the link (the letter stays on its own).
    w.records
        .delete_document(&parent, child, plan)
        .await
        .unwrap();
    assert_eq!(w.rows_in("pack_link_documents").await, 1);
    assert_eq!(
        w.people.pack_link_document(&secret, plan).await,
        Err(PackLinkError::Unknown)
    );

    // Withdrawn, or past its last day: gone, documents and all.
    let mut link = pack_link("Ms Patel");
    link.documents = vec![other_letter];
    let withdrawn = w
        .people
        .make_pack_link(&parent, child, &link)
        .await
        .unwrap();
    let ended = w
        .people
        .make_pack_link(&parent, child, &link)
        .await
        .unwrap();
    assert!(w
        .people
        .pack_link_document(&withdrawn, other_letter)
        .await
        .is_ok());
    let id = w
        .scalar(
            "SELECT MIN(id) FROM pack_links WHERE for_name = 'Ms Patel' AND child_id = $1",
            child,
        )
        .await;
    w.people
        .withdraw_pack_link(&parent, child, id)
        .await
        .unwrap();
    storage::query("UPDATE pack_links SET until = $1 WHERE id <> $2 AND for_name = 'Ms Patel'")
        .bind(dates::to_iso(today().previous_day().unwrap()))
        .bind(id)
        .execute(&w.pool)
        .await
        .unwrap();
    for gone in [&withdrawn, &ended] {
        assert!(matches!(
            w.people.pack_link_document(gone, other_letter).await,
            Err(PackLinkError::Ended { .. })
        ));
    }

    // The whole record goes, and what its links carried.
    assert_eq!(w.rows_in("pack_link_documents").await, 3);
    w.people.delete_child(&parent, child).await.unwrap();
    assert_eq!(w.rows_in("pack_link_documents").await, 0);
}
