-- Partner matching keeps every partner's referral statistics while the referrals are unchanged: it checks the
-- latest change (MAX(updated_at)) before each ranking, an index look-up with this index.
CREATE INDEX referral_updated_ix ON referral (updated_at);
