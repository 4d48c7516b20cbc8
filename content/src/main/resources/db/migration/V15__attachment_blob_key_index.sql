-- Blobs are shared by content (key = SHA-256): deleting one asks whether any row still refers to
-- its key, and a space's quota counts its distinct keys.
CREATE INDEX ix_attachment_blob_key ON attachment (blob_key);
