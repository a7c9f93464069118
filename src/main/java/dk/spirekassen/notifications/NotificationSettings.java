package dk.spirekassen.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What each person chose per category; a category without a row has its {@link Category#standard()} channel. */
@Repository
class NotificationSettings {

	/** Ids per statement, well below every database's limit on parameters. */
	private static final int CHUNK = 1_000;

	private final JdbcClient jdbc;

	NotificationSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The channel each of the logins chose for the category, for those who chose one. */
	Map<Long, Channel> chosen(Collection<Long> accountIds, Category category) {
		var chosen = new HashMap<Long, Channel>();
		var ids = List.copyOf(accountIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("select account_id, channel from notification_setting where category = :category"
					+ " and account_id in (:ids)")
				.param("category", category.name())
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((rs, row) -> chosen.put(rs.getLong(1), Channel.valueOf(rs.getString(2))))
				.list();
		}
		return chosen;
	}

	/** Every category's channel for one login, chosen or standard. */
	Map<Category, Channel> of(long accountId) {
		var channels = new EnumMap<Category, Channel>(Category.class);
		for (var category : Category.values()) {
			channels.put(category, category.standard());
		}
		jdbc.sql("select category, channel from notification_setting where account_id = ?")
			.param(accountId)
			.query((rs, row) -> channels.put(Category.valueOf(rs.getString(1)), Channel.valueOf(rs.getString(2))))
			.list();
		return channels;
	}

	/** Keeps the choices; a category set to its standard keeps no row, so a changed standard reaches it. */
	void save(long accountId, Map<Category, Channel> channels) {
		var kept = new ArrayList<Category>();
		channels.forEach((category, channel) -> {
			if (category.choices().contains(channel)) {
				kept.add(category);
			}
		});
		jdbc.sql("delete from notification_setting where account_id = ?").param(accountId).update();
		for (var category : kept) {
			var channel = channels.get(category);
			if (channel != category.standard()) {
				// Two saves at once (two tabs) must not fail: the one that inserts second keeps the first's row.
				jdbc.sql("insert into notification_setting (account_id, category, channel) values (?, ?, ?)"
						+ " on conflict do nothing")
					.params(accountId, category.name(), channel.name())
					.update();
			}
		}
	}
}
