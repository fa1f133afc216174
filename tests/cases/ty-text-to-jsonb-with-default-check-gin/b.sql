CREATE TABLE setting (id int PRIMARY KEY, val jsonb NOT NULL DEFAULT '{}'::jsonb, CONSTRAINT setting_val_nonempty CHECK (val <> '{}'::jsonb OR id > 0));
CREATE INDEX setting_val ON setting USING gin (val);
