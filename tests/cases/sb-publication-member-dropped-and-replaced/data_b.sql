INSERT INTO public.chat_messages (room, body) VALUES ('general', 'hi'), ('system', 'boot');
