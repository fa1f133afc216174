-- The parent's serial id becomes an identity column. With serial the children inherit the nextval default (one sequence
-- for the whole tree); an identity is not inherited, so in b the children have no default at all. A second parent also
-- brings a serial of its own for another column.
CREATE TABLE entity (id serial, kind text NOT NULL DEFAULT 'entity');
CREATE TABLE numbered (seq_no bigserial);
CREATE TABLE customer (name text) INHERITS (entity, numbered);
CREATE TABLE vip (level int) INHERITS (customer);
