-- The Telegram bot's links (gateway/telegram/, bot/). Two tables with two owners in production:
--
-- telegram_link: the gateway's. A citizen logged in with EDS asks for a one-time code (createTelegramLink);
-- only its SHA-256 is kept, with the citizen's IIN, the login level the bot will act with (never more than
-- the login that made the link) and its expiry (10 minutes). The bot redeems the code once, for one chat:
-- the row then holds that chat and the SHA-256 of the credential the bot was given. Every request the
-- bot makes with that credential is checked against this row: deleting the row (unlinkTelegram, /unlink)
-- stops the credential at once. The gateway's role needs SELECT, INSERT, UPDATE, DELETE on it.
CREATE TABLE telegram_link (
  id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at      timestamptz NOT NULL DEFAULT now(),
  citizen_iin     text        NOT NULL CHECK (citizen_iin ~ '^[0-9]{12}$'),
  login           text        NOT NULL CHECK (login IN ('PASSWORD', 'SMS', 'EDS')),
  -- hex SHA-256 of the one-time code; the code itself is never stored
  code_hash       text        NOT NULL UNIQUE CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  code_expires_at timestamptz NOT NULL,
  -- set once, when the code is redeemed
  redeemed_at     timestamptz,
  chat_id         text        CHECK (chat_id ~ '^-?[0-9]{1,20}$'),
  -- hex SHA-256 of the credential's secret part
  credential_hash text        CHECK (credential_hash ~ '^[0-9a-f]{64}$'),
  CHECK ((redeemed_at IS NULL) = (chat_id IS NULL) AND (chat_id IS NULL) = (credential_hash IS NULL))
);
CREATE INDEX telegram_link_citizen ON telegram_link (citizen_iin);
-- one live link per chat: a chat that redeems a new code drops its old link in the same transaction
CREATE UNIQUE INDEX telegram_link_chat ON telegram_link (chat_id) WHERE chat_id IS NOT NULL;

-- telegram_chat: the bot's own (a separate process, its own role in production: SELECT, INSERT, UPDATE,
-- DELETE on this table only). Which chat is linked, with the credential the gateway gave it, and the
-- language the citizen chose. No IIN: the bot never learns one in full.
CREATE TABLE telegram_chat (
  chat_id    text        PRIMARY KEY CHECK (chat_id ~ '^-?[0-9]{1,20}$'),
  credential text        CHECK (char_length(credential) BETWEEN 1 AND 200),
  language   text        CHECK (language IN ('kk', 'ru', 'en')),
  linked_at  timestamptz
);
