package dk.spirekassen.actors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import dk.spirekassen.actors.ProfileCompleteness.OrganisationFacts;
import dk.spirekassen.actors.ProfileCompleteness.PartnerFacts;

/**
 * What a profile's completeness looks at, read as one statement for the dashboard of every signed-in partner or
 * member organisation, instead of the whole profile with its people and departments.
 */
@Repository
class ProfileFacts {

	private final JdbcClient jdbc;

	ProfileFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PartnerFacts> partner(long id) {
		return jdbc.sql("""
				select p.kind, p.description,
					exists (select 1 from partner_offer o where o.partner_id = p.id) as offers,
					exists (select 1 from partner_theme t where t.partner_id = p.id) as themes,
					exists (select 1 from partner_region r where r.partner_id = p.id) as regions,
					p.email is not null or p.phone is not null as contact,
					p.website is not null as website,
					exists (select 1 from person e where e.partner_id = p.id) as people,
					p.grant_min is not null or p.grant_max is not null as grant_range,
					p.co_financing is not null as co_financing
				from partner p where p.id = ?""")
			.param(id)
			.query((rs, row) -> new PartnerFacts(id, PartnerKind.valueOf(rs.getString("kind")),
					rs.getString("description"), rs.getBoolean("offers"), rs.getBoolean("themes"),
					rs.getBoolean("regions"), rs.getBoolean("contact"), rs.getBoolean("website"),
					rs.getBoolean("people"), rs.getBoolean("grant_range"), rs.getBoolean("co_financing")))
			.optional();
	}

	Optional<OrganisationFacts> organisation(long id) {
		return jdbc.sql("""
				select o.address is not null as address,
					o.municipality_code is not null as municipality,
					o.website is not null as website,
					exists (select 1 from department d where d.organisation_id = o.id) as departments,
					exists (select 1 from person e where e.organisation_id = o.id) as people
				from organisation o where o.id = ?""")
			.param(id)
			.query((rs, row) -> new OrganisationFacts(id, rs.getBoolean("address"), rs.getBoolean("municipality"),
					rs.getBoolean("website"), rs.getBoolean("departments"), rs.getBoolean("people")))
			.optional();
	}
}
