INSERT INTO doc VALUES (1, '<doc><title>a</title></doc>');
