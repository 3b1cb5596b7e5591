-- Available to promise per SKU, mirrored from the SCM by the hub: the total and each warehouse's figure,
-- each with the time it was true (as_of); an older figure never replaces a newer one.
CREATE TABLE atp_balance (
    sku             VARCHAR(64) PRIMARY KEY,
    total_available BIGINT      NOT NULL,
    total_as_of     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE atp_warehouse (
    sku        VARCHAR(64) NOT NULL REFERENCES atp_balance (sku),
    warehouse  VARCHAR(64) NOT NULL,
    available  BIGINT      NOT NULL,
    as_of      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sku, warehouse)
);
