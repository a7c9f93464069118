package dk.spirekassen.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Who gets notification mails, with the opaque token their unsubscribe links carry and the language their digests
 * are written in. A login gets its row the first time a mail is written to it; an address without a login (a
 * registrant) likewise.
 * <p>
 * The token is kept as it is, not hashed: it must go into every later mail, and all it can do is stop mails (never
 * sign in or read anything), so whoever reads the table learns nothing a mail's reader does not.
 */
@Repository
class Recipients {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	/** Ids per statement, well below every database's limit on parameters. */
	private static final int CHUNK = 1_000;

	private final JdbcTemplate batches;

	private final SequenceBlock sequence;

	Recipients(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.sequence = new SequenceBlock(jdbc, "notification_recipient_seq");
	}

	record Recipient(long id, Long accountId, String email, String token, Locale language, boolean mailStopped) {
	}

	Optional<Recipient> ofAccount(long accountId) {
		return jdbc.sql(SELECT + " where account_id = ?").param(accountId).query(Recipients::recipient).optional();
	}

	Optional<Recipient> ofToken(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " where token = ?").param(token).query(Recipients::recipient).optional();
	}

	/** The login's row, made now if it has none. */
	Recipient forAccount(long accountId) {
		return ofAccount(accountId).orElseGet(() -> create(accountId, null));
	}

	/**
	 * The rows of many logins, those missing made now: a few statements for a notice mailed to thousands, not two
	 * per login.
	 */
	Map<Long, Recipient> forAccounts(Collection<Long> accountIds) {
		var found = new HashMap<Long, Recipient>();
		var ids = List.copyOf(accountIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			read(chunk, found);
			var missing = chunk.stream().filter(id -> !found.containsKey(id)).toList();
			if (!missing.isEmpty()) {
				var now = Timestamp.from(Instant.now());
				batches.batchUpdate("""
						insert into notification_recipient
						    (id, account_id, email, token, language, mail_stopped, created_at)
						values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
						missing.stream().map(id -> new Object[] { ids(), id, null, token(), "da", false, now })
							.toList());
				read(missing, found);
			}
		}
		return found;
	}

	private void read(List<Long> accountIds, Map<Long, Recipient> into) {
		jdbc.sql(SELECT + " where account_id in (:ids)")
			.param("ids", accountIds)
			.query(Recipients::recipient)
			.list()
			.forEach(recipient -> into.put(recipient.accountId(), recipient));
	}

	private long ids() {
		return sequence.next();
	}

	/** The row of an address without a login, made now if it has none. */
	Recipient forAddress(String email) {
		var address = email.strip().toLowerCase(Locale.ROOT);
		return jdbc.sql(SELECT + " where email = ?")
			.param(address)
			.query(Recipients::recipient)
			.optional()
			.orElseGet(() -> create(null, address));
	}

	void setLanguage(long accountId, Locale language) {
		forAccount(accountId);
		jdbc.sql("update notification_recipient set language = ? where account_id = ?")
			.params(language.getLanguage(), accountId)
			.update();
	}

	void stopMail(long id) {
		jdbc.sql("update notification_recipient set mail_stopped = ? where id = ?").params(true, id).update();
	}

	/**
	 * Made in the caller's transaction (the login may be new in it). Two writers making the same row at once do not
	 * fail: the second insert does nothing, and both read the one row.
	 */
	private Recipient create(Long accountId, String email) {
		long id = sequence.next();
		jdbc.sql("""
				insert into notification_recipient (id, account_id, email, token, language, mail_stopped, created_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(id, accountId, email, token(), "da", false, Timestamp.from(Instant.now()))
			.update();
		var query = accountId != null ? jdbc.sql(SELECT + " where account_id = ?").param(accountId)
				: jdbc.sql(SELECT + " where email = ?").param(email);
		return query.query(Recipients::recipient).single();
	}

	private static String token() {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static final String SELECT = "select id, account_id, email, token, language, mail_stopped"
			+ " from notification_recipient";

	private static Recipient recipient(ResultSet rs, int row) throws SQLException {
		return new Recipient(rs.getLong("id"), rs.getObject("account_id", Long.class), rs.getString("email"),
				rs.getString("token"), Locale.forLanguageTag(rs.getString("language")), rs.getBoolean("mail_stopped"));
	}
}
