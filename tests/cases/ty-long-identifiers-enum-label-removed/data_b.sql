INSERT INTO t_abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdef VALUES (1, 'one', '{one,three}'), (2, 'three', NULL);
