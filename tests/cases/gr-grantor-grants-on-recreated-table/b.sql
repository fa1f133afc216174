CREATE TABLE ledger (id int NOT NULL, amount numeric) PARTITION BY RANGE (id);
CREATE TABLE ledger_low PARTITION OF ledger FOR VALUES FROM (0) TO (1000);
GRANT SELECT, INSERT ON ledger TO app_writer WITH GRANT OPTION;
SET ROLE app_writer;
GRANT SELECT ON ledger TO app_reader;
RESET ROLE;
