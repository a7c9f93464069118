package dk.spirekassen.devdays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorGroups;
import dk.spirekassen.actors.ActorWork.Work;
import dk.spirekassen.shared.SearchFields;

/**
 * The project groups an organisation's staff or a partner's people joined at development days, by their
 * registrations: an organisation's by the organisation they registered for, a partner's by its people's logins.
 * Groups are for members and the secretariat, as the projects they become.
 */
@Service
class ActorDayGroups implements ActorGroups {

	/** The newest groups shown. */
	static final int SHOWN = 10;

	private static final String GROUPS = """
			select distinct g.id, g.title, g.formed_at, d.title from day_group g
			join day_group_member m on m.group_id = g.id
			join registration r on r.id = m.registration_id
			join development_day d on d.id = g.day_id
			where %s
			order by g.formed_at desc, g.id desc""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	ActorDayGroups(JdbcClient jdbc, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<Work> of(String actor, Authentication reader, Locale locale) {
		if (!(reader != null && reader.getPrincipal() instanceof SignedInUser user)
				|| user.role() != Role.MEMBER && user.role() != Role.SECRETARIAT) {
			return null;
		}
		var organisation = SearchFields.organisationIn(actor);
		if (organisation != null) {
			return groups("r.organisation_id = :id", organisation);
		}
		var partner = SearchFields.partnerIn(actor);
		if (partner == null) {
			return List.of();
		}
		var logins = accounts.partnerLogins(partner).stream().map(AccountManagement.AccountRow::id).toList();
		return logins.isEmpty() ? List.of() : groups("r.account_id in (:id)", logins);
	}

	private List<Work> groups(String where, Object id) {
		return jdbc.sql(GROUPS.formatted(where))
			.param("id", id)
			.query((rs, row) -> new Work(rs.getString(2) + " (" + rs.getString(4) + ")",
					"/projekter/fra-gruppe/" + rs.getLong(1), null))
			.list()
			.stream()
			.limit(SHOWN)
			.toList();
	}
}
