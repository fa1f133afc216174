CREATE TYPE pair AS (a int, c int);
