-- What the citizen hid on their Personal Account page (gateway/preferences/): one row per change,
-- "hide VEHICLES", "show it again", so the gateway needs only SELECT and INSERT here, as on the
-- access log. The sections hidden now are each section's latest row with hidden = true.
--
-- Kept on the server so the citizen's phone and computer show the same page.

CREATE TABLE section_visibility (
  id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  owner_iin  text        NOT NULL CHECK (owner_iin ~ '^[0-9]{12}$'),
  -- a schema/sections.ts name
  section    text        NOT NULL CHECK (section ~ '^[A-Z_]{1,40}$'),
  hidden     boolean     NOT NULL
);

-- The latest row per section of one citizen: WHERE owner_iin = $1 ORDER BY section, id DESC.
CREATE INDEX section_visibility_owner ON section_visibility (owner_iin, section, id DESC);
