CREATE TABLE accounts (
  id int PRIMARY KEY,
  email varchar(254) NOT NULL,
  username varchar(30) NOT NULL
);
CREATE UNIQUE INDEX accounts_email_lower_key ON accounts (lower(email));
CREATE UNIQUE INDEX accounts_username_key ON accounts (username);
CREATE TABLE invitations (
  id int PRIMARY KEY,
  account_id int NOT NULL REFERENCES accounts(id),
  invitee_email varchar(254) NOT NULL
);
CREATE INDEX invitations_email_idx ON invitations (lower(invitee_email));
