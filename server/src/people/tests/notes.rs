//! Notes from school and others beyond the matrix's loop: the "written by" mark, only the writer
//! changing a note's words (not another professional, not the family), the family deleting any note
//! (a young person once in control too), and a professional whose share ends writing no more.

use super::*;

async fn senco(w: &World, parent: &Viewer, child: i64, email: &str, may_change: bool) -> Viewer {
    let who = w.person(email).await;
    w.invite(
        parent,
        child,
        &who,
        professional(&[RecordPart::Notes], may_change),
    )
    .await
    .unwrap();
    who
}

#[tokio::test]
async fn a_note_is_marked_as_its_writers_and_only_they_change_its_words() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let sixteen = format!("{}-01-01", today().year() - 17);
    let child = w.child(&parent, "Amira", &sixteen).await;
    let patel = senco(&w, &parent, child, "patel@example.org", true).await;
    let jones = senco(&w, &parent, child, "jones@example.org", true).await;
    let reader = senco(&w, &parent, child, "reader@example.org", false).await;
    let amira = w.person("amira@example.org").await;
    w.invite(&parent, child, &amira, invitation(Role::YoungPerson))
        .await
        .unwrap();

    let hostile = NoteWords {
        about: d("2026-11-20"),
        text: "<b>Settled</b> well <script>alert(1)</script>".into(),
    };
    let id = w.records.add_note(&patel, child, &hostile).await.unwrap();
    assert_eq!(
        w.records.add_note(&reader, child, &note()).await,
        Err(RecordError::NotFound),
        "a professional who only reads adds no note"
    );
    assert_eq!(
        w.records.add_note(&parent, child, &note()).await,
        Err(RecordError::NotFound),
        "the family writes in their own parts, not as the school"
    );

    // Everyone it is shared with reads it, marked with who wrote it; only its writer sees it as theirs.
    for who in [&parent, &amira, &patel, &jones, &reader] {
        let notes = w.records.notes(who, child).await.unwrap();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].words, hostile, "kept as typed");
        assert_eq!(notes[0].writer.job, Job::Senco);
        assert_eq!(notes[0].writer.organisation, "Riverside Academy");
        assert_eq!(notes[0].writer.name, "patel@example.org");
        assert_eq!(notes[0].mine, who.account_id == patel.account_id);
    }

    // Another professional, the family and a reader never change its words, nor delete it (but the family).
    let changed = NoteWords {
        about: d("2026-11-21"),
        text: "Changed".into(),
    };
    for who in [&jones, &parent, &amira, &reader] {
        assert_eq!(
            w.records.update_note(who, child, id, &changed).await,
            Err(RecordError::NotFound),
            "{}",
            who.email
        );
    }
    for who in [&jones, &reader, &amira] {
        assert_eq!(
            w.records.delete_note(who, child, id).await,
            Err(RecordError::NotFound),
            "{}",
            who.email
        );
    }
    w.records
        .update_note(&patel, child, id, &changed)
        .await
        .unwrap();
    assert_eq!(
        w.records.notes(&parent, child).await.unwrap()[0].words,
        changed
    );

    // Once in control, the young person deletes a note on her record, as her parent may.
    w.people.take_control(&amira, child, today()).await.unwrap();
    w.records.delete_note(&amira, child, id).await.unwrap();
    let second = w.records.add_note(&patel, child, &note()).await.unwrap();
    w.records.delete_note(&parent, child, second).await.unwrap();
    // The writer deletes their own.
    let third = w.records.add_note(&patel, child, &note()).await.unwrap();
    w.records.delete_note(&patel, child, third).await.unwrap();
    assert_eq!(w.rows_in("professional_notes").await, 0);
}

#[tokio::test]
async fn a_professional_whose_share_is_withdrawn_writes_no_more_and_their_mark_stays() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let child = w.child(&parent, "Amira", "2016-05-01").await;
    let patel = senco(&w, &parent, child, "patel@example.org", true).await;
    let id = w.records.add_note(&patel, child, &note()).await.unwrap();
    let share = w
        .scalar(
            "SELECT id FROM shares WHERE account_id = $1",
            patel.account_id,
        )
        .await;
    w.people
        .withdraw_share(&parent, child, share)
        .await
        .unwrap();
    assert_eq!(
        w.records.update_note(&patel, child, id, &note()).await,
        Err(RecordError::NotFound)
    );
    assert_eq!(
        w.records.add_note(&patel, child, &note()).await,
        Err(RecordError::NotFound)
    );
    let notes = w.records.notes(&parent, child).await.unwrap();
    assert_eq!(notes[0].writer.name, "patel@example.org");
    assert!(!notes[0].mine);
    // In the download, with who wrote it.
    let json = w.people.export_json(&parent, child).await.unwrap();
    let exported: serde_json::Value = serde_json::from_str(&json).unwrap();
    let note = &exported["notes_from_school_and_others"][0];
    assert_eq!(note["text"], "Settled well after lunch");
    assert_eq!(note["about"], "2026-11-20");
    assert_eq!(note["writer_name"], "patel@example.org");
    assert_eq!(note["writer_job"], "senco");
}
