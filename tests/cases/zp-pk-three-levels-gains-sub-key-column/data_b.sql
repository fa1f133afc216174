INSERT INTO visit SELECT g, date '2024-06-01' + g * 20, 1 + g % 3, '/p' || g FROM generate_series(1, 20) g;
INSERT INTO visit_tag (visit_id, visit_day, tag) SELECT id, day, 't' FROM visit WHERE site = 1;
