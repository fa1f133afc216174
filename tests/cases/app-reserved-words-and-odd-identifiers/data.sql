INSERT INTO "group"."user" VALUES (1, 'sel', '2020-01-01', 'Ann O''Neil', 'ann@x.test'), (2, 'two', NULL, NULL, NULL);
INSERT INTO "group"."order" VALUES (10, 1, 12.50, true), (11, 2, 0.00, false);
INSERT INTO public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghij VALUES (1, 'here'), (2, NULL);
