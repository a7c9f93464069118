package dk.spirekassen.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dk.spirekassen.shared.Generation;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.RecentReads.ListPage;

/** A person's notes on the site: the newest, how many are unread, and marking them read. */
@Service
public class Notes {

	/** How many notes the dashboard shows. */
	public static final int SHOWN = 20;

	/** Unread notes are counted up to this; the header shows more as {@code 99+}. */
	public static final int COUNTED = 100;

	private final JdbcClient jdbc;

	private final RecentReads recent;

	/** Counts notes written or read: one's notes are kept as the lists are until then. */
	private final Generation changes = new Generation();

	Notes(JdbcClient jdbc, RecentReads recent) {
		this.jdbc = jdbc;
		this.recent = recent;
	}

	/**
	 * A note: {@code link} is a path on the site; the detail is shown with {@link #shownDetail} (a stage's name
	 * looked up, a day's time written in the reader's language).
	 */
	public record Note(NotificationKind kind, Long projectId, String subject, String detail, String link,
			Instant createdAt, boolean unread, Instant startsAt, Instant endsAt) {

		/** The detail as a reader of the language sees it; {@code messages} looks a message key up. */
		public String shownDetail(Locale language, Function<String, String> messages) {
			return NoteDetails.shown(kind, detail, startsAt, endsAt, language, messages);
		}
	}

	/**
	 * The newest notes, newest first: one indexed statement, kept until a note is written or read (the dashboard, on
	 * every view).
	 */
	public List<Note> newest(long accountId) {
		return recent.get(new ListPage("notes", changes.get(), accountId, null, null), () -> jdbc.sql("""
				select kind, project_id, subject, other, link, created_at, read_at, starts_at, ends_at from notification
				where account_id = ? order by created_at desc, id desc fetch first ? rows only""")
			.params(accountId, SHOWN)
			.query((rs, row) -> new Note(NotificationKind.valueOf(rs.getString("kind")),
					rs.getObject("project_id", Long.class), rs.getString("subject"), rs.getString("other"),
					link(rs.getString("link"), rs.getObject("project_id", Long.class)),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") == null,
					instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at"))))
			.list());
	}

	/** How many notes are unread, counted up to {@link #COUNTED}; kept as {@link #newest} is (every header). */
	public int unread(long accountId) {
		return recent.get(new ListPage("unread-notes", changes.get(), accountId, null, null), () -> jdbc.sql("""
				select count(*) from (select 1 as one from notification where account_id = ? and read_at is null
				fetch first ? rows only) unread""").params(accountId, COUNTED).query(Integer.class).single());
	}

	/** Marks all of a person's notes read; gives how many were unread. */
	@Transactional
	public int markRead(long accountId) {
		changedOnCommit();
		return jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
			.params(Timestamp.from(Instant.now()), accountId)
			.update();
	}

	/** Notes are written or read in the current transaction: what was kept of them is not served once it commits. */
	void changedOnCommit() {
		changes.changedOnCommit();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** Notes written before they had links led to their project's needs or ownership. */
	private static String link(String link, Long projectId) {
		return link != null ? link : projectId != null ? "/projekter/" + projectId : "/mit-overblik";
	}
}
