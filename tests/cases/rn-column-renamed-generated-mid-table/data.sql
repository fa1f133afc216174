INSERT INTO public.people (id, first_nm, last_nm, email) VALUES (1, 'Ada', 'Lovelace', 'ada@x'), (2, 'Alan', 'Turing', NULL);
