INSERT INTO city VALUES (1, 'DE', 'Berlin'), (2, 'FR', 'Paris'), (3, 'JP', 'Tokyo'), (4, 'BR', 'Rio');
