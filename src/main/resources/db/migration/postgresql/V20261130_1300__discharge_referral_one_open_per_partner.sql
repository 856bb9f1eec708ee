-- At most one open referral of a stay to the same partner, whatever the timing of two sends at once.
CREATE UNIQUE INDEX referral_one_open_per_partner_ux ON referral (stay_id, partner_id)
    WHERE status IN ('DRAFT','SENT','VIEWED','ACCEPTED','INFO_REQUESTED','CONFIRMED');
