INSERT INTO public.rooms (id, name) VALUES (1, 'general'), (2, 'random');
INSERT INTO public.messages (room_id, user_id, content) VALUES (1, '11111111-1111-1111-1111-111111111111', 'hi'), (2, '22222222-2222-2222-2222-222222222222', 'yo');
