INSERT INTO billing.invoices (tenant_id, amount_cents, tax_cents, status) VALUES (1, 1000, 190, 'open'), (1, 2000000, 0, 'open'), (2, 50, 5, 'paid');
REFRESH MATERIALIZED VIEW billing.tenant_totals;
