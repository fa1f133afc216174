-- No 'west' rows: b->a drops rs_west, and a dropped partition's rows go with it (DATA_LOSS).
INSERT INTO region_sales (region, year, amount) VALUES
  ('north', 2019, 1), ('east', 2019, 2), ('east', 2023, 3), ('south', 2021, 4),
  ('central', 2019, 7), ('central', 2021, 8), ('central', 2023, 9), ('central', 2020, 10);
