package dk.spirekassen.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.spirekassen.shared.SearchFields;

/**
 * Reads who works with whom straight from the tables, in one read-only transaction: the projects an audience may see
 * with their owner and participating organisations and partners (a person taking part by login counts for the
 * organisation or partner of the login), and, for the secretariat, the development days' project groups with the
 * organisations and partners of their members' registrations.
 */
@Component
class NetworkLinks {

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private final JdbcClient jdbc;

	NetworkLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The actors' names and the ties of the projects and groups the audience may see. */
	@Transactional(readOnly = true)
	public Links read(Audience audience) {
		var ties = new ArrayList<Tie>();
		ties.addAll(projects(audience.visibilities()));
		if (audience.groups()) {
			ties.addAll(groups());
		}
		var names = new HashMap<String, String>();
		var linked = ties.stream().flatMap(t -> t.actors().stream()).collect(Collectors.toSet());
		jdbc.sql("select id, name from organisation").query((rs, n) -> {
			var key = SearchFields.organisation(rs.getLong(1));
			if (linked.contains(key)) {
				names.put(key, rs.getString(2));
			}
			return null;
		}).list();
		jdbc.sql("select id, name from partner").query((rs, n) -> {
			var key = SearchFields.partner(rs.getLong(1));
			if (linked.contains(key)) {
				names.put(key, rs.getString(2));
			}
			return null;
		}).list();
		return new Links(names, ties);
	}

	/** Counts and sums of the tables the network is read from, changing whenever a link may have changed. */
	@Transactional(readOnly = true)
	public String fingerprint() {
		return jdbc.sql("""
				select (select count(*) from project), (select coalesce(sum(id), 0) from project),
				       (select max(updated_at) from project),
				       (select count(*) from project_participant), (select coalesce(sum(id), 0) from project_participant),
				       (select count(*) from project_theme), (select coalesce(sum(theme_id + project_id), 0) from project_theme),
				       (select count(*) from project_municipality),
				       (select coalesce(sum(municipality_code + project_id), 0) from project_municipality),
				       (select count(*) from day_group), (select coalesce(sum(id), 0) from day_group),
				       (select count(*) from day_group_member),
				       (select coalesce(sum(registration_id + group_id), 0) from day_group_member),
				       (select count(*) from organisation), (select max(updated_at) from organisation),
				       (select count(*) from partner), (select max(updated_at) from partner)
				""").query((rs, n) -> {
			var parts = new ArrayList<String>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				var value = rs.getObject(i);
				parts.add(value instanceof Timestamp time ? String.valueOf(time.toInstant().toEpochMilli())
						: String.valueOf(value));
			}
			return String.join(":", parts);
		}).single();
	}

	private List<Tie> projects(List<String> visibilities) {
		var projects = new LinkedHashMap<Long, Building>();
		jdbc.sql("select id, owner_organisation_id, created_at from project where visibility in (:visibilities)")
			.param("visibilities", visibilities)
			.query((rs, n) -> {
				var building = new Building("project:" + rs.getLong(1), year(rs, 3));
				long owner = rs.getLong(2);
				if (!rs.wasNull()) {
					building.actors.add(SearchFields.organisation(owner));
				}
				projects.put(rs.getLong(1), building);
				return null;
			})
			.list();
		jdbc.sql("""
				select pp.project_id, coalesce(pp.organisation_id, a.organisation_id), coalesce(pp.partner_id, a.partner_id)
				from project_participant pp
				join project p on p.id = pp.project_id
				left join account a on a.id = pp.account_id
				where p.visibility in (:visibilities)
				""").param("visibilities", visibilities).query((rs, n) -> {
			var building = projects.get(rs.getLong(1));
			if (building != null) {
				addActors(building, rs, 2, 3);
			}
			return null;
		}).list();
		jdbc.sql("""
				select pt.project_id, pt.theme_id from project_theme pt join project p on p.id = pt.project_id
				where p.visibility in (:visibilities)
				""").param("visibilities", visibilities).query((rs, n) -> {
			var building = projects.get(rs.getLong(1));
			if (building != null) {
				building.themes.add(rs.getLong(2));
			}
			return null;
		}).list();
		jdbc.sql("""
				select pm.project_id, m.region from project_municipality pm
				join municipality m on m.code = pm.municipality_code
				join project p on p.id = pm.project_id
				where p.visibility in (:visibilities)
				""").param("visibilities", visibilities).query((rs, n) -> {
			var building = projects.get(rs.getLong(1));
			if (building != null) {
				building.regions.add(rs.getString(2));
			}
			return null;
		}).list();
		return projects.values().stream().map(Building::tie).filter(t -> t.actors().size() >= 2).toList();
	}

	private List<Tie> groups() {
		var groups = new LinkedHashMap<Long, Building>();
		jdbc.sql("""
				select g.id, g.theme_id, g.formed_at, d.region from day_group g
				join development_day d on d.id = g.day_id
				""").query((rs, n) -> {
			var building = new Building("group:" + rs.getLong(1), year(rs, 3));
			long theme = rs.getLong(2);
			if (!rs.wasNull()) {
				building.themes.add(theme);
			}
			building.regions.add(rs.getString(4));
			groups.put(rs.getLong(1), building);
			return null;
		}).list();
		jdbc.sql("""
				select m.group_id, coalesce(r.organisation_id, a.organisation_id), a.partner_id
				from day_group_member m
				join registration r on r.id = m.registration_id
				left join account a on a.id = r.account_id
				""").query((rs, n) -> {
			var building = groups.get(rs.getLong(1));
			if (building != null) {
				addActors(building, rs, 2, 3);
			}
			return null;
		}).list();
		return groups.values().stream().map(Building::tie).filter(t -> t.actors().size() >= 2).toList();
	}

	private static void addActors(Building building, ResultSet rs, int organisationColumn, int partnerColumn)
			throws SQLException {
		long organisation = rs.getLong(organisationColumn);
		if (!rs.wasNull()) {
			building.actors.add(SearchFields.organisation(organisation));
		}
		long partner = rs.getLong(partnerColumn);
		if (!rs.wasNull()) {
			building.actors.add(SearchFields.partner(partner));
		}
	}

	private static int year(ResultSet rs, int column) throws SQLException {
		return rs.getTimestamp(column).toInstant().atZone(DANISH_TIME).getYear();
	}

	/** The names of the actors that take part in a tie, and the ties. */
	record Links(Map<String, String> names, List<Tie> ties) {
	}

	private static final class Building {

		private final String source;

		private final int year;

		private final Set<String> actors = new TreeSet<>();

		private final Set<Long> themes = new TreeSet<>();

		private final Set<String> regions = new TreeSet<>();

		Building(String source, int year) {
			this.source = source;
			this.year = year;
		}

		Tie tie() {
			return new Tie(source, Set.copyOf(themes), Set.copyOf(regions), year, List.copyOf(actors));
		}
	}
}
