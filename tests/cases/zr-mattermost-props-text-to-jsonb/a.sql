CREATE TABLE public.channels (
  id varchar(26) PRIMARY KEY,
  createat bigint,
  updateat bigint,
  deleteat bigint,
  teamid varchar(26),
  type varchar(1),
  displayname varchar(64),
  name varchar(64),
  lastpostat bigint,
  totalmsgcount bigint,
  CONSTRAINT channels_name_teamid_key UNIQUE (name, teamid)
);
CREATE TABLE public.posts (
  id varchar(26) PRIMARY KEY,
  createat bigint,
  updateat bigint,
  deleteat bigint,
  userid varchar(26),
  channelid varchar(26),
  rootid varchar(26),
  message varchar(65535),
  type varchar(26),
  props varchar(8000),
  hashtags varchar(1000),
  fileids varchar(300) DEFAULT '[]'
);
CREATE INDEX idx_posts_channel_id_update_at ON public.posts (channelid, updateat);
CREATE INDEX idx_posts_root_id ON public.posts (rootid);
CREATE INDEX idx_posts_message_txt ON public.posts USING gin (to_tsvector('english', message));
