CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p, amount numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0));
CREATE INDEX c_p ON c (p_id) WHERE amount > 0;
