CREATE TABLE msg (id int NOT NULL, addr text NOT NULL, body text) PARTITION BY LIST (lower(split_part(addr, '@', 2)));
CREATE TABLE msg_example PARTITION OF msg FOR VALUES IN ('example.org', 'example.com');
CREATE TABLE msg_mail PARTITION OF msg FOR VALUES IN ('mail.test') PARTITION BY HASH (id);
CREATE TABLE msg_mail_0 PARTITION OF msg_mail FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE msg_mail_1 PARTITION OF msg_mail FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE msg_other PARTITION OF msg DEFAULT;
CREATE INDEX msg_addr ON msg (lower(addr));
