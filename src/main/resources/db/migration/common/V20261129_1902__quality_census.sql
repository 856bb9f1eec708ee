-- Quality: where each stay was, from when to when (its placements), kept from the stays module's events and read
-- API. The daily census of occupied beds per unit counts the placements that cover midnight.
CREATE TABLE census_stay (
    stay_id          BIGINT      NOT NULL PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL,
    refreshed_at     TIMESTAMP   NOT NULL
);

CREATE TABLE census_placement (
    stay_id          BIGINT      NOT NULL REFERENCES census_stay (stay_id),
    organisation_id  BIGINT      NOT NULL,
    unit_id          BIGINT      NOT NULL,
    unit_code        VARCHAR(20) NOT NULL,
    from_at          TIMESTAMP   NOT NULL,
    to_at            TIMESTAMP
);
CREATE INDEX census_placement_stay_ix ON census_placement (stay_id);
CREATE INDEX census_placement_org_ix ON census_placement (organisation_id, from_at);
