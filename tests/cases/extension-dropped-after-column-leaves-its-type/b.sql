CREATE TABLE t (c text);
