-- Which person at an identity provider an account belongs to. The subject is the provider's stable id for
-- a person; usernames there can be reassigned, so sign-on matches on (issuer, subject), never on the name.
CREATE TABLE staff_user_oidc (
    user_id BIGINT       NOT NULL PRIMARY KEY REFERENCES staff_user (id),
    issuer  VARCHAR(500) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    UNIQUE (issuer, subject)
);
