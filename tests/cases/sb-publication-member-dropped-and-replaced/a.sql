CREATE TABLE public.chat_messages (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, room text NOT NULL, body text);
CREATE TABLE public.typing (user_id uuid PRIMARY KEY, room text);
CREATE PUBLICATION supabase_realtime FOR TABLE public.chat_messages, public.typing WITH (publish = 'insert');
