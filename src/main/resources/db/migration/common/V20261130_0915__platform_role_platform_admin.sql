-- Platform administration: the right to manage accounts of every organisation and to move an account to another
-- organisation (PLATFORM_ADMIN, held with ADMIN). The role check constraint is replaced by one naming it too.

ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_ck;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_ck CHECK (role IN ('ADMIN','PLATFORM_ADMIN','BED_MANAGER',
    'DISCHARGE_COORDINATOR','PHYSICIAN','PARTNER_COORDINATOR','QUALITY_MANAGER','NETWORK_COORDINATOR',
    'PATIENT_PARTNER'));
