ALTER TABLE story_band DROP CONSTRAINT story_band_article_id_fkey;
