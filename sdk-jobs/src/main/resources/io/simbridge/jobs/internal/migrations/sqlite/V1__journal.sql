-- The journal: one row per job, one row per SIM of a job, and the shared call-limit lanes.
-- Times are milliseconds since the epoch, read from the database's clock.
CREATE TABLE sb_job (
  name TEXT PRIMARY KEY,
  operation TEXT NOT NULL,
  arguments TEXT NOT NULL,
  sims_digest TEXT NOT NULL,
  state TEXT NOT NULL,
  total INTEGER NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE sb_job_row (
  job TEXT NOT NULL REFERENCES sb_job (name),
  seq INTEGER NOT NULL,
  iccid TEXT,
  msisdn TEXT,
  account TEXT,
  provider TEXT,
  state TEXT NOT NULL,
  worker TEXT,
  lease_until BIGINT,
  started_at BIGINT,
  finished_at BIGINT,
  error_type TEXT,
  error TEXT,
  note TEXT,
  PRIMARY KEY (job, seq)
);

CREATE INDEX sb_job_row_claim ON sb_job_row (job, state, provider, seq);

CREATE TABLE sb_call_limit (
  lane TEXT PRIMARY KEY,
  holder TEXT,
  lease_until BIGINT,
  last_completion BIGINT
);
