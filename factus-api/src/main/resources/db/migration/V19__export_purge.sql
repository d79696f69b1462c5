-- Expired export ZIPs are deleted by a leader-only purge (docs/archive.md#export): the row stays (the job's history),
-- marked with when its file was deleted, so the purge visits each job once.
ALTER TABLE export_jobs ADD COLUMN purged_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_export_jobs_expiry ON export_jobs (expires_at);
