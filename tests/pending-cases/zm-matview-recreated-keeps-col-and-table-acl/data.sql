INSERT INTO "Rpt".emp VALUES (1, 'a', 100.5, 'x'), (2, 'b', 200, 'x'), (3, 'c', 50, NULL);
REFRESH MATERIALIZED VIEW "Rpt"."Emp Summary";
