INSERT INTO public.users_v2 VALUES (1);
