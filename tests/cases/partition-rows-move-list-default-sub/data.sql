INSERT INTO region_sales (region, year, amount) VALUES
  ('north', 2019, 1), ('east', 2019, 2), ('east', 2023, 3), ('south', 2021, 4),
  ('west', 2018, 5), ('west', 2021, 6), ('central', 2019, 7), ('central', 2021, 8), ('central', 2023, 9);
