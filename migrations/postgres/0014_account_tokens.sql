-- API tokens an account made for its own scripts: revoked with the account.
ALTER TABLE api_tokens ADD COLUMN account_id BIGINT REFERENCES accounts (id);
