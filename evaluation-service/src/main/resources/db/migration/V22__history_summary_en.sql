-- The history summary in English too (Accept-Language: en); rows written before it fall back to Chinese until the
-- read models are rebuilt (POST /api/v1/read-models/rebuild).
alter table case_file_history add column summary_en text;
