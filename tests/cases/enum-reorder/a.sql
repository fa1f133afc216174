CREATE TYPE lvl AS ENUM ('low', 'high', 'mid');
CREATE TABLE t (l lvl DEFAULT 'low');
