CREATE TABLE a (id bigint);
CREATE TABLE b (id bigint);
