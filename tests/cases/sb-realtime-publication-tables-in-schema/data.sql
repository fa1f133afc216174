INSERT INTO realtime.channels (name) VALUES ('room:1'), ('room:2');
INSERT INTO public.todos (task) VALUES ('a'), ('b');
