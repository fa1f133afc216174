CREATE TABLE tickets (
  id int PRIMARY KEY,
  state varchar(20) NOT NULL,
  owner varchar(40)
);
