INSERT INTO "Other$"."Parent" SELECT i, i, 'c' || i, i FROM generate_series(1, 20) i;
INSERT INTO "Other$".kid SELECT i, i, i, 'c' || i, i, i FROM generate_series(1, 20) i;
INSERT INTO "Other$".parted VALUES (1, '2026-02-01');
INSERT INTO "Other$".to_parted VALUES (1, '2026-02-01');
