CREATE DOMAIN level AS text CHECK (VALUE IN ('low', 'high', 'max'));
CREATE TABLE t (l level);
