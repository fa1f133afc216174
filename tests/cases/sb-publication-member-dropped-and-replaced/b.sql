CREATE TABLE public.chat_messages (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, room text NOT NULL, body text, edited_at timestamptz);
CREATE TABLE public.reactions (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, message_id bigint NOT NULL REFERENCES public.chat_messages ON DELETE CASCADE, emoji text NOT NULL);
CREATE PUBLICATION supabase_realtime FOR TABLE public.chat_messages (id, room, body, edited_at) WHERE (room <> 'system'), public.reactions WITH (publish = 'insert, update, delete');
