CREATE EXTENSION citext;
CREATE TABLE accounts (
  id int PRIMARY KEY,
  email citext NOT NULL,
  username citext NOT NULL,
  CONSTRAINT accounts_email_key UNIQUE (email),
  CONSTRAINT accounts_username_format CHECK (username ~ '^[A-Za-z0-9_]{3,30}$')
);
CREATE UNIQUE INDEX accounts_username_key ON accounts (username);
CREATE TABLE invitations (
  id int PRIMARY KEY,
  account_id int NOT NULL REFERENCES accounts(id),
  invitee_email citext NOT NULL
);
CREATE INDEX invitations_email_idx ON invitations (invitee_email);
