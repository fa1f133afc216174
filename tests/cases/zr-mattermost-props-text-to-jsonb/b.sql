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
  lastrootpostat bigint DEFAULT 0,
  shared boolean,
  CONSTRAINT channels_name_teamid_key UNIQUE (name, teamid)
);
CREATE INDEX idx_channels_team_id_type ON public.channels (teamid, type);
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
  props jsonb,
  hashtags varchar(1000),
  fileids varchar(300) DEFAULT '[]',
  remoteid varchar(26)
);
CREATE INDEX idx_posts_channel_id_update_at ON public.posts (channelid, updateat);
CREATE INDEX idx_posts_channel_id_delete_at_create_at ON public.posts (channelid, deleteat, createat);
CREATE INDEX idx_posts_root_id_delete_at ON public.posts (rootid, deleteat);
CREATE INDEX idx_posts_message_txt ON public.posts USING gin (to_tsvector('english', message));
CREATE INDEX idx_posts_create_at_id ON public.posts (createat, id);
CREATE INDEX idx_posts_props_from_bot ON public.posts ((props ->> 'from_bot')) WHERE props ? 'from_bot';
