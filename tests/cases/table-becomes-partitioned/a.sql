CREATE TABLE ev (id int, at date NOT NULL, PRIMARY KEY (id, at));
CREATE INDEX ev_at ON ev (at);
CREATE TABLE ref (id int, at date, FOREIGN KEY (id, at) REFERENCES ev);
