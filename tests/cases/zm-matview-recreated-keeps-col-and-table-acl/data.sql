INSERT INTO "Rpt".emp VALUES (1, 'a', 100.50, 'x'), (2, 'b', 200.00, 'x'), (3, 'c', 50.25, NULL);
REFRESH MATERIALIZED VIEW "Rpt"."Emp Summary";
