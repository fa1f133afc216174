INSERT INTO ledger.accounts VALUES (1000, '1000', 'Cash', 'asset'), (2000, '2000', 'Payables', 'liability'), (4000, '4000', 'Sales', 'income'), (6000, '6000', 'Rent', 'expense');
INSERT INTO ledger.journal (posted_at, memo) VALUES ('2024-01-05 09:00+00', 'Invoice 17'), ('2024-01-31 17:00+00', 'January rent');
BEGIN;
INSERT INTO ledger.entries (journal_id, account_id, amount) VALUES (1, 1000, 1200.00), (1, 4000, -1200.00), (2, 6000, 800.50), (2, 1000, -800.50);
COMMIT;
INSERT INTO ledger.rates VALUES (2000, '2023-01-01', '2024-01-01', 0.0350), (2000, '2024-01-01', NULL, 0.0425), (1000, '2024-01-01', '2024-07-01', 0.0100);
