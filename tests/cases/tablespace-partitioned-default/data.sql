INSERT INTO m SELECT g, g % 3 FROM generate_series(0, 99) g;
