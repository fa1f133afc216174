CREATE TABLE public.topics (
  id serial PRIMARY KEY,
  title varchar NOT NULL,
  fancy_title varchar(400),
  posts_count integer DEFAULT 0 NOT NULL,
  bumped_at timestamp NOT NULL,
  archetype varchar DEFAULT 'regular' NOT NULL,
  deleted_at timestamp,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  slug varchar
);
CREATE INDEX index_topics_on_bumped_at_public ON public.topics (bumped_at) WHERE deleted_at IS NULL AND archetype <> 'private_message';
CREATE INDEX index_topics_on_lower_title ON public.topics (lower(title));
CREATE TABLE public.topic_search_data (
  topic_id integer NOT NULL PRIMARY KEY,
  raw_data text,
  locale varchar NOT NULL,
  search_data tsvector,
  version integer DEFAULT 0
);
CREATE INDEX idx_search_topic ON public.topic_search_data USING gin (search_data);
CREATE TABLE public.posts (
  id serial PRIMARY KEY,
  topic_id integer NOT NULL,
  post_number integer NOT NULL,
  raw text NOT NULL,
  cooked text NOT NULL,
  like_count integer DEFAULT 0 NOT NULL,
  deleted_at timestamp,
  created_at timestamp NOT NULL,
  updated_at timestamp NOT NULL,
  reply_to_post_number integer,
  image_upload_id bigint
);
CREATE UNIQUE INDEX index_posts_on_topic_id_and_post_number ON public.posts (topic_id, post_number);
CREATE INDEX idx_posts_created_at_topic_id ON public.posts (created_at, topic_id) WHERE deleted_at IS NULL;
CREATE INDEX index_posts_on_topic_id_and_reply_to_post_number ON public.posts (topic_id, reply_to_post_number);
CREATE TABLE public.post_search_data (
  post_id integer NOT NULL PRIMARY KEY,
  search_data tsvector,
  raw_data text,
  locale varchar,
  version integer DEFAULT 0,
  private_message boolean NOT NULL
);
CREATE INDEX idx_search_post ON public.post_search_data USING gin (search_data);
CREATE INDEX index_post_search_data_on_post_id_and_version_and_locale ON public.post_search_data (post_id, version, locale);
