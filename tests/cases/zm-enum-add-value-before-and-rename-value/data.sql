INSERT INTO "Flow".tasks VALUES (1, 'new'), (2, 'in progress'), (3, 'done');
