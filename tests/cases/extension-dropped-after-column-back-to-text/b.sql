-- citext goes: the column that used it becomes text (with a lower() unique index instead),
-- so the column is retyped before the extension is dropped.
CREATE TABLE tag (id int PRIMARY KEY, label text NOT NULL);
CREATE UNIQUE INDEX tag_label ON tag (lower(label));
CREATE VIEW tag_labels AS SELECT label FROM tag;
