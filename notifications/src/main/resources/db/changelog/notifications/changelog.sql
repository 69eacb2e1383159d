--liquibase formatted sql

--changeset wizamart:notifications-001-messages splitStatements:false
--comment: Every message to a customer or a team member: queued from an event, sent by the job engine, kept as the log
--comment: (bodies only for a while: text_body/html_body are set to NULL by the retention job, body_purged_at says when).
--comment: dedup_key is one per event, recipient and kind: a redelivered event queues nothing twice.
--comment: vendor_id NULL is a platform message (a team member's password reset); see the policy below.
CREATE TABLE notifications_messages (
  id               uuid          PRIMARY KEY,
  vendor_id        uuid,
  dedup_key        varchar(300)  NOT NULL,
  kind             varchar(32)   NOT NULL,
  recipient        varchar(320)  NOT NULL,
  recipient_name   varchar(200),
  language         varchar(8)    NOT NULL,
  subject          varchar(200)  NOT NULL,
  from_address     varchar(320)  NOT NULL,
  from_name        varchar(200),
  reply_to         varchar(320),
  text_body        text,
  html_body        text,
  body_purged_at   timestamptz,
  order_id         uuid,
  order_number     varchar(64),
  message_id       varchar(200)  NOT NULL,
  status           varchar(16)   NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'LOGGED', 'RETRYING',
                                                            'FAILED')),
  attempts         int           NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz   NOT NULL,
  lease_until      timestamptz,
  last_error       varchar(1000),
  created_at       timestamptz   NOT NULL,
  sent_at          timestamptz,
  CONSTRAINT notifications_messages_dedup_key_uk UNIQUE (dedup_key),
  CONSTRAINT notifications_messages_bodies_or_purged CHECK ((text_body IS NULL) = (body_purged_at IS NOT NULL))
);
CREATE INDEX notifications_messages_vendor_idx ON notifications_messages (vendor_id, created_at DESC, id);
CREATE INDEX notifications_messages_created_idx ON notifications_messages (created_at DESC, id);
CREATE INDEX notifications_messages_due_idx ON notifications_messages (next_attempt_at)
  WHERE status IN ('QUEUED', 'RETRYING', 'SENDING');
CREATE INDEX notifications_messages_bodies_idx ON notifications_messages (created_at) WHERE body_purged_at IS NULL;
SELECT wizamart_enable_vendor_rls('notifications_messages');
--comment: Platform messages have no vendor, so the vendor policy never matches them. They are visible and writable
--comment: only while no vendor is bound (the job engine's and the identity flows' own transactions), never to a
--comment: request of a vendor; admins read them with everything else through the cross-vendor read.
CREATE POLICY platform_messages ON notifications_messages
  USING (vendor_id IS NULL AND (SELECT wizamart_current_vendor()) IS NULL)
  WITH CHECK (vendor_id IS NULL AND (SELECT wizamart_current_vendor()) IS NULL);

--changeset wizamart:notifications-002-links-not-kept
--comment: A message with a one-time link (invitation, activation, password reset, address proof) is logged with the
--comment: link's token redacted in text_body/html_body; the bodies with the working link are kept in send_text_body/
--comment: send_html_body only while the message is on its way, and set to NULL once it is SENT, LOGGED or FAILED. No
--comment: API ever reads them.
ALTER TABLE notifications_messages ADD COLUMN send_text_body text;
ALTER TABLE notifications_messages ADD COLUMN send_html_body text;
ALTER TABLE notifications_messages ADD CONSTRAINT notifications_messages_send_bodies_while_on_the_way
  CHECK (send_text_body IS NULL OR status IN ('QUEUED', 'SENDING', 'RETRYING'));
