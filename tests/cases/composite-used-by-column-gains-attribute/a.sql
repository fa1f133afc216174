CREATE TYPE money2 AS (amount numeric, currency text);
CREATE TABLE t (price money2);
