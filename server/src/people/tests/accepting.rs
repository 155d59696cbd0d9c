//! The access matrix's cells for saying yes to a link (each kind, as each person: the loop is in
//! the matrix), and who is given a waiting link's secret, before and after a young person takes
//! control. The rules are in `invitations::no_second_place` and `ChildAccess::may_invite`.

use super::*;
use crate::storage;

/// Who may say yes to a link of each kind, from the family of their own child (see
/// `invitations::no_second_place`) or from another family.
pub(super) fn may_accept(kind: Role, whose: &str) -> BTreeSet<&'static str> {
    // A share withdrawn or ended is no place: they are asked like anyone else.
    let no_place = [
        "advocate after withdrawal",
        "advocate after the end date",
        "stranger",
    ];
    let who: Vec<&str> = match (kind, whose) {
        // Not the parents (already), never the young person; an advocate, by the family's choice.
        (Role::ParentOrCarer, "own") => [LIVE_ADVOCATES, &no_place[..]].concat(),
        // Not a parent, not this record's young person again, not the child's own advocate.
        (Role::YoungPerson, "own") => no_place.to_vec(),
        // Not the family, who see it all already; an advocate's share is replaced.
        (Role::Advocate | Role::Professional, "own") => [LIVE_ADVOCATES, &no_place[..]].concat(),
        // A young person's account is for their own record only.
        (Role::YoungPerson, _) => ROLES
            .iter()
            .copied()
            .filter(|r| *r != "young person")
            .collect(),
        // Nobody here has a place with the other family.
        (_, _) => ROLES.to_vec(),
    };
    who.into_iter().collect()
}

async fn account_names(w: &World) -> String {
    let names: Vec<String> = storage::query_scalar("SELECT name FROM accounts ORDER BY id")
        .fetch_all(&w.pool)
        .await
        .unwrap();
    names.join("|")
}

/// The tables a yes changes, kept aside so an accepted cell can be undone for the next one.
const PLACES: &[(&str, &str)] = &[
    ("family_members", "*"),
    ("shares", "*"),
    ("children", "id, young_person_account"),
    ("accounts", "id, name"),
];

/// The family sends a fresh link of this kind about this child, and `who` says yes. A refusal must
/// change nothing and leave the link working; a yes is undone afterwards.
pub(super) async fn accept_cell(
    w: &World,
    who: &Viewer,
    kind: Role,
    child: i64,
    family: &Viewer,
) -> bool {
    for (table, columns) in PLACES {
        for sql in [
            format!("DROP TABLE IF EXISTS kept_{table}"),
            format!("CREATE TABLE kept_{table} AS SELECT {columns} FROM {table}"),
        ] {
            storage::query(&sql).execute(&w.pool).await.unwrap();
        }
    }
    let id = w
        .people
        .invite(family, child, &invitation(kind))
        .await
        .unwrap();
    let token: String = storage::query_scalar("SELECT token FROM invitations WHERE id = $1")
        .bind(id)
        .fetch_one(&w.pool)
        .await
        .unwrap();
    let before = w.row_counts().await;
    let names_before = account_names(w).await;
    match w.people.accept_invitation(who, &token, "A new name").await {
        Ok(_) => {
            for sql in [
                "DELETE FROM family_members",
                "INSERT INTO family_members SELECT * FROM kept_family_members",
                "DELETE FROM shares",
                "INSERT INTO shares SELECT * FROM kept_shares",
                "UPDATE children SET young_person_account = NULL",
                "UPDATE children SET young_person_account =
                     (SELECT k.young_person_account FROM kept_children k WHERE k.id = children.id)",
                "UPDATE accounts SET name = (SELECT k.name FROM kept_accounts k WHERE k.id = accounts.id)",
            ] {
                storage::query(sql).execute(&w.pool).await.unwrap();
            }
            true
        }
        Err(InvitationError::AlreadyWithFamily | InvitationError::AlreadyYoungPerson) => {
            let what = format!("{} link refused for {}", kind.code(), who.email);
            assert_eq!(before, w.row_counts().await, "{what}");
            assert_eq!(names_before, account_names(w).await, "{what}");
            let unused: bool = storage::query_scalar(
                "SELECT used_at IS NULL AND used_by IS NULL AND cancelled_at IS NULL
                 FROM invitations WHERE id = $1",
            )
            .bind(id)
            .fetch_one(&w.pool)
            .await
            .unwrap();
            assert!(
                unused,
                "{what}: the link still works for the person it is for"
            );
            assert!(w.people.invitation(&token).await.is_ok(), "{what}");
            false
        }
        Err(other) => panic!("{} link for {}: {other:?}", kind.code(), who.email),
    }
}

/// Each waiting link's secret, by kind, as this person sees the page (`None`: waiting, no link).
async fn links_seen(w: &World, who: &Viewer, child: i64) -> Vec<(Role, bool)> {
    let mut seen: Vec<(Role, bool)> = w
        .people
        .who_can_see(who, child)
        .await
        .unwrap()
        .invitations
        .iter()
        .map(|i| (i.role, i.token.is_some()))
        .collect();
    seen.sort_by_key(|(role, _)| role.code());
    seen
}

#[tokio::test]
async fn links_go_only_to_whoever_may_send_them_and_taking_control_ends_the_familys_old_ones() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let sixteen = format!("{}-01-01", today().year() - 17);
    let amira_record = w.child(&parent, "Amira", &sixteen).await;
    let josh_record = w.child(&parent, "Josh", "2016-05-01").await;
    let amira = w.person("amira@example.org").await;
    w.invite(&parent, amira_record, &amira, invitation(Role::YoungPerson))
        .await
        .unwrap();
    // Links the family sent before Amira decides: a parent's, an advocate's, a spare young person's.
    let parents_link = w
        .people
        .invite(&parent, amira_record, &invitation(Role::ParentOrCarer))
        .await
        .unwrap();
    let parents_token = latest_token(&w).await;
    w.people
        .invite(
            &parent,
            amira_record,
            &advocate(&[RecordPart::AboutMe], true),
        )
        .await
        .unwrap();
    let old_advocate_token = latest_token(&w).await;
    w.people
        .invite(&parent, amira_record, &invitation(Role::YoungPerson))
        .await
        .unwrap();
    let old_young_token = latest_token(&w).await;

    let every_kind = |shown: [bool; 3]| {
        vec![
            (Role::Advocate, shown[0]),
            (Role::ParentOrCarer, shown[1]),
            (Role::YoungPerson, shown[2]),
        ]
    };
    assert_eq!(
        links_seen(&w, &parent, amira_record).await,
        every_kind([true, true, true])
    );
    assert_eq!(
        links_seen(&w, &amira, amira_record).await,
        every_kind([false, false, false])
    );
    assert_eq!(
        w.people
            .cancel_invitation(&amira, amira_record, parents_link)
            .await,
        Err(RecordError::NotFound)
    );

    // Amira takes control: the family's old links for her record stop working; theirs for the
    // whole family stays, and she sees it waiting but not its link, and cannot cancel it.
    w.people
        .take_control(&amira, amira_record, today())
        .await
        .unwrap();
    let stranger = w.person("stranger@example.org").await;
    for token in [&old_advocate_token, &old_young_token] {
        assert_eq!(
            w.people.accept_invitation(&stranger, token, "").await,
            Err(InvitationError::Unknown)
        );
    }
    assert_eq!(
        links_seen(&w, &amira, amira_record).await,
        vec![(Role::ParentOrCarer, false)]
    );
    w.people
        .invite(
            &amira,
            amira_record,
            &advocate(&[RecordPart::GoalsAndProgress], false),
        )
        .await
        .unwrap();
    assert_eq!(
        links_seen(&w, &amira, amira_record).await,
        vec![(Role::Advocate, true), (Role::ParentOrCarer, false)]
    );
    assert_eq!(
        w.people
            .cancel_invitation(&amira, amira_record, parents_link)
            .await,
        Err(RecordError::NotFound)
    );
    // Her parent no longer sends links for her record, so sees none of them there; on Josh's page
    // the family's own link is theirs.
    assert_eq!(
        links_seen(&w, &parent, amira_record).await,
        vec![(Role::Advocate, false), (Role::ParentOrCarer, false)]
    );
    assert_eq!(
        links_seen(&w, &parent, josh_record).await,
        vec![(Role::ParentOrCarer, true)]
    );

    // Amira is never made a parent of her own family, and the link still works for its person.
    assert_eq!(
        w.people
            .accept_invitation(&amira, &parents_token, "Amira")
            .await,
        Err(InvitationError::AlreadyWithFamily)
    );
    assert_eq!(
        w.records.child(&amira, josh_record).await.map(|_| ()),
        Err(RecordError::NotFound)
    );
    let gran = w.person("gran@example.org").await;
    w.people
        .accept_invitation(&gran, &parents_token, "Gran")
        .await
        .unwrap();
    assert!(w.records.child(&gran, josh_record).await.is_ok());

    // A parent Amira has stopped may be sent part of her record back, by her, as an advocate.
    w.people
        .stop_parent(&amira, amira_record, parent.account_id)
        .await
        .unwrap();
    let amiras_link = latest_advocate_token(&w, amira_record).await;
    w.people
        .accept_invitation(&parent, &amiras_link, "")
        .await
        .unwrap();
    assert!(w.records.goals(&parent, amira_record).await.is_ok());
    assert_eq!(
        w.records.about_me(&parent, amira_record).await.map(|_| ()),
        Err(RecordError::NotFound)
    );
    // Gran, not stopped, sees all of it already: an advocate's link adds nothing for her.
    w.people
        .invite(
            &amira,
            amira_record,
            &advocate(&[RecordPart::AboutMe], true),
        )
        .await
        .unwrap();
    let another = latest_token(&w).await;
    assert_eq!(
        w.people.accept_invitation(&gran, &another, "").await,
        Err(InvitationError::AlreadyWithFamily)
    );
    // Amira may help her brother as an advocate, when the family sends her that link.
    w.people
        .invite(
            &parent,
            josh_record,
            &advocate(&[RecordPart::AboutMe], false),
        )
        .await
        .unwrap();
    let for_josh = latest_token(&w).await;
    w.people
        .accept_invitation(&amira, &for_josh, "")
        .await
        .unwrap();
    assert!(w.records.about_me(&amira, josh_record).await.is_ok());
    assert!(w.records.goals(&amira, josh_record).await.is_err());
}

async fn latest_advocate_token(w: &World, child: i64) -> String {
    storage::query_scalar(
        "SELECT token FROM invitations WHERE child_id = $1 AND role = 'advocate'
           AND used_at IS NULL AND cancelled_at IS NULL ORDER BY id DESC LIMIT 1",
    )
    .bind(child)
    .fetch_one(&w.pool)
    .await
    .unwrap()
}
