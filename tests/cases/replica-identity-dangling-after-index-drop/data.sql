INSERT INTO device_state VALUES (1, 'on'), (2, 'off');
