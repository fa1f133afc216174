-- Both ends of a foreign key change type family (text -> uuid): the key goes before the ALTERs and comes back after.
CREATE TABLE o (id uuid PRIMARY KEY);
CREATE TABLE l (id int PRIMARY KEY, o_id uuid REFERENCES o(id));
