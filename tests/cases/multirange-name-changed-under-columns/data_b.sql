INSERT INTO staff_shift VALUES (1, '[08:00,12:00)', '{[08:00,12:00)}'), (1, '[13:00,17:00)', NULL);
