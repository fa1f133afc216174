CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL DEFAULT 0);
CREATE FUNCTION total_balance() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(balance) FROM account;
END;
