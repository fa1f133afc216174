CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE t (l level);
