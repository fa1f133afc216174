INSERT INTO public."OrderLine" VALUES (1, 2), (2, 5);
