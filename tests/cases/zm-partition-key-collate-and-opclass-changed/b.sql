CREATE TABLE codes (code text NOT NULL, label text) PARTITION BY RANGE (code COLLATE "C");
CREATE TABLE codes_a_m PARTITION OF codes FOR VALUES FROM ('A') TO ('N');
CREATE TABLE codes_n_z PARTITION OF codes FOR VALUES FROM ('N') TO ('ZZZZ');
CREATE TABLE tags (tag text NOT NULL, n int) PARTITION BY LIST (tag text_pattern_ops);
CREATE TABLE tags_x PARTITION OF tags FOR VALUES IN ('x', 'y');
CREATE TABLE tags_rest PARTITION OF tags DEFAULT;
