-- What changed in a dossier since the citizen last saw it (subgraphs/kit/changes.ts writes,
-- gateway/dossier-changes/ reads), the citizen's notification settings, and the outbox of
-- notifications to deliver.
--
-- No IIN, name or address is stored in clear: a citizen is the keyed hash of their IIN (HASH_KEY,
-- runtime/log.ts `pseudonym`), an item of a section the keyed hash of its key; what is kept in
-- clear is only what a client needs to render a change: the item's reference as the dossier shows
-- it (an application, protocol, request, decision, licence or cadastral number, a document's kind)
-- and small values (a queue position, a status, an amount, a date, paid or not).

-- The copy of each section the citizen last saw, as per-item fingerprints. items is NULL until
-- the first view (the baseline), then an object: keyed hash of the item -> { f: fingerprint of its
-- value, w: what it is, r: reference, v: value to render }.
CREATE TABLE dossier_last_seen (
  citizen    text        NOT NULL CHECK (citizen ~ '^[A-Za-z0-9_-]{22}$'),
  section    text        NOT NULL CHECK (section ~ '^[A-Z_]{1,40}$'),
  items      jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (citizen, section)
);

-- Every change found, in the order found.
CREATE TABLE dossier_changes (
  id       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  citizen  text        NOT NULL CHECK (citizen ~ '^[A-Za-z0-9_-]{22}$'),
  section  text        NOT NULL CHECK (section ~ '^[A-Z_]{1,40}$'),
  kind     text        NOT NULL CHECK (kind ~ '^[A-Z_]{1,60}$'),
  -- the item as the dossier names it (never a name, an address or an IIN)
  item     text        NOT NULL CHECK (char_length(item) BETWEEN 1 AND 100),
  before   jsonb,
  after    jsonb,
  found_at timestamptz NOT NULL DEFAULT now(),
  -- when the state system gave the answer the change was found in: the `fetchedAt` of that
  -- section's freshness in the response that read it (Person.changesFound finds them by it)
  fetched_at timestamptz NOT NULL
);
-- A citizen's changes, newest first, by keyset.
CREATE INDEX dossier_changes_citizen_id ON dossier_changes (citizen, id DESC);

-- A citizen's notification settings: { channels: { KIND: [CHANNEL...] }, quietHours: { from, to } | null }.
CREATE TABLE notification_settings (
  citizen    text        PRIMARY KEY CHECK (citizen ~ '^[A-Za-z0-9_-]{22}$'),
  settings   jsonb       NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Notifications to deliver: one row per change and enabled channel, written in the transaction
-- that records the change, so nothing found is lost and nothing is half-written. A deliverer takes
-- rows whose deliver_after has come (FOR UPDATE SKIP LOCKED) and marks them delivered.
CREATE TABLE notification_outbox (
  id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  change_id     bigint      NOT NULL REFERENCES dossier_changes (id),
  citizen       text        NOT NULL CHECK (citizen ~ '^[A-Za-z0-9_-]{22}$'),
  channel       text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PUSH', 'TELEGRAM')),
  deliver_after timestamptz NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  delivered_at  timestamptz,
  UNIQUE (change_id, channel)
);
CREATE INDEX notification_outbox_due ON notification_outbox (deliver_after) WHERE delivered_at IS NULL;
