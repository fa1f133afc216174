CREATE TYPE lvl AS ENUM ('low', 'mid', 'high');
CREATE TABLE t (l lvl DEFAULT 'low');
