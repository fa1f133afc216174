CREATE TABLE msg (id int NOT NULL, addr text NOT NULL, body text) PARTITION BY LIST (lower(split_part(addr, '@', 2)));
CREATE TABLE msg_example PARTITION OF msg FOR VALUES IN ('example.org');
CREATE TABLE msg_other PARTITION OF msg DEFAULT;
CREATE INDEX msg_addr ON msg (lower(addr));
