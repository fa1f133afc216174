CREATE TABLE public.topics (
  id serial PRIMARY KEY,
  title varchar NOT NULL,
  fancy_title varchar(400),
  posts_count integer DEFAULT 0 NOT NULL,
  bumped_at timestamp NOT NULL,
  archetype varchar DEFAULT 'regular' NOT NULL,
  deleted_at timestamp,
  search_data tsvector,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);
CREATE INDEX idx_search_topic ON public.topics USING gin (search_data);
CREATE INDEX index_topics_on_bumped_at ON public.topics (bumped_at DESC);
CREATE TABLE public.posts (
  id serial PRIMARY KEY,
  topic_id integer NOT NULL,
  post_number integer NOT NULL,
  raw text NOT NULL,
  cooked text NOT NULL,
  like_count integer DEFAULT 0 NOT NULL,
  deleted_at timestamp,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL
);
CREATE UNIQUE INDEX index_posts_on_topic_id_and_post_number ON public.posts (topic_id, post_number);
CREATE INDEX idx_posts_created_at_topic_id ON public.posts (created_at, topic_id) WHERE deleted_at IS NULL;
CREATE FUNCTION public.topics_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.search_data := to_tsvector('english', coalesce(NEW.title, '')); RETURN NEW; END $$;
CREATE TRIGGER topics_search BEFORE INSERT OR UPDATE OF title ON public.topics FOR EACH ROW EXECUTE FUNCTION public.topics_search_trigger();
