-- Only deliveries the cluster rejects count toward giving an outbox event up (dead letter); tries
-- lost to an outage are counted in attempts but no longer here, so that after a long outage the
-- first rejection is not fatal.
ALTER TABLE outbox_event ADD COLUMN rejections INTEGER DEFAULT 0 NOT NULL;
