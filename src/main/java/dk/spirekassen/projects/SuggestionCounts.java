package dk.spirekassen.projects;

import jakarta.annotation.PreDestroy;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Suggestions shown and opened, counted per day in {@code suggestion_count}. A page that shows suggestions only adds
 * to a counter in memory, so that counting costs the page nothing; the counts are added to the day's row each
 * minute, when the node stops, and before the figures are read. Each node adds what it counted, so nothing is
 * counted twice or lost between nodes.
 */
@Component
class SuggestionCounts {

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private final JdbcClient jdbc;

	private final Map<SuggestionEvent, LongAdder> counted = new EnumMap<>(SuggestionEvent.class);

	SuggestionCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
		for (var event : SuggestionEvent.values()) {
			counted.put(event, new LongAdder());
		}
	}

	void add(SuggestionEvent event, int amount) {
		counted.get(event).add(amount);
	}

	/** Adds what was counted since the last time to today's rows. */
	@Scheduled(fixedDelayString = "${spirekassen.matching.count-every:PT1M}",
			initialDelayString = "${spirekassen.matching.count-every:PT1M}")
	@PreDestroy
	synchronized void save() {
		var day = Date.valueOf(LocalDate.now(DANISH_TIME));
		counted.forEach((event, adder) -> {
			long amount = adder.sumThenReset();
			if (amount > 0) {
				add(day, event, amount);
			}
		});
	}

	private void add(Date day, SuggestionEvent event, long amount) {
		var update = "update suggestion_count set amount = amount + ? where counted_on = ? and kind = ?";
		if (jdbc.sql(update).params(amount, day, event.name()).update() > 0) {
			return;
		}
		try {
			jdbc.sql("insert into suggestion_count (counted_on, kind, amount) values (?, ?, ?)")
				.params(day, event.name(), amount)
				.update();
		}
		catch (DuplicateKeyException otherNodeFirst) {
			jdbc.sql(update).params(amount, day, event.name()).update();
		}
	}

	/** Everything counted, saved first. */
	Map<SuggestionEvent, Long> totals() {
		save();
		var totals = new EnumMap<SuggestionEvent, Long>(SuggestionEvent.class);
		for (var event : SuggestionEvent.values()) {
			totals.put(event, jdbc.sql("select coalesce(sum(amount), 0) from suggestion_count where kind = ?")
				.param(event.name())
				.query(Long.class)
				.single());
		}
		return totals;
	}
}
