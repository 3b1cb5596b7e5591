-- Replenishment (Dell's pull list): the SCM's demands, collected once each (the primary key on demand_id is the
-- de-duplication, shared by every hub instance), and the consolidated pull lists built from them. A demand belongs
-- to at most one pull list (pull_list_id, set in the transaction that stores the pull list); a pull list keeps the
-- exact bytes it is sent with, so a resend after a crash is the same command with the same request id.
CREATE TABLE pull_list (
    pull_list_id VARCHAR(64)  PRIMARY KEY,
    supplier     VARCHAR(100) NOT NULL,
    line_count   INTEGER      NOT NULL,
    body         TEXT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    instance_id  VARCHAR(100) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pull_list_unsent ON pull_list (sent_at, created_at);

CREATE TABLE replenishment_demand (
    demand_id    VARCHAR(64)  PRIMARY KEY,
    event_id     VARCHAR(64)  NOT NULL,
    sku          VARCHAR(32)  NOT NULL,
    warehouse    VARCHAR(16)  NOT NULL,
    quantity     BIGINT       NOT NULL,
    supplier     VARCHAR(100) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    collected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    pull_list_id VARCHAR(64)  REFERENCES pull_list (pull_list_id)
);
CREATE INDEX replenishment_demand_open ON replenishment_demand (pull_list_id, supplier);
