CREATE TABLE t (id int, code varchar(20) NOT NULL DEFAULT '');
CREATE INDEX t_code ON t (code);
