CREATE TYPE pt AS (w_g int);
CREATE TABLE p OF pt;
