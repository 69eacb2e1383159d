package com.wizamart.notifications.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.notifications.application.port.in.NotificationQuery;
import com.wizamart.notifications.application.port.in.NotificationView;
import com.wizamart.notifications.application.port.out.MessageStore;
import com.wizamart.notifications.domain.Message;
import com.wizamart.notifications.domain.MessageKind;
import com.wizamart.notifications.domain.OutgoingMail;
import com.wizamart.sharedkernel.persistence.SqlLike;
import com.wizamart.sharedkernel.persistence.SqlSort;

/** The messages in {@code notifications_messages}, under Row-Level Security (see the changelog). */
@Repository
class JdbcMessageStore implements MessageStore {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "m.created_at", "sentAt", "m.sent_at",
            "status", "m.status", "kind", "m.kind", "recipient", "m.recipient");
    private static final int MAX_ERROR = 1000;
    private static final String LOG_COLUMNS = """
            m.id, m.vendor_id, m.kind, m.recipient, m.subject, m.language, m.status, m.attempts, m.last_error,
            m.created_at, m.sent_at, m.next_attempt_at, m.order_number, m.body_purged_at""";

    private final JdbcClient jdbc;

    JdbcMessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean queue(Message m) {
        return jdbc.sql("""
                insert into notifications_messages (id, vendor_id, dedup_key, kind, recipient, recipient_name, language,
                  subject, from_address, from_name, reply_to, text_body, html_body, send_text_body, send_html_body, order_id, order_number,
                  message_id, status, attempts, next_attempt_at, created_at)
                values (:id, :vendorId, :dedupKey, :kind, :recipient, :recipientName, :language, :subject,
                  :fromAddress, :fromName, :replyTo, :textBody, :htmlBody, :sendTextBody, :sendHtmlBody, :orderId, :orderNumber, :messageId,
                  'QUEUED', 0, :createdAt, :createdAt)
                on conflict (dedup_key) do nothing""")
                .param("id", m.id()).param("vendorId", m.vendorId()).param("dedupKey", m.dedupKey())
                .param("kind", m.kind().name()).param("recipient", m.recipient())
                .param("recipientName", m.recipientName()).param("language", m.language())
                .param("subject", m.subject()).param("fromAddress", m.fromAddress()).param("fromName", m.fromName())
                .param("replyTo", m.replyTo()).param("textBody", m.textBody()).param("htmlBody", m.htmlBody())
                .param("sendTextBody", m.sendTextBody()).param("sendHtmlBody", m.sendHtmlBody())
                .param("orderId", m.orderId()).param("orderNumber", m.orderNumber())
                .param("messageId", m.messageId()).param("createdAt", Timestamp.from(m.createdAt()))
                .update() == 1;
    }

    @Override
    public List<Due> due(Instant dueBy, int limit) {
        return jdbc.sql("""
                select id, vendor_id from notifications_messages
                where (status in ('QUEUED', 'RETRYING') and next_attempt_at <= :dueBy)
                   or (status = 'SENDING' and lease_until < :dueBy)
                order by next_attempt_at, id limit :limit""")
                .param("dueBy", Timestamp.from(dueBy)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class)))
                .list();
    }

    @Override
    public Optional<OutgoingMail> claim(UUID id, int scheduledAttempt, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                update notifications_messages
                set status = 'SENDING', attempts = attempts + 1, lease_until = :leaseUntil
                where id = :id
                  and ((status in ('QUEUED', 'RETRYING') and (next_attempt_at <= :now or attempts = :previous))
                       or (status = 'SENDING' and lease_until < :now))
                returning id, vendor_id, kind, recipient, recipient_name, subject, from_address, from_name, reply_to,
                  coalesce(send_text_body, text_body) as text_body, coalesce(send_html_body, html_body) as html_body,
                  message_id, attempts""")
                .param("id", id).param("previous", scheduledAttempt - 1).param("now", Timestamp.from(now))
                .param("leaseUntil", Timestamp.from(leaseUntil))
                .query((rs, n) -> new OutgoingMail(rs.getObject("id", UUID.class),
                        rs.getObject("vendor_id", UUID.class), MessageKind.valueOf(rs.getString("kind")),
                        rs.getString("recipient"), rs.getString("recipient_name"), rs.getString("subject"),
                        rs.getString("from_address"), rs.getString("from_name"), rs.getString("reply_to"),
                        rs.getString("text_body"), rs.getString("html_body"), rs.getString("message_id"),
                        rs.getInt("attempts")))
                .optional();
    }

    @Override
    public boolean markDelivered(UUID id, int attempt, boolean logged, Instant at) {
        return jdbc.sql("""
                update notifications_messages
                set status = :status, sent_at = :at, lease_until = null, last_error = null, send_text_body = null,
                  send_html_body = null
                where id = :id and status = 'SENDING' and attempts = :attempt""")
                .param("status", logged ? "LOGGED" : "SENT").param("at", Timestamp.from(at)).param("id", id)
                .param("attempt", attempt).update() == 1;
    }

    @Override
    public boolean markRetrying(UUID id, int attempt, String error, Instant next) {
        return jdbc.sql("""
                update notifications_messages
                set status = 'RETRYING', next_attempt_at = :next, lease_until = null, last_error = :error
                where id = :id and status = 'SENDING' and attempts = :attempt""")
                .param("next", Timestamp.from(next)).param("error", clip(error)).param("id", id)
                .param("attempt", attempt).update() == 1;
    }

    @Override
    public boolean markFailed(UUID id, int attempt, String error) {
        return jdbc.sql("""
                update notifications_messages
                set status = 'FAILED', lease_until = null, last_error = :error, send_text_body = null,
                  send_html_body = null
                where id = :id and status = 'SENDING' and attempts = :attempt""")
                .param("error", clip(error)).param("id", id).param("attempt", attempt).update() == 1;
    }

    @Override
    public List<UUID> vendorsWithBodiesBefore(Instant before) {
        return jdbc.sql("""
                select distinct vendor_id from notifications_messages
                where body_purged_at is null and created_at < :before""")
                .param("before", Timestamp.from(before))
                .query((rs, n) -> rs.getObject("vendor_id", UUID.class)).list();
    }

    @Override
    public int purgeBodies(Instant before, Instant now) {
        // messages still on their way keep their bodies: they are needed to send them
        return jdbc.sql("""
                update notifications_messages
                set text_body = null, html_body = null, body_purged_at = :now
                where body_purged_at is null and created_at < :before and status in ('SENT', 'LOGGED', 'FAILED')""")
                .param("now", Timestamp.from(now)).param("before", Timestamp.from(before)).update();
    }

    @Override
    public Page<NotificationView> search(NotificationQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.vendorId() != null) {
            where.append(" and m.vendor_id = :vendorId");
            params.put("vendorId", q.vendorId());
        }
        if (q.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", q.status().name());
        }
        if (q.kind() != null) {
            where.append(" and m.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.recipient() != null && !q.recipient().isBlank()) {
            where.append(" and m.recipient ilike :recipient escape '\\'");
            params.put("recipient", SqlLike.contains(q.recipient().strip()));
        }
        long total = jdbc.sql("select count(*) from notifications_messages m where " + where).params(params)
                .query(Long.class).single();
        List<NotificationView> content = jdbc.sql("select " + LOG_COLUMNS
                        + " from notifications_messages m where " + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, "m.created_at desc")
                        + ", m.id limit :limit offset :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> view(rs, false)).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public Optional<NotificationView> find(UUID id) {
        return jdbc.sql("select " + LOG_COLUMNS + ", m.text_body, m.html_body from notifications_messages m"
                        + " where m.id = :id")
                .param("id", id).query((rs, n) -> view(rs, true)).optional();
    }

    private static NotificationView view(ResultSet rs, boolean bodies) throws SQLException {
        return new NotificationView(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class), null,
                rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"), rs.getString("language"),
                rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "next_attempt_at"),
                rs.getString("order_number"), bodies ? rs.getString("text_body") : null,
                bodies ? rs.getString("html_body") : null, instant(rs, "body_purged_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_ERROR ? value : value.substring(0, MAX_ERROR);
    }
}
