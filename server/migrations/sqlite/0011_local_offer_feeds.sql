-- Local Offer feeds by name, a record of every import, and the schedule `heard serve --import` keeps.

-- `services.feed` held the file path or URL an import was read from, so this month's export under a
-- new file name unlisted nothing. It now holds the feed's name (`heard import-oruk --feed derby`).
-- Every existing service goes to the default feed, `local`: until now Heard documented one feed per
-- installation, usually imported from more than one file name over time (the fault this fixes), and
-- with them all in `local` the next plain `heard import-oruk FILE` unlists whatever the council has
-- dropped, whichever file it came from. The demo's services keep a feed of their own, `demo`, as
-- they had. An installation that imported several councils names each with `--feed` from now on
-- (README, "The Local Offer").
UPDATE services SET feed = CASE WHEN feed = 'heard demo Local Offer' THEN 'demo' ELSE 'local' END;

-- One row per import, made by `heard import-oruk` or on schedule by an instance, for the operator.
CREATE TABLE local_offer_imports (
    id INTEGER PRIMARY KEY,
    feed TEXT NOT NULL,
    -- The file or URL read (a URL without any user name or password).
    source TEXT NOT NULL,
    -- `cli` for `heard import-oruk`, or the instance (host:process:tag) that ran it on schedule.
    run_by TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    -- `failed` changed nothing; `report` then says why.
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
    pages_read INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    no_longer_listed INTEGER NOT NULL DEFAULT 0,
    -- Services imported with something left out, and services rejected.
    partly INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    -- The report `heard import-oruk` prints (its first lines when very long), or why it failed.
    report TEXT NOT NULL
) STRICT;
CREATE INDEX local_offer_imports_by_feed ON local_offer_imports (feed, started_at);

-- One row per feed that `heard serve --import` re-imports. Any instance may run a due import; it
-- claims it first with one conditional UPDATE, so exactly one does. A claim is renewed while its
-- import runs and lapses at `claimed_until`, so one left by an instance that was killed expires.
-- Times are unix seconds.
CREATE TABLE local_offer_schedule (
    feed TEXT PRIMARY KEY NOT NULL,
    next_run_at INTEGER NOT NULL,
    claimed_by TEXT,
    claimed_until INTEGER
) STRICT;
