package dk.spirekassen.actors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who works where or with what, for telling them of news there: the partners of a theme or a region, and the
 * organisations with their address or a department in a region. Indexed statements returning ids only.
 */
@Repository
public class Interests {

	private final JdbcClient jdbc;

	Interests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The partners working with any of the themes or in any of the regions. */
	public Set<Long> partners(Collection<Long> themeIds, Collection<Region> regions) {
		var found = new HashSet<Long>();
		if (!themeIds.isEmpty()) {
			found.addAll(jdbc.sql("select partner_id from partner_theme where theme_id in (:themes)")
				.param("themes", List.copyOf(themeIds))
				.query(Long.class)
				.list());
		}
		if (!regions.isEmpty()) {
			found.addAll(jdbc.sql("select partner_id from partner_region where region in (:regions)")
				.param("regions", names(regions))
				.query(Long.class)
				.list());
		}
		return found;
	}

	/** The organisations whose address or one of whose departments is in any of the regions. */
	public Set<Long> organisations(Collection<Region> regions) {
		if (regions.isEmpty()) {
			return Set.of();
		}
		var found = new HashSet<Long>(jdbc.sql("""
				select o.id from organisation o join municipality m on m.code = o.municipality_code
				where m.region in (:regions)""").param("regions", names(regions)).query(Long.class).list());
		found.addAll(jdbc.sql("""
				select distinct d.organisation_id from department d join municipality m on m.code = d.municipality_code
				where m.region in (:regions)""").param("regions", names(regions)).query(Long.class).list());
		return found;
	}

	/** The regions the municipalities are in. */
	public Set<Region> regionsOf(Collection<Integer> municipalityCodes) {
		if (municipalityCodes.isEmpty()) {
			return Set.of();
		}
		var regions = new HashSet<Region>();
		jdbc.sql("select distinct region from municipality where code in (:codes)")
			.param("codes", List.copyOf(municipalityCodes))
			.query((rs, row) -> regions.add(Region.valueOf(rs.getString(1))))
			.list();
		return regions;
	}

	private static List<String> names(Collection<Region> regions) {
		return regions.stream().map(Region::name).toList();
	}
}
