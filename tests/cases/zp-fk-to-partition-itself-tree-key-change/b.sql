CREATE TABLE acct (id int NOT NULL, kind text NOT NULL, name text, PRIMARY KEY (id, kind)) PARTITION BY RANGE (kind);
CREATE TABLE acct_biz PARTITION OF acct FOR VALUES FROM ('b') TO ('c');
CREATE TABLE acct_home PARTITION OF acct FOR VALUES FROM ('h') TO ('i');
CREATE TABLE invoice (id int PRIMARY KEY, acct_id int NOT NULL, acct_kind text NOT NULL,
  CONSTRAINT invoice_acct_fk FOREIGN KEY (acct_id, acct_kind) REFERENCES acct_biz (id, kind));
