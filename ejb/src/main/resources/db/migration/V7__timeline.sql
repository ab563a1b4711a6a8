-- The consult timeline finds the dispenses a cabinet reported for a consult by the reference it sent, matched or not.
CREATE INDEX dispense_consult_ref_idx ON dispense (consult_ref, dispensed_at);
