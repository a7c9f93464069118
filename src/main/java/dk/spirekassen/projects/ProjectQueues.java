package dk.spirekassen.projects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.LongSupplier;

import dk.spirekassen.actors.Directory;

/**
 * What waits for the secretariat in the incubator, for its desk: the ideas it has not yet looked at, and the offers
 * to meet a need that nobody has answered for more than {@link #OFFER_UNANSWERED_AFTER}.
 * <p>
 * An idea waits from when it is proposed until the secretariat marks it looked at (or it moves on from the idea
 * stage); the mark is {@code project.secretariat_looked_at}, which only this class reads and writes. Each count is one
 * indexed statement, so the desk costs the same with 20,000 projects as with 20; the lists are read a page at a time.
 */
@Service
public class ProjectQueues {

	/** How long an offer may wait for an answer before the secretariat is shown it. */
	public static final Duration OFFER_UNANSWERED_AFTER = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final Directory directory;

	ProjectQueues(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** An idea the secretariat has not looked at. */
	public record NewIdea(long id, String title, String summary, Instant proposedAt) {
	}

	/** An offer nobody has answered: on which project and need, from which partner, and since when. */
	public record UnansweredOffer(long projectId, String projectTitle, long needId, NeedKind needKind,
			String needDescription, long partnerId, String partnerName, Instant offeredAt) {
	}

	/** How many ideas the secretariat has not looked at. */
	public long newIdeas() {
		return jdbc.sql("select count(*) from project where stage = 'IDEA' and secretariat_looked_at is null")
			.query(Long.class)
			.single();
	}

	/** The ideas the secretariat has not looked at, the longest waiting first, a page of them. */
	public Page<NewIdea> newIdeas(Pageable pageable) {
		var content = jdbc.sql("""
				select id, title, summary, created_at from project
				where stage = 'IDEA' and secretariat_looked_at is null
				order by created_at, id offset ? rows fetch next ? rows only""")
			.params(pageable.getOffset(), pageable.getPageSize())
			.query((rs, row) -> new NewIdea(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		return page(content, pageable, this::newIdeas);
	}

	/**
	 * Marks the ideas looked at by the secretariat, so they no longer wait on its desk; ids of projects that are not
	 * waiting ideas are passed over. Returns how many were marked now.
	 */
	public int markLookedAt(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update project set secretariat_looked_at = :now
				where id in (:ids) and stage = 'IDEA' and secretariat_looked_at is null""")
			.param("now", Timestamp.from(Instant.now()))
			.param("ids", new HashSet<>(ids))
			.update();
	}

	/** How many offers to meet a need have waited for an answer for more than {@link #OFFER_UNANSWERED_AFTER}. */
	public long unansweredOffers() {
		return jdbc.sql("select count(*) from need_offer where status = 'PENDING' and created_at < ?")
			.param(Timestamp.from(unansweredSince()))
			.query(Long.class)
			.single();
	}

	/** The offers that have waited for an answer for too long, the longest waiting first, a page of them. */
	public Page<UnansweredOffer> unansweredOffers(Pageable pageable) {
		record Row(long projectId, String projectTitle, long needId, NeedKind needKind, String needDescription,
				long partnerId, Instant offeredAt) {
		}
		var rows = jdbc.sql("""
				select p.id as project_id, p.title, n.id as need_id, n.kind, n.description, o.partner_id, o.created_at
				from need_offer o join project_need n on n.id = o.need_id join project p on p.id = n.project_id
				where o.status = 'PENDING' and o.created_at < ?
				order by o.created_at, o.id offset ? rows fetch next ? rows only""")
			.params(Timestamp.from(unansweredSince()), pageable.getOffset(), pageable.getPageSize())
			.query((rs, row) -> new Row(rs.getLong("project_id"), rs.getString("title"), rs.getLong("need_id"),
					NeedKind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getLong("partner_id"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		var names = directory.partnerNames(rows.stream().map(Row::partnerId).distinct().toList());
		var content = rows.stream()
			.map(r -> new UnansweredOffer(r.projectId(), r.projectTitle(), r.needId(), r.needKind(),
					r.needDescription(), r.partnerId(), names.getOrDefault(r.partnerId(), ""), r.offeredAt()))
			.toList();
		return page(content, pageable, this::unansweredOffers);
	}

	private static Instant unansweredSince() {
		return Instant.now().minus(OFFER_UNANSWERED_AFTER);
	}

	/** A page of the content, counted only where the content does not tell the total by itself. */
	private static <T> Page<T> page(List<T> content, Pageable pageable, LongSupplier total) {
		return PageableExecutionUtils.getPage(content, pageable, total);
	}
}
