-- Neither cube nor earthdistance exists in a; b installs earthdistance with CASCADE (pulling cube in), and a cube column,
-- a generated column, an expression gist index and a view use them. Back, both go after their users.
CREATE TABLE shop (id int PRIMARY KEY, lat float8 NOT NULL, lon float8 NOT NULL);
