-- Receivables come from the consumption history: a payment names the invoice it pays (applies_to); a payment
-- without one is unapplied (paid on account).
ALTER TABLE consumption_event ADD COLUMN applies_to VARCHAR(64);
CREATE INDEX consumption_event_applies_to ON consumption_event (customer_id, applies_to);
