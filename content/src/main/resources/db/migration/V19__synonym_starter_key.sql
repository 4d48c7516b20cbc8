-- Synonym sets loaded from the shipped starter set remember which starter set they came from, so
-- that loading the starter set again adds only the missing ones and never touches an edited one.
-- Null for sets that authors created. Unique: two instances starting at once cannot load a starter
-- set twice (NULLs do not collide on H2 or PostgreSQL).

ALTER TABLE synonym_set ADD COLUMN starter_key VARCHAR(40);
CREATE UNIQUE INDEX ux_synonym_set_starter_key ON synonym_set (starter_key);
