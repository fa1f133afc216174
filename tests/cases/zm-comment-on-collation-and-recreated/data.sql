INSERT INTO "I18n".people VALUES (1, 'Müller'), (2, 'Mueller');
