-- At most one confirmed (or transferred) referral per stay, whatever the timing of concurrent confirmations.
CREATE UNIQUE INDEX referral_one_confirmed_ux ON referral (stay_id) WHERE status IN ('CONFIRMED','TRANSFERRED');
