-- Usernames compare case- and width-insensitively (issue "Hardening", point 12). Every lookup goes
-- through username_canonical (Usernames.canonical: NFKC, then lower case). Existing usernames were
-- created under the pattern [a-zA-Z0-9._@-], which NFKC leaves alone, so LOWER() is their canonical
-- form here and the application computes it for new accounts.
--
-- Accounts whose names differ only in case ("Alice" beside "alice") cannot both keep a name that
-- signs in. Failing the migration would stop the whole platform over a naming accident, so instead
-- the OLDEST account of each clash keeps the name; every later one is kept (nothing it authored or
-- was granted is lost) but DISABLED, and its canonical name is marked "CLASH:<id>", which no typed
-- name can match (canonical forms are lower case). At every start the application logs a warning
-- listing these accounts and records each once in the audit log (action USERNAME_CLASH); an
-- administrator cannot enable them again.

-- Sessions started before a password reset or change end: the version rises with each new password.
ALTER TABLE kb_user ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE kb_user ADD COLUMN username_canonical VARCHAR(200);

UPDATE kb_user SET username_canonical = LOWER(username);

UPDATE kb_user SET enabled = FALSE, username_canonical = 'CLASH:' || id
WHERE EXISTS (
    SELECT 1 FROM kb_user older
    WHERE LOWER(older.username) = LOWER(kb_user.username)
      AND (older.created_at < kb_user.created_at
           OR (older.created_at = kb_user.created_at AND older.id < kb_user.id)));

ALTER TABLE kb_user ALTER COLUMN username_canonical SET NOT NULL;

ALTER TABLE kb_user ADD CONSTRAINT uq_kb_user_username_canonical UNIQUE (username_canonical);
