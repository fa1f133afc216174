CREATE TABLE setting (id int PRIMARY KEY, val text DEFAULT '{}', CONSTRAINT setting_val_nonempty CHECK (val <> ''));
