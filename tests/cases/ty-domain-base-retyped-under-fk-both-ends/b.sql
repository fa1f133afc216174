CREATE DOMAIN acct_no AS bigint CHECK (VALUE > 0);
CREATE TABLE acct (no acct_no PRIMARY KEY, name text);
CREATE TABLE transfer (id int PRIMARY KEY, src acct_no NOT NULL REFERENCES acct (no), dst acct_no REFERENCES acct (no));
