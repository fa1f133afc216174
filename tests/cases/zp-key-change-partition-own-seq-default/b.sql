CREATE TABLE note (id bigint NOT NULL, kind text NOT NULL, body text) PARTITION BY LIST (lower(kind));
CREATE TABLE note_a PARTITION OF note FOR VALUES IN ('a');
CREATE TABLE note_b PARTITION OF note FOR VALUES IN ('b');
CREATE SEQUENCE note_a_id_seq OWNED BY note_a.id;
ALTER TABLE ONLY note_a ALTER id SET DEFAULT nextval('note_a_id_seq');
