INSERT INTO customer VALUES (1, 'Ann@x.org', 'Müller', 'Red', ROW('Hauptstraße 1', '10115'), '[a,m)'),
  (2, 'bob@x.org', NULL, NULL, NULL, NULL);
