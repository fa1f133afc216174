INSERT INTO ledger.accounts VALUES (1000, '1000', 'Cash', 'asset', 'EUR'), (4000, '4000', 'Sales', 'income', 'EUR'), (1100, '1100', 'Cash USD', 'asset', 'USD');
INSERT INTO ledger.journal (posted_at, memo) VALUES ('2024-01-05 09:00+00', 'Invoice 17');
INSERT INTO ledger.journal (posted_at, memo, reverses) VALUES ('2024-01-06 09:00+00', 'Storno 17', 1);
BEGIN;
INSERT INTO ledger.entries (journal_id, account_id, amount, currency) VALUES (1, 1000, 99.99, 'EUR'), (1, 4000, -99.99, 'EUR'), (2, 1000, -99.99, 'EUR'), (2, 4000, 99.99, 'EUR');
COMMIT;
INSERT INTO ledger.rates (account_id, valid_from, valid_to, rate) VALUES (1000, '2024-01-01', '2024-02-01', 0.0100), (1000, '2024-02-01', NULL, 0.0200);
