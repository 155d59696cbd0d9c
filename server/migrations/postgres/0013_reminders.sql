-- Reminders by email (server/src/reminders): which kinds each person turned off, the address a family
-- sent an invitation to, and one row per reminder sent, which is also how it is sent only once.

-- A kind of reminder a person does not want (heard_app::reminders::ReminderKind code). Every kind is
-- on until a person turns it off on /account/emails.
CREATE TABLE email_choices_off (
    account_id BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- Where the family asked Heard to email the invitation link, if anywhere.
ALTER TABLE invitations ADD COLUMN email_to TEXT;

-- One row per reminder: what about (`subject`, e.g. `child:7:review:12`), to whom (`recipient`: an
-- account id, or an email address for an invitation) and for which day. An instance claims a
-- reminder by inserting its row (the primary key lets only one insert win, across every instance),
-- then sends it and sets `sent_at`. A failed send gives the claim back (`claimed_until` = 0) so a
-- later pass tries again; a claim left by a killed instance lapses at `claimed_until`.
CREATE TABLE reminders_sent (
    kind          TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    recipient     TEXT    NOT NULL,
    due_on        TEXT    NOT NULL,
    claimed_by    TEXT    NOT NULL,
    claimed_until BIGINT  NOT NULL,
    tries         BIGINT  NOT NULL DEFAULT 1,
    sent_at       BIGINT,
    PRIMARY KEY (kind, subject, recipient, due_on)
);
