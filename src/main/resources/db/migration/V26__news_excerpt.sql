-- A post's excerpt, as the news list, the front page and the feed show it: worked out once when the post is written
-- (Markdown rendered to text), not on every view. Posts written before this have none and are worked out as before.
alter table news_post add column excerpt varchar(300);
