CREATE UNLOGGED TABLE events (id int NOT NULL, kind text);
CREATE TABLE audit (n int GENERATED ALWAYS AS IDENTITY, note text);
