INSERT INTO alarm VALUES (1, 'low', '{low,mid}'), (2, 'mid', NULL), (3, 'high', '{high}');
