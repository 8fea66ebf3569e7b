-- The access log: one row per read of a person's dossier, the legal record the citizen reads
-- ("who looked at my data, when, how"). Append-only: rows are inserted and read, never changed.
--
-- IINs are stored as given (the citizen must see who read their data); the API lets only the
-- subject read their own rows. They never go to the application log.

CREATE TABLE access_log (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  -- whose dossier was read
  subject_iin text        NOT NULL CHECK (subject_iin ~ '^[0-9]{12}$'),
  -- who read it, and as what
  reader_iin  text        NOT NULL CHECK (reader_iin ~ '^[0-9]{12}$'),
  relation    text        NOT NULL CHECK (relation IN ('OWNER', 'PARENT', 'SERVICE')),
  login       text        NOT NULL CHECK (login IN ('PASSWORD', 'SMS', 'EDS')),
  -- the client application (apollographql-client-name): portal, mobile, telegram-bot, ...
  client      text        NOT NULL CHECK (char_length(client) BETWEEN 1 AND 200),
  request_id  text        NOT NULL CHECK (char_length(request_id) BETWEEN 1 AND 200),
  -- the dossier sections read (schema/sections.ts names)
  sections    text[]      NOT NULL CHECK (cardinality(sections) > 0 AND array_position(sections, NULL) IS NULL)
);

-- The citizen's own log, newest first, by keyset: WHERE subject_iin = $1 AND id < $cursor ORDER BY id DESC.
CREATE INDEX access_log_subject_id ON access_log (subject_iin, id DESC);

-- Append-only at the database level: UPDATE, DELETE and TRUNCATE raise, whoever asks.
-- (A superuser or the table's owner can still drop or disable the trigger: in production the application connects as a role that
-- owns neither the table nor the trigger and holds only INSERT and SELECT on it; see README.md.)
CREATE FUNCTION access_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

-- Statement-level, so even an UPDATE or DELETE that would match no row is refused.
CREATE TRIGGER access_log_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
-- ALWAYS: it fires under session_replication_role = replica too.
ALTER TABLE access_log ENABLE ALWAYS TRIGGER access_log_append_only;

REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM PUBLIC;
