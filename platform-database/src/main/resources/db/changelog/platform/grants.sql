--liquibase formatted sql

--changeset wizamart:platform-999-grants runAlways:true splitStatements:false
--comment: The application role may read and write data, never change the schema; re-run after every migration so
--comment: tables added by any module (or by libraries such as the job engine) are covered.
GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${app_role};
REVOKE UPDATE, DELETE ON tenancy_audit_log FROM ${app_role};
REVOKE ALL ON databasechangelog, databasechangeloglock FROM ${app_role};
