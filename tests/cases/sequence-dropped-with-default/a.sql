CREATE SEQUENCE shared_ids;
CREATE TABLE a (id bigint DEFAULT nextval('shared_ids'));
CREATE TABLE b (id bigint DEFAULT nextval('shared_ids'));
