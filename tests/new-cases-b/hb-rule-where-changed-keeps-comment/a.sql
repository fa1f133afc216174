CREATE TABLE msgs (id int PRIMARY KEY, pinned bool NOT NULL DEFAULT false);
CREATE RULE keep_pinned AS ON DELETE TO msgs WHERE OLD.pinned DO INSTEAD NOTHING;
COMMENT ON RULE keep_pinned ON msgs IS 'pinned messages stay';
