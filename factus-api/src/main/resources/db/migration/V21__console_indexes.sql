-- The console's reads at 100,000 documents per tenant (docs/console.md, "Speed"): each list and its count is read
-- from one index in the list's order (newest first, id breaking ties), so a page is found by walking the index only,
-- never by sorting; the day's figures of "Hoy" come from the index alone, its rejections of the day from the status
-- index. Each new index replaces an older one that is its prefix.
DROP INDEX ix_documents_created_at;
DROP INDEX ix_documents_status;
CREATE INDEX ix_documents_status ON documents (tenant_id, status, created_at);
CREATE INDEX ix_documents_listing ON documents (tenant_id, kind, created_at DESC, id);
CREATE INDEX ix_documents_listing_status ON documents (tenant_id, kind, status, created_at DESC, id);
CREATE INDEX ix_documents_day ON documents (tenant_id, created_at, kind, status, total);
